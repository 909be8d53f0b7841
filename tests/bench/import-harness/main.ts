// A test-only page that runs the real import pipeline (its Web Worker, Dexie, real
// IndexedDB) in Chromium: `npm run bench -- import` times it (runImport), and
// tests/e2e/import-worker.test.ts checks the worker path and backup/restore (runFiles,
// runBackupRoundTrip), which fake-indexeddb in Node cannot prove.
import { Dexie } from 'dexie';
import { LibraryDb } from '../../../renderer/data/library/db.ts';
import { DERIVED_TABLES } from '../../../renderer/data/library/schema.ts';
import { exportBackup, restoreBackup } from '../../../renderer/data/library/backup.ts';
import { importFiles } from '../../../renderer/data/import/pipeline.ts';
import type { ImportReport } from '../../../renderer/data/import/types.ts';
import { importProblemText } from '../../../renderer/features/import/problem-text.ts';
import { messageOf } from '../../../renderer/core/error-text.ts';

export type HarnessResult = {
  ms: number;
  saveMs: number;
  files: number;
  addedFiles: number;
  addedNotices: number;
  merged: number;
  skipped: number;
  failed: number;
  storedNotices: number;
  failures: string[];
};

declare global {
  interface Window {
    runImport: (corpusUrl: string) => Promise<HarnessResult>;
    runFiles: (urls: string[]) => Promise<{ report: ImportReport; workersStarted: number; storedNotices: number }>;
    runBackupRoundTrip: () => Promise<{ identical: boolean; tables: Record<string, number>; refusal: string; unchangedAfterRefusal: boolean }>;
  }
}

// Counts the Web Workers the pipeline starts, to prove the analysis ran in one.
let workersStarted = 0;
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workersStarted += 1;
  }
};

async function freshDb(name: string): Promise<LibraryDb> {
  await Dexie.delete(name);
  const db = new LibraryDb(name);
  await db.open();
  return db;
}

/** The consultant's data: derived tables (search index, notice features) are rebuilt, not backed up. */
async function dump(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) if (!DERIVED_TABLES.includes(table.name)) out[table.name] = await table.toArray();
  return out;
}

window.runImport = async (corpusUrl) => {
  const corpus = (await (await fetch(corpusUrl)).json()) as { name: string; text: string }[];
  const encoder = new TextEncoder();
  const files = corpus.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
  const db = await freshDb('bench-import');
  // Time from 'saving' to 'done' per file: the main thread's share (the rest overlaps with the worker).
  const savingSince = new Map<number, number>();
  let saveMs = 0;
  const start = performance.now();
  const report = await importFiles(db, files, {
    onProgress: (p) => {
      if (p.stage === 'saving') savingSince.set(p.fileIndex, performance.now());
      if (p.stage === 'done') saveMs += performance.now() - (savingSince.get(p.fileIndex) ?? performance.now());
    },
  });
  const ms = performance.now() - start;
  const result: HarnessResult = {
    ms,
    saveMs,
    files: files.length,
    addedFiles: report.added.files,
    addedNotices: report.added.notices,
    merged: report.merged.length,
    skipped: report.skipped,
    failed: report.failed,
    storedNotices: await db.notices.count(),
    failures: report.files.flatMap((f) => (f.status === 'failed' ? [importProblemText(f.fileName, f.problem)] : [])).slice(0, 3),
  };
  db.close();
  return result;
};

window.runFiles = async (urls) => {
  const files = await Promise.all(
    urls.map(async (url) => ({ name: decodeURIComponent(url.split('/').pop() ?? url), bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()) })),
  );
  const db = await freshDb('e2e-import');
  const report = await importFiles(db, files);
  const storedNotices = await db.notices.count();
  db.close();
  return { report, workersStarted, storedNotices };
};

window.runBackupRoundTrip = async () => {
  const db = new LibraryDb('e2e-import');
  await db.open();
  const before = JSON.stringify(await dump(db));
  const backup = await exportBackup(db);
  const other = await freshDb('e2e-restored');
  await restoreBackup(other, backup, { mode: 'into-empty' });
  const identical = JSON.stringify(await dump(other)) === before;
  // A backup cut off in the middle: refused, and the library it was restored over is unchanged.
  const text = await backup.text();
  const cut = new Blob([text.slice(0, Math.floor(text.length * 0.6))]);
  const refusal = await restoreBackup(other, cut, { mode: 'replace' }).then(
    () => '',
    (error: unknown) => messageOf(error),
  );
  const unchangedAfterRefusal = JSON.stringify(await dump(other)) === before;
  const tables = Object.fromEntries(await Promise.all(other.tables.map(async (t) => [t.name, await t.count()] as const)));
  db.close();
  other.close();
  return { identical, tables, refusal, unchangedAfterRefusal };
};
