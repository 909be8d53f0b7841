// 资料库: the bulletins and the notice table with its facets, sort and selection.
export { LibraryScreen } from './LibraryScreen.tsx';
export { useFacetValues } from './useFacetValues.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './library.css';
