// 导入快讯: the drop zone, the progress panel, the report, and the import commands.
export { DropZone } from './DropZone.tsx';
export { ImportProgressPanel } from './ImportProgressPanel.tsx';
export { ImportReportDialog } from './ImportReportDialog.tsx';
export { importFromDialog } from './import-actions.ts';
export { menuCommands } from './menu-commands.ts';
export { useImport, usePasteImport } from './store.ts';
export { PasteImportDialog } from './PasteImportDialog.tsx';
export { useWatchedFolderImports } from './useWatchedFolderImports.ts';
export { importProblemText } from './problem-text.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './import.css';
