// Briefings as files: writing the .docx through the bridge, and the in-app preview (loaded
// on demand: docx-preview is big and only the 简报 screen needs it).
import type * as Preview from './preview.ts';

export { downloadSavedBriefing, saveBriefing, type SavedBriefing } from './save.ts';

/** The preview renderer, loaded on first use (docx-preview stays out of the start-up bundle). */
export const loadBriefingPreview = (): Promise<typeof Preview> => import('./preview.ts');
