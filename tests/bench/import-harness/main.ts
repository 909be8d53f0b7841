// A test-only page that runs the real import pipeline (its Web Worker, Dexie, real
// IndexedDB) in Chromium: `npm run bench -- import` times it (runImport), and
// tests/e2e/import-worker.test.ts checks the worker path and backup/restore (runFiles,
// runBackupRoundTrip), which fake-indexeddb in Node cannot prove.
import { Dexie } from 'dexie';
import { LibraryDb } from '../../../renderer/data/library/db.ts';
import { DERIVED_TABLES, LOG_TABLES } from '../../../renderer/data/library/schema.ts';
import { exportBackup, restoreBackup, type RestoreProgress } from '../../../renderer/data/library/backup.ts';
import { storeBulletin } from '../../../renderer/data/library/store-bulletin.ts';
import { createClient } from '../../../renderer/data/library/clients.ts';
import { tagNotices } from '../../../renderer/data/library/tags.ts';
import type { ParsedNotice } from '../../../shared/model/notice.ts';
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
    runRestoreAtScale: (notices: number) => Promise<RestoreAtScale>;
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
  for (const table of db.tables) if (!DERIVED_TABLES.includes(table.name) && !LOG_TABLES.includes(table.name)) out[table.name] = await table.toArray();
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

export type RestoreAtScale = {
  fillMs: number;
  exportMs: number;
  restoreMs: number;
  backupBytes: number;
  /** Rows the file announced, and notices, bodies and tags found after the restore. */
  rows: number;
  notices: number;
  bodies: number;
  tags: number;
  /** Progress as the screen gets it: reading first, then rows written, never going back, ending at every row. */
  progressEvents: number;
  readingFirst: boolean;
  monotone: boolean;
  endsAtTotal: boolean;
};

/** A notice of about 2 KB, as bulletins' notices run, unique by its number. */
function scaleNotice(n: number): ParsedNotice {
  const deadline = n % 4 === 0 ? `20${11 + (n % 12)}-0${1 + (n % 9)}-2${n % 10}` : null;
  const sentence = `为贯彻落实第${n}号文件精神，进一步加强企业技术创新能力建设，支持企业开展关键核心技术攻关，现将有关事项通知如下。`;
  return {
    category: ['政策文件', '项目申报', '绿色制造'][n % 3] ?? '政策文件',
    title: `关于开展第${n}批企业技术创新示范工作的通知`,
    docNumber: `测试发〔${2010 + (n % 12)}〕${n}号`,
    agencies: ['工业和信息化部', '财政部'].slice(0, 1 + (n % 2)),
    date: `20${10 + (n % 12)}-0${1 + (n % 9)}-1${n % 10}`,
    url: `http://www.example.gov.cn/tzgg/${n}.html`,
    links: [],
    deadline,
    deadlines: deadline ? [{ date: deadline, party: 'applicant', evidence: '' }] : [],
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
    body: ['各有关单位：', sentence.repeat(6), sentence.repeat(5), `联系人：张三，电话：010-${String(60000000 + n)}`],
  };
}

const PER_BULLETIN = 500;

window.runRestoreAtScale = async (count) => {
  let start = performance.now();
  const db = await freshDb('bench-restore-from');
  for (let b = 0; b * PER_BULLETIN < count; b += 1) {
    const notices = Array.from({ length: Math.min(PER_BULLETIN, count - b * PER_BULLETIN) }, (_, i) => scaleNotice(b * PER_BULLETIN + i));
    await storeBulletin(db, { fileName: `快讯${b}.txt`, format: 'txt', contentHash: `restore-${b}`, byteLength: 1_000_000, bulletin: { publisher: '测试咨询', issue: `(2019) ${b} 期` }, notices });
  }
  const client = await createClient(db, { name: '北京绿源科技有限公司', region: { province: '北京', city: '', district: '' }, industry: '节能环保', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '' });
  const tagged = await db.notices.limit(1000).primaryKeys();
  await tagNotices(db, { clientIds: [client.id], noticeIds: tagged, note: '', relevance: 'medium' });
  const fillMs = performance.now() - start;

  start = performance.now();
  const backup = await exportBackup(db);
  const exportMs = performance.now() - start;
  db.close();

  const other = await freshDb('bench-restore-to');
  const seen: RestoreProgress[] = [];
  start = performance.now();
  const info = await restoreBackup(other, backup, { mode: 'into-empty', onProgress: (progress) => seen.push(progress) });
  const restoreMs = performance.now() - start;
  const rows = Object.values(info.rowCounts).reduce((sum, n) => sum + n, 0);
  const writing = seen.filter((p): p is Extract<RestoreProgress, { stage: 'writing' }> => p.stage === 'writing');
  const result: RestoreAtScale = {
    fillMs,
    exportMs,
    restoreMs,
    backupBytes: backup.size,
    rows,
    notices: await other.notices.count(),
    bodies: await other.noticeBodies.count(),
    tags: await other.tags.count(),
    progressEvents: seen.length,
    readingFirst: seen[0]?.stage === 'reading',
    monotone: writing.every((p, i) => p.total === rows && (i === 0 || p.rows >= (writing[i - 1]?.rows ?? 0))),
    endsAtTotal: writing.at(-1)?.rows === rows,
  };
  other.close();
  await Dexie.delete('bench-restore-from');
  await Dexie.delete('bench-restore-to');
  return result;
};
