// The import pipeline's public types: what the UI passes in, sees while it runs, and
// gets back at the end.
import type { BulletinId, NoticeId } from '../../../shared/model/ids.ts';
import type { BulletinToStore, MergedNotice } from '../library/index.ts';
import type { SkipReason } from '../../../shared/ipc/batch.ts';
import type { Refusal } from '../../../shared/parse/index.ts';
import type { ReviewField } from '../../../shared/model/notice.ts';
import type { ExtractProblem, ExtractWarning } from '../../../shared/extract/index.ts';
import type { DocumentReading } from '../../../shared/parse/index.ts';

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

/**
 * Why a file was not imported, as data: the analysis runs in a worker, and the UI words
 * it for the report (renderer/features/import). `detail` is the underlying error's text.
 */
export type ImportProblem =
  /** shared/extract refused the file, for this reason. */
  | { code: 'extract-refused'; problem: ExtractProblem }
  | { code: 'not-a-bulletin'; why: 'no-notices' | 'no-government-notice' }
  /**
   * Not a bulletin and no 公文 either; `refusal` what the text is instead; `text` the file's
   * text, so the consultant can still save it as a notice.
   */
  | { code: 'not-a-notice'; refusal: Refusal; text: string }
  | { code: 'unreadable'; detail: string }
  | { code: 'too-large'; size: number; limit: number }
  /** These very bytes were imported before, as `earlier` at `importedAt` (ISO). */
  | { code: 'already-imported'; earlier: string; importedAt: string }
  /** The same bulletin as `earlier` (another format or encoding): kept as one more source of that bulletin. */
  | { code: 'same-bulletin'; earlier: string; issue: string | null; notices: number }
  | { code: 'save-failed'; detail: string }
  /** The disk or the browser's storage quota is full: nothing of the file was written. */
  | { code: 'storage-full' }
  | { code: 'cancelled' }
  /** Never read: a kind of file the app does not import, too large, or unreadable on disk. */
  | { code: 'not-read'; reason: SkipReason }
  /** The worker could not finish the file: it crashed, or the import was closed. */
  | { code: 'not-processed'; cause: 'worker-failed'; detail: string }
  | { code: 'not-processed'; cause: 'worker-stopped' };

/** A notice stored with fields to check, as the report lists it. */
export type NoticeToCheck = { noticeId: NoticeId; title: string; fields: ReviewField[]; firstLines: string[] };

export type FileOutcome =
  | {
      fileName: string;
      status: 'added';
      bulletinId: BulletinId;
      addedNoticeIds: NoticeId[];
      merged: MergedNotice[];
      /** Things the user should know that did not stop the import (from extraction). */
      warnings: ExtractWarning[];
      /** How a file that is not a bulletin was read (one 公文, several); null for a bulletin. */
      reading: DocumentReading | null;
      /** Notices kept although the parser was unsure of some fields (需核对): listed first in the report. */
      toCheck: NoticeToCheck[];
    }
  /** Exactly these bytes were imported before: nothing changed. */
  | { fileName: string; status: 'skipped'; bulletinId: BulletinId; problem: ImportProblem }
  | { fileName: string; status: 'failed'; problem: ImportProblem }
  /** The import was cancelled before this file was saved: nothing of it is in the library. */
  | { fileName: string; status: 'cancelled'; problem: ImportProblem };

/** The report at the end of a batch: one outcome per file, in the order given, and totals. */
export type ImportReport = {
  files: FileOutcome[];
  added: { files: number; notices: number };
  merged: MergedNotice[];
  skipped: number;
  failed: number;
  cancelled: number;
};
