// Backup and restore of the whole library as one JSON file (dexie-export-import's
// format), e.g. 政策快讯助手-备份-2024-05-01.json.
//
// A restore never mixes two libraries silently: 'into-empty' refuses a library that has
// data, 'replace' (which the UI asks the user to confirm) swaps the whole library.
//
// A restore is all or nothing. The file is read and parsed IN FULL before the library is
// touched (a corrupt or cut-off file is refused there), then written in ONE transaction
// over every table (a failure while writing rolls everything back). Reading the file
// inside the transaction is not an option on the main thread: IndexedDB ends a
// transaction that waits on anything but its own requests (Chromium does; fake-indexeddb
// lets it pass), and dexie-export-import reads blobs asynchronously outside workers.
import { Dexie, type Table } from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { LibraryDb } from './db.ts';
import { detailOf } from '../../../shared/error-detail.ts';
import { LibraryError } from './errors.ts';
import { firstRowProblem } from './backup-rows.ts';
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, LOG_TABLES, SCHEMA_VERSIONS } from './schema.ts';

type ExportHeader = Awaited<ReturnType<typeof peakImportFile>>;
/** dexie-export-import's parsed-file source (its JsonStream), which it does not export by name. */
type ParsedSource = Exclude<Parameters<typeof importInto>[1], Blob>;

/** What a backup file holds, from its header. */
export type BackupInfo = {
  schemaVersion: number;
  rowCounts: Record<string, number>;
};

export type RestoreMode = 'into-empty' | 'replace';

/** Tables a backup leaves out: the derived ones (rebuilt after a restore) and this machine's change log. */
const NOT_BACKED_UP: readonly string[] = [...DERIVED_TABLES, ...LOG_TABLES];

const isDerived = (name: string): boolean => NOT_BACKED_UP.includes(name);

/** Every table but the derived ones (the search index, rebuilt after a restore). */
export async function exportBackup(db: LibraryDb): Promise<Blob> {
  return exportDB(db, { numRowsPerChunk: 2000, skipTables: [...NOT_BACKED_UP] });
}

/** True when no table of the consultant's data holds a row (derived tables don't count). */
export async function isLibraryEmpty(db: LibraryDb): Promise<boolean> {
  const counts = await Promise.all(db.tables.filter((table) => !isDerived(table.name)).map((table) => table.count()));
  return counts.every((count) => count === 0);
}

/** Reads and checks a backup file's header (cheap: the first kilobytes), touching nothing. */
export async function inspectBackup(blob: Blob): Promise<BackupInfo> {
  let header: ExportHeader;
  try {
    header = await peakImportFile(blob);
  } catch (error) {
    throw invalid(error);
  }
  return checkHeader(header);
}

/**
 * Restores a backup. 'into-empty' refuses when the library has data (the UI then asks
 * whether to replace it); 'replace' deletes the current library and puts the backup in
 * its place. A backup made by an older version of the app is upgraded on the way.
 */
export type RestoreProgress = { stage: 'reading' } | { stage: 'writing'; rows: number; total: number };

export async function restoreBackup(db: LibraryDb, blob: Blob, options: { mode: RestoreMode; onProgress?: (progress: RestoreProgress) => void }): Promise<BackupInfo> {
  const report = options.onProgress ?? (() => undefined);
  report({ stage: 'reading' });
  const info = await inspectBackup(blob);
  await refuseIfNotEmpty(db, options.mode);
  let parsed = await readWhole(blob);
  checkHeader(parsed);
  if (info.schemaVersion < CURRENT_SCHEMA_VERSION) parsed = await readWhole(await upgradeBackup(parsed, info));
  // What is written is the upgraded file: its tables by today's names (v12 renamed one),
  // its rows as the upgrades left them.
  const { rowCounts } = checkHeader(parsed);
  checkRows(parsed);
  try {
    await db.transaction('rw', db.tables, async () => {
      // Checked again inside the transaction: nothing can slip in between.
      await refuseIfNotEmpty(db, options.mode);
      // The change log stays: clearing each table logs its `reset`, and every consumer
      // (search index, relations, matching) rebuilds from the restored rows.
      await Promise.all(db.tables.filter((table: Table) => !LOG_TABLES.includes(table.name)).map((table: Table) => table.clear()));
      // noTransaction: dexie-export-import writes in THIS transaction.
      const total = Object.values(rowCounts).reduce((sum, n) => sum + n, 0);
      await importInto(db, preloaded(parsed), {
        acceptNameDiff: true,
        noTransaction: true,
        skipTables: [...NOT_BACKED_UP],
        // Rows written so far, as dexie-export-import counts them (true: go on).
        progressCallback: ({ completedRows }) => {
          report({ stage: 'writing', rows: Math.min(completedRows, total), total });
          return true;
        },
      });
      await verifyRowCounts(db, rowCounts);
    });
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    throw new LibraryError({ code: 'backup-failed', detail: detailOf(error), kept: true }, { cause: error });
  }
  return info;
}

async function refuseIfNotEmpty(db: LibraryDb, mode: RestoreMode): Promise<void> {
  if (mode === 'into-empty' && !(await isLibraryEmpty(db))) {
    throw new LibraryError({ code: 'backup-not-empty' });
  }
}

/** The whole file parsed: any damage anywhere in it is found before the library is touched. */
async function readWhole(blob: Blob): Promise<ExportHeader> {
  try {
    return JSON.parse(await blob.text()) as ExportHeader;
  } catch (error) {
    throw new LibraryError({ code: 'backup-failed', detail: detailOf(error), kept: false }, { cause: error });
  }
}

/** Rows written at a time: each slice is one bulkAdd and one progress report. */
const ROWS_PER_WRITE = 2000;

/**
 * A parsed file as dexie-export-import's stream type, already at its end: no reads, no
 * waits. Each table's rows are cut into slices (dexie-export-import writes and reports
 * one entry of its data at a time), so that a restore of 50,000 notices shows its
 * progress in steps rather than in one jump per table.
 */
function preloaded(parsed: ExportHeader): ParsedSource {
  const data = (parsed.data as { data?: { tableName: string; inbound: boolean; rows: unknown[] }[] }).data ?? [];
  const sliced = data.flatMap((table) => {
    if (table.rows.length <= ROWS_PER_WRITE) return [table];
    const slices = [];
    for (let at = 0; at < table.rows.length; at += ROWS_PER_WRITE) slices.push({ ...table, rows: table.rows.slice(at, at + ROWS_PER_WRITE) });
    return slices;
  });
  const result = { ...parsed, data: { ...parsed.data, data: sliced } } as ParsedSource['result'];
  return { result, eof: () => true, done: () => true, pullAsync: () => Promise.resolve(result), pullSync: () => result };
}

function checkHeader(header: ExportHeader): BackupInfo {
  const data = (header as Partial<ExportHeader> | null)?.data;
  if (header?.formatName !== 'dexie' || !data || !Array.isArray(data.tables) || typeof data.databaseVersion !== 'number') {
    throw new LibraryError({ code: 'backup-invalid', what: 'format' });
  }
  const version = data.databaseVersion;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new LibraryError({ code: 'backup-newer-version' });
  }
  const expected = tablesAt(version);
  // Derived tables may or may not be in a file (backups made before they were left out
  // carry the search index); they are never restored, so they are not compared.
  const tables = data.tables.filter((table) => !isDerived(table.name));
  const expectedNames = [...expected.keys()].filter((name) => !isDerived(name));
  const sameTables = tables.map((table) => table.name).sort().join() === expectedNames.sort().join();
  const samePrimaryKeys = tables.every((table) => table.schema.split(',')[0]?.trim() === expected.get(table.name)?.split(',')[0]?.trim());
  if (!Number.isInteger(version) || version < 1 || !sameTables || !samePrimaryKeys) {
    throw new LibraryError({ code: 'backup-other-app' });
  }
  return { schemaVersion: version, rowCounts: Object.fromEntries(tables.map((table) => [table.name, table.rowCount])) };
}

/**
 * A backup of an older schema: restored into a scratch database of that version, which
 * the current code then opens (running the same upgrades a user's library runs), and
 * exported again. The scratch database is deleted afterwards.
 */
async function upgradeBackup(parsed: ExportHeader, info: BackupInfo): Promise<Blob> {
  const name = `policy-brief-desk-restore-${Date.now()}`;
  const old = new LibraryDb(name, info.schemaVersion);
  try {
    await old.open();
    await importInto(old, preloaded(parsed), { acceptNameDiff: true, skipTables: [...NOT_BACKED_UP] });
    await verifyRowCounts(old, info.rowCounts);
    old.close();
    const upgraded = new LibraryDb(name);
    await upgraded.open();
    const exported = await exportBackup(upgraded);
    upgraded.close();
    return exported;
  } catch (error) {
    throw new LibraryError({ code: 'backup-failed', detail: detailOf(error), kept: false }, { cause: error });
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/** Every row the header announces must have arrived: a short table rolls the restore back. */
async function verifyRowCounts(db: LibraryDb, rowCounts: Record<string, number>): Promise<void> {
  const counts = await Promise.all(Object.keys(rowCounts).map((name) => db.table(name).count()));
  Object.entries(rowCounts).forEach(([name, expected], i) => {
    if (counts[i] !== expected) throw new Error(`table ${name}: ${expected} rows announced, ${counts[i] ?? 0} read`);
  });
}

/** The tables (name → stores spec) of the schema at `version`. */
function tablesAt(version: number): Map<string, string> {
  const tables = new Map<string, string>();
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) tables.delete(name);
      else tables.set(name, spec);
    }
  }
  return tables;
}

/** Refuses a file whose rows are not as the app writes them (see backup-rows.ts). */
function checkRows(parsed: ExportHeader): void {
  const tables = (parsed.data as { data?: { tableName: string; rows: Record<string, unknown>[] }[] }).data ?? [];
  const problem = firstRowProblem(Object.fromEntries(tables.filter((t) => !isDerived(t.tableName)).map((t) => [t.tableName, t.rows])));
  if (problem) throw new LibraryError({ code: 'backup-invalid', what: 'rows', table: problem.table, id: String(problem.id), field: problem.field });
}

function invalid(error: unknown): LibraryError {
  return new LibraryError({ code: 'backup-invalid', what: 'json' }, { cause: error });
}
