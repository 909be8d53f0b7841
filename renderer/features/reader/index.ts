// 阅读: one notice, its fields, body, links and the clients it is tagged to.
export { ReaderScreen } from './ReaderScreen.tsx';

// Last, so that it follows the shared controls' styles in the cascade.
import './reader.css';
