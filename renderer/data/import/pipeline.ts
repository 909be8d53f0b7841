// The import pipeline: many files in, one report out.
//
// Per file: read the bytes → SHA-256 → already imported? (skip, say so) → extract and
// parse in the worker → store in ONE transaction (renderer/data/library/store-bulletin.ts):
// the bulletin and all its notices, or nothing.
//
// Where the writes happen: on the main thread, deliberately. The heavy part (pdf.js,
// mammoth, decoding, parsing: tens to hundreds of ms a file) is in the worker; a save is
// a few index look-ups and three bulk writes (a few ms, and IndexedDB does its I/O off
// the main thread anyway). Writing here keeps one owner of the database connection, so
// the change feed (renderer/data/library/changes.ts) that the search index and the open
// screens listen to sees every write, in commit order, without a second channel from
// the worker; and Dexie's schema upgrade runs in one place. The worker analyses the next
// file while this thread saves the previous one, so the two overlap.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import { detailOf } from '../../../shared/error-detail.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { type LibraryDb, findBulletinByHash, storeBulletin } from '../library/index.ts';
import { createDefaultAnalyser, type Analyser } from './analyser.ts';
import type { Analysis } from './analyse.ts';
import { sha256Hex } from './hash.ts';
import type { FileOutcome, ImportProgress, ImportReport, ImportSource, ImportStage, NoticeToCheck } from './types.ts';
import type { ParsedNotice } from '../../../shared/model/notice.ts';

/** Files analysed ahead of the one being saved: enough to keep the worker busy. */
const LOOKAHEAD = 2;

const STAGE_PERCENT: Record<ImportStage, number> = {
  queued: 0,
  reading: 5,
  extracting: 20,
  parsing: 60,
  saving: 85,
  done: 100,
  skipped: 100,
  failed: 100,
  cancelled: 100,
};

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops after the file being saved; the files not yet saved are reported as cancelled. */
  signal?: AbortSignal;
  /** Who extracts and parses; by default the import worker. */
  analyser?: Analyser;
  /** Where there is no Worker (Node tests), files are analysed in-process with this env. */
  extractEnv?: ExtractEnv;
};

type Prepared =
  | { kind: 'analysed'; analysis: Analysis }
  | { kind: 'outcome'; outcome: FileOutcome };

export async function importFiles(db: LibraryDb, files: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
  const { onProgress, signal, extractEnv } = options;
  const analyser = options.analyser ?? defaultAnalyser(extractEnv);
  const percent = files.map(() => 0);
  const report = (fileIndex: number, stage: ImportStage) => {
    percent[fileIndex] = STAGE_PERCENT[stage];
    const overall = files.length === 0 ? 100 : Math.round(percent.reduce((a, b) => a + b, 0) / files.length);
    try {
      onProgress?.({ fileIndex, fileName: files[fileIndex]?.name ?? '', stage, percent: STAGE_PERCENT[stage], overall });
    } catch (error) {
      // A broken progress display must not stop (or half-report) the import itself.
      console.error('import progress listener failed', error);
    }
  };

  const prepare = async (index: number, source: ImportSource): Promise<Prepared> => {
    const { name } = source;
    const size = 'bytes' in source ? source.bytes.byteLength : source.size;
    if (isTextName(name) && size > LIMITS.import.textBytes) {
      return { kind: 'outcome', outcome: { fileName: name, status: 'failed', problem: { code: 'too-large', size, limit: LIMITS.import.textBytes } } };
    }
    report(index, 'reading');
    try {
      const bytes = 'bytes' in source ? source.bytes : new Uint8Array(await source.arrayBuffer());
      const contentHash = await sha256Hex(bytes);
      const earlier = await findBulletinByHash(db, contentHash);
      if (earlier) {
        const problem = { code: 'already-imported', earlier: earlier.fileName, importedAt: earlier.importedAt } as const;
        return { kind: 'outcome', outcome: { fileName: name, status: 'skipped', bulletinId: earlier.id, problem } };
      }
      const analysis = await analyser.analyse({ name, bytes, contentHash }, (stage) => {
        if (!signal?.aborted) report(index, stage);
      });
      return { kind: 'analysed', analysis };
    } catch (error) {
      return { kind: 'outcome', outcome: { fileName: name, status: 'failed', problem: { code: 'unreadable', detail: detailOf(error) } } };
    }
  };

  const outcomes: FileOutcome[] = [];
  const ahead = new Map<number, Promise<Prepared>>();
  try {
    files.forEach((_, i) => report(i, 'queued'));
    for (const [index, source] of files.entries()) {
      if (signal?.aborted) {
        outcomes.push({ fileName: source.name, status: 'cancelled', problem: { code: 'cancelled' } });
        report(index, 'cancelled');
        continue;
      }
      for (let next = index; next < Math.min(files.length, index + LOOKAHEAD); next++) {
        const nextSource = files[next];
        if (nextSource && !ahead.has(next)) ahead.set(next, prepare(next, nextSource));
      }
      const prepared = await ahead.get(index);
      ahead.delete(index);
      const outcome = signal?.aborted
        ? { fileName: source.name, status: 'cancelled' as const, problem: { code: 'cancelled' } as const }
        : await save(db, source.name, prepared, () => report(index, 'saving'));
      outcomes.push(outcome);
      report(index, outcome.status === 'added' ? 'done' : outcome.status);
    }
  } finally {
    if (!options.analyser) analyser.dispose();
  }
  return summarise(outcomes);
}

async function save(db: LibraryDb, name: string, prepared: Prepared | undefined, onSaving: () => void): Promise<FileOutcome> {
  if (!prepared) return { fileName: name, status: 'failed', problem: { code: 'unreadable', detail: 'internal error: file not prepared' } };
  if (prepared.kind === 'outcome') return prepared.outcome;
  const { analysis } = prepared;
  if (!analysis.ok) return { fileName: name, status: 'failed', problem: analysis.problem };
  onSaving();
  try {
    const stored = await storeBulletin(db, analysis.prepared);
    if (stored.status === 'duplicate-file') {
      const { bulletin } = stored;
      return { fileName: name, status: 'skipped', bulletinId: bulletin.id, problem: { code: 'already-imported', earlier: bulletin.fileName, importedAt: bulletin.importedAt } };
    }
    if (stored.status === 'same-bulletin') {
      const { bulletin } = stored;
      return { fileName: name, status: 'skipped', bulletinId: bulletin.id, problem: { code: 'same-bulletin', earlier: bulletin.fileName, issue: bulletin.issue, notices: bulletin.noticeIds.length } };
    }
    return {
      fileName: name,
      status: 'added',
      bulletinId: stored.bulletin.id,
      addedNoticeIds: stored.addedNoticeIds,
      merged: stored.merged,
      warnings: analysis.warnings,
      reading: analysis.reading,
      toCheck: noticesToCheck(analysis.prepared.notices, stored.bulletin.noticeIds, stored.addedNoticeIds),
    };
  } catch (error) {
    if (isQuotaError(error)) return { fileName: name, status: 'failed', problem: { code: 'storage-full' } };
    return { fileName: name, status: 'failed', problem: { code: 'save-failed', detail: detailOf(error) } };
  }
}

// The first lines of a notice the report shows, so the consultant knows which text it was.
const FIRST_LINES = 3;

/** The new notices the parser was unsure of, by the id each was stored under (printed order). */
function noticesToCheck(notices: readonly ParsedNotice[], noticeIds: readonly NoticeId[], added: readonly NoticeId[]): NoticeToCheck[] {
  // A file that printed one notice twice has fewer ids than notices: then ids cannot be paired.
  if (notices.length !== noticeIds.length) return [];
  const fresh = new Set(added);
  return notices.flatMap((notice, i) => {
    const id = noticeIds[i];
    if (id === undefined || !fresh.has(id) || !notice.review || notice.review.length === 0) return [];
    return [{ noticeId: id, title: notice.title, fields: [...notice.review], firstLines: notice.body.slice(0, FIRST_LINES).map((line) => line.slice(0, 80)) }];
  });
}

/**
 * The disk (or the browser's share of it) is full. IndexedDB raises a DOMException named
 * QuotaExceededError; Dexie wraps it in an error of the same name, or as the inner
 * error of an aborted transaction.
 */
function isQuotaError(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause !== null && typeof cause === 'object' && depth < 4; depth++) {
    if ((cause as { name?: unknown }).name === 'QuotaExceededError') return true;
    cause = (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}

function summarise(files: FileOutcome[]): ImportReport {
  const added = files.filter((f) => f.status === 'added');
  return {
    files,
    added: { files: added.length, notices: added.reduce((sum, f) => sum + f.addedNoticeIds.length, 0) },
    merged: added.flatMap((f) => f.merged),
    skipped: files.filter((f) => f.status === 'skipped').length,
    failed: files.filter((f) => f.status === 'failed').length,
    cancelled: files.filter((f) => f.status === 'cancelled').length,
  };
}

function isTextName(name: string): boolean {
  return !/\.(docx|pdf)$/i.test(name);
}

function defaultAnalyser(extractEnv: ExtractEnv | undefined): Analyser {
  return createDefaultAnalyser(() => {
    if (!extractEnv) throw new Error('importFiles: no Worker here, so an extractEnv is needed to analyse in-process');
    return extractEnv;
  });
}
