// Backup and restore of the whole library as one JSON file (dexie-export-import's
// format), e.g. 政策快讯助手-备份-2024-05-01.json.
//
// A restore never mixes two libraries silently: 'into-empty' refuses a library that has
// data, 'replace' (which the UI asks the user to confirm) swaps the whole library. Either
// way the restore is ONE transaction over every table: a file that turns out to be cut
// off or corrupt halfway leaves the library exactly as it was.
import { Dexie, type Table } from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema.ts';

type DexieExportJsonMeta = Awaited<ReturnType<typeof peakImportFile>>;

/** What a backup file holds, from its header. */
export type BackupInfo = {
  schemaVersion: number;
  rowCounts: Record<string, number>;
};

export type RestoreMode = 'into-empty' | 'replace';

/** A restore reads the file while holding the transaction open; big libraries take a while. */
const RESTORE_TIMEOUT_MS = 30 * 60 * 1000;

export async function exportBackup(db: LibraryDb): Promise<Blob> {
  return exportDB(db, { numRowsPerChunk: 2000 });
}

/** True when no table holds a row. */
export async function isLibraryEmpty(db: LibraryDb): Promise<boolean> {
  const counts = await Promise.all(db.tables.map((table) => table.count()));
  return counts.every((count) => count === 0);
}

/** Reads and checks a backup file's header, without touching the library. */
export async function inspectBackup(blob: Blob): Promise<BackupInfo> {
  let meta: DexieExportJsonMeta;
  try {
    meta = await peakImportFile(blob);
  } catch (error) {
    throw new LibraryError('backup-invalid', '这个文件不是有效的备份文件（无法读取其中的 JSON 数据，文件可能已损坏或不是备份）。资料库未做任何更改。', { cause: error });
  }
  const data = (meta as Partial<DexieExportJsonMeta> | null)?.data;
  if (meta?.formatName !== 'dexie' || !data || !Array.isArray(data.tables) || typeof data.databaseVersion !== 'number') {
    throw new LibraryError('backup-invalid', '这个文件不是政策快讯助手的备份文件（格式不对）。资料库未做任何更改。');
  }
  const version = data.databaseVersion;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new LibraryError('backup-newer-version', '这个备份来自更新版本的政策快讯助手，当前版本无法读取。请先升级本应用再恢复。资料库未做任何更改。');
  }
  const expected = tablesAt(version);
  const names = data.tables.map((table) => table.name).sort();
  if (!Number.isInteger(version) || version < 1 || names.join() !== [...expected.keys()].sort().join()) {
    throw new LibraryError('backup-other-app', '这个文件是别的应用导出的数据库，不是政策快讯助手的备份。资料库未做任何更改。');
  }
  for (const table of data.tables) {
    const primaryKey = expected.get(table.name)?.split(',')[0]?.trim();
    if (table.schema.split(',')[0]?.trim() !== primaryKey) {
      throw new LibraryError('backup-other-app', '这个文件是别的应用导出的数据库，不是政策快讯助手的备份。资料库未做任何更改。');
    }
  }
  return { schemaVersion: version, rowCounts: Object.fromEntries(data.tables.map((table) => [table.name, table.rowCount])) };
}

/**
 * Restores a backup. 'into-empty' refuses when the library has data (the UI then asks
 * whether to replace it); 'replace' deletes the current library and puts the backup in
 * its place. A backup made by an older version of the app is upgraded on the way.
 */
export async function restoreBackup(db: LibraryDb, blob: Blob, options: { mode: RestoreMode }): Promise<BackupInfo> {
  const info = await inspectBackup(blob);
  if (options.mode === 'into-empty' && !(await isLibraryEmpty(db))) {
    throw new LibraryError(
      'backup-not-empty',
      '当前资料库中已有数据。恢复备份会用备份替换现有的全部快讯、通知、客户和简报记录；如确定要替换，请选择“替换当前资料库”。资料库未做任何更改。',
    );
  }
  const current = info.schemaVersion === CURRENT_SCHEMA_VERSION ? blob : await upgradeBackup(blob, info.schemaVersion);
  try {
    await db.transaction('rw', db.tables, async () => {
      // Checked again inside the transaction: nothing can slip in between.
      if (options.mode === 'into-empty' && !(await isLibraryEmpty(db))) {
        throw new LibraryError('backup-not-empty', '当前资料库中已有数据，未做任何更改。');
      }
      await Promise.all(db.tables.map((table: Table) => table.clear()));
      // noTransaction: the import writes in THIS transaction (its own nested one hangs
      // when the file is corrupt); waitFor keeps this one open while the file is read.
      const importing = importInto(db, current, { acceptNameDiff: true, noTransaction: true, chunkSizeBytes: 4 * 1024 * 1024 });
      await Dexie.waitFor(importing, RESTORE_TIMEOUT_MS);
      await verifyRowCounts(db, info.rowCounts);
    });
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    throw new LibraryError('backup-failed', `恢复失败：备份文件不完整或已损坏（${describe(error)}）。资料库保持恢复前的样子，未做任何更改。`, { cause: error });
  }
  db.changes.emit({ type: 'library-replaced' });
  return info;
}

/**
 * A backup of an older schema: restored into a scratch database of that version, which
 * the current code then opens (running the same upgrades a user's library runs), and
 * exported again. The scratch database is deleted afterwards.
 */
async function upgradeBackup(blob: Blob, version: number): Promise<Blob> {
  const name = `policy-brief-desk-restore-${Date.now()}`;
  const old = new LibraryDb(name, version);
  try {
    await old.open();
    await importInto(old, blob, { acceptNameDiff: true });
    const rowCounts = (await inspectBackup(blob)).rowCounts;
    await verifyRowCounts(old, rowCounts);
    old.close();
    const upgraded = new LibraryDb(name);
    await upgraded.open();
    const exported = await exportBackup(upgraded);
    upgraded.close();
    return exported;
  } catch (error) {
    throw new LibraryError('backup-failed', `恢复失败：备份文件不完整或已损坏（${describe(error)}）。资料库未做任何更改。`, { cause: error });
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/**
 * dexie-export-import stops quietly at the end of a file cut off between two rows, so
 * the rows that arrived are compared with the counts in the file's header: a short
 * table throws (and rolls the restore back) instead of leaving half a library.
 */
async function verifyRowCounts(db: LibraryDb, rowCounts: Record<string, number>): Promise<void> {
  for (const [name, expected] of Object.entries(rowCounts)) {
    const actual = await db.table(name).count();
    if (actual !== expected) throw new Error(`表 ${name} 应有 ${expected} 行，文件中只读到 ${actual} 行`);
  }
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
