// Test helpers for the library: a fresh fake-indexeddb database per test, a full dump of
// every table to compare "before" and "after", and notices built by hand.
import './browser-globals.ts';
import { afterEach } from 'vitest';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { LibraryDb } from '../../renderer/data/library/db.ts';
import type { BulletinToStore } from '../../renderer/data/library/store-bulletin.ts';
import { parsedNotice } from './parsed-notice.ts';

let counter = 0;

/** A new, empty library under a name no other test uses. */
export async function freshLibrary(schemaVersion?: number): Promise<LibraryDb> {
  counter += 1;
  const db = new LibraryDb(`test-library-${process.pid}-${counter}-${Date.now()}`, schemaVersion);
  await db.open();
  return db;
}

/**
 * Libraries for one test file, each closed after the test that opened it (call at the
 * file's top level: it registers the afterEach). `fresh` opens a new one; `keep` closes
 * another connection the test opened itself (a second window) with them.
 */
export function librariesClosedAfterEach(): { fresh: () => Promise<LibraryDb>; keep: (db: LibraryDb) => LibraryDb } {
  const open: LibraryDb[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  const keep = (db: LibraryDb): LibraryDb => {
    open.push(db);
    return db;
  };
  return { fresh: async () => keep(await freshLibrary()), keep };
}

/** Every row of every table, by table name, in primary-key order. */
export async function dumpLibrary(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  // The change log is this machine's bookkeeping, not the library's data (logAfter reads it).
  for (const table of db.tables) if (table.name !== 'changes' && table.name !== 'cursors') dump[table.name] = await table.toArray();
  return dump;
}

export function notice(fields: Partial<ParsedNotice> & { title: string }): ParsedNotice {
  return parsedNotice({ body: [`${fields.title}的正文。`], ...fields });
}

export function bulletinFile(fileName: string, notices: ParsedNotice[], contentHash = `hash-of-${fileName}`): BulletinToStore {
  return {
    fileName,
    format: 'txt',
    contentHash,
    byteLength: 1000,
    bulletin: { publisher: '北京关键要素科技有限公司', issue: `(2018) ${fileName} 期` },
    notices,
  };
}

export const GREEN = notice({
  title: '关于加强长江经济带工业绿色发展的指导意见',
  category: '绿色制造',
  docNumber: '工信部联节〔2017〕178号',
  agencies: ['工业和信息化部', '国家发展和改革委员会'],
  date: '2017-06-30',
});

export const PROCUREMENT = notice({
  title: '北京市关于进一步加强绿色政府采购有关事项的通知',
  category: '绿色制造',
  docNumber: '京财采购〔2018〕2593号',
  agencies: ['北京市财政局', '北京市生态环境局'],
  date: '2018-11-28',
  deadline: '2019-01-08',
});

export const LICENCE = notice({
  title: '关于印发《电子营业执照管理办法（试行）》的通知',
  docNumber: '国市监注（2018）249号',
  agencies: ['市场监管总局'],
  date: '2018-12-17',
});

/** The change-log rows written after `after` (without their sequence), in order; a row of one key (logged before rows listed keys) as a list of one. */
export async function logAfter(db: LibraryDb, after: number): Promise<{ table: string; keys: string[]; kind: string }[]> {
  return (await db.changes.where(':id').above(after).toArray()).map((row) => ({
    table: row.table,
    keys: 'keys' in row ? row.keys : row.key === null ? [] : [row.key],
    kind: row.kind,
  }));
}

/** The keys logged after `after` in one table, as `kind:key`, in order. */
export async function loggedKeys(db: LibraryDb, after: number, table: string): Promise<string[]> {
  return (await logAfter(db, after)).filter((row) => row.table === table).flatMap((row) => row.keys.map((key) => `${row.kind}:${key}`));
}
