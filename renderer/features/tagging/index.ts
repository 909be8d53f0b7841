// 标记: tag notices to clients (with a note and a relevance) and untag them.
export { TagDialog } from './TagDialog.tsx';
export { UntagDialog } from './UntagDialog.tsx';
export { UntagOneDialog } from './UntagOneDialog.tsx';
export { untagOne } from './tag-actions.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './tagging.css';
