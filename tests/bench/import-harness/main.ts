// A test-only page for `npm run bench -- import`: the real import pipeline (worker,
// Dexie, real IndexedDB) in Chromium, driven by tests/bench/import.ts.
import { Dexie } from 'dexie';
import { LibraryDb } from '../../../renderer/library/db.ts';
import { importFiles } from '../../../renderer/import/pipeline.ts';

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
  }
}

window.runImport = async (corpusUrl) => {
  const corpus = (await (await fetch(corpusUrl)).json()) as { name: string; text: string }[];
  const encoder = new TextEncoder();
  const files = corpus.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
  await Dexie.delete('bench-import');
  const db = new LibraryDb('bench-import');
  await db.open();
  const start = performance.now();
  // Time from 'saving' to 'done' per file: the main thread's share (the rest overlaps with the worker).
  const savingSince = new Map<number, number>();
  let saveMs = 0;
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
    failures: report.files.flatMap((f) => (f.status === 'failed' ? [f.reason] : [])).slice(0, 3),
  };
  db.close();
  return result;
};
