// The import pipeline's public types: what the UI passes in, sees while it runs, and
// gets back at the end.
import type { BulletinToStore, MergedNotice } from '../library/store-bulletin.ts';

export type { MergedNotice };

/** A file to import: its bytes in hand, or a browser File/Blob read when its turn comes. */
export type ImportSource =
  | { name: string; bytes: Uint8Array }
  | { name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> };

/** What the worker (or the in-process fallback) makes of one file, ready to be saved. */
export type PreparedBulletin = BulletinToStore;

export type ImportStage = 'queued' | 'reading' | 'extracting' | 'parsing' | 'saving' | 'done' | 'skipped' | 'failed' | 'cancelled';

/** Progress of one file; `percent` is of that file, `overall` of the whole batch (0–100). */
export type ImportProgress = {
  fileIndex: number;
  fileName: string;
  stage: ImportStage;
  percent: number;
  overall: number;
};

export type FileOutcome =
  | {
      fileName: string;
      status: 'added';
      bulletinId: number;
      addedNoticeIds: number[];
      merged: MergedNotice[];
      /** Things the user should know that did not stop the import (from extraction), in Chinese. */
      warnings: string[];
    }
  /** Exactly these bytes were imported before: nothing changed. */
  | { fileName: string; status: 'skipped'; bulletinId: number; reason: string }
  | { fileName: string; status: 'failed'; reason: string }
  /** The import was cancelled before this file was saved: nothing of it is in the library. */
  | { fileName: string; status: 'cancelled'; reason: string };

/** The report at the end of a batch: one outcome per file, in the order given, and totals. */
export type ImportReport = {
  files: FileOutcome[];
  added: { files: number; notices: number };
  merged: MergedNotice[];
  skipped: number;
  failed: number;
  cancelled: number;
};
