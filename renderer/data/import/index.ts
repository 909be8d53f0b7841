// The import area: files in, bulletins and notices stored. Parsing runs in a Web Worker
// (import.worker.ts); storing runs in one library transaction per file (pipeline.ts).
export { importFiles } from './pipeline.ts';
export { type FileOutcome, type ImportProgress, type ImportReport, type ImportProblem, type ImportStage, type NoticeToCheck } from './types.ts';
export { sha256Hex } from './hash.ts';
