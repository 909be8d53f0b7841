// The library's one change stream. Every write to the consultant's tables appends rows to
// the `changes` table IN THE SAME TRANSACTION (a Dexie middleware does it, so no write can
// forget it, and a write that rolls back leaves no row). Whoever derives something from the
// library (the search index, the notices' relations and matching features, the match
// engine) keeps the sequence it has applied, persisted with what it derives, and catches
// up from there: at start, after a crash, in a second window, after a restore. Nothing is
// forwarded in memory; a consumer that missed a moment reads it from the log.
//
// The log is compacted once every consumer has passed a sequence (compactChanges).
import type { NoticeId } from '../../../shared/model/ids.ts';
import { liveQuery, type DBCore, type DBCoreDeleteRangeRequest, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Dexie, type Middleware } from 'dexie';
import type { ChangeRecord, CursorRecord, LoggedTable, WriteChangeRecord } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

const LOGGED: ReadonlySet<string> = new Set<LoggedTable>([
  'bulletins',
  'notices',
  'noticeBodies',
  'originals',
  'clients',
  'tags',
  'dismissals',
  'briefings',
  'briefingFiles',
  'settings',
]);

/** The consumers whose positions bound compaction (each persists its own cursor). */
export const LOG_CONSUMERS = ['searchIndex', 'noticeRelations', 'noticeFeatures'] as const;
export type LogConsumer = (typeof LOG_CONSUMERS)[number];

/** The cursor row that remembers up to where the log was compacted. */
const COMPACTED = '~compacted';

type NewRow = Omit<WriteChangeRecord, 'seq'>;

/**
 * Rows whose change is covered by another table's row of the same key: a notice's body
 * and a bulletin's original. A consumer reads a logged notice again with its body (it
 * reads no body without its notice), and none reads an original from the log. A body or an
 * original written in a transaction that already logged its notice or bulletin needs no
 * key of its own: an import logs its notices and its bulletin, not their bodies and original.
 */
const COVERED_BY: Readonly<Record<string, LoggedTable>> = { noticeBodies: 'notices', originals: 'bulletins' };

/** Per transaction: the keys already logged (by kind, and by table alone), and the tables already logged as replaced. */
const loggedIn = new WeakMap<DBCoreTransaction, { keys: Set<string>; tableKeys: Set<string>; reset: Set<string> }>();

const tableKey = (table: string, key: unknown): string => `${table}\u0000${typeof key}\u0000${String(key)}`;

function isUpgrade(trans: DBCoreTransaction): boolean {
  // The IndexedDB adapter's transaction is the IDBTransaction itself.
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

/** A logged key as text: every logged table is keyed by a string (global ids, setting names). */
function keyText(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

type Change = { kind: 'put' | 'delete'; keys: string[] };

/**
 * What a put, an add or a delete is about to do, known before it runs so that its row can
 * be added beside it: the keys it puts (its own, or those its values carry: every logged
 * table keys its rows by a field, none by a generated number) or deletes.
 */
function plannedChange(table: DBCoreTable, req: Exclude<DBCoreMutateRequest, DBCoreDeleteRangeRequest>): Change {
  if (req.type === 'delete') return { kind: 'delete', keys: req.keys.map(keyText) };
  const extract = table.schema.primaryKey.extractKey;
  const keys: unknown[] = req.keys ?? (extract ? req.values.map(extract) : []);
  // A value without its key is refused by IndexedDB: nothing to log for it.
  return { kind: 'put', keys: keys.flatMap((key) => (key === undefined ? [] : [keyText(key)])) };
}

/** Table.clear(): a delete over Dexie's range of every key (DBCoreRangeType.Any), logged as one `reset`. */
function isWholeTable(req: DBCoreDeleteRangeRequest): boolean {
  return (req.range.type as number) === 3;
}

/** A range of keys deleted (Collection.delete()): each key it holds, read first. */
async function rangeChange(table: DBCoreTable, req: DBCoreDeleteRangeRequest): Promise<Change> {
  const held = await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } });
  return { kind: 'delete', keys: held.result.map(keyText) };
}

/**
 * The log row of one mutation of `table` in its transaction, or null when it needs none:
 * keys already logged with the same kind in this transaction, keys of a table replaced in
 * it, and keys covered by their notice's or bulletin's are left out.
 */
function rowFor(table: string, trans: DBCoreTransaction, change: Change | null): NewRow | null {
  let seen = loggedIn.get(trans);
  if (!seen) loggedIn.set(trans, (seen = { keys: new Set(), tableKeys: new Set(), reset: new Set() }));
  const name = table as LoggedTable;
  if (seen.reset.has(name)) return null;
  if (change === null) {
    seen.reset.add(name);
    return { table: name, kind: 'reset', keys: [] };
  }
  const coveredBy = COVERED_BY[name];
  if (coveredBy !== undefined && seen.reset.has(coveredBy)) return null;
  const keys: string[] = [];
  for (const key of change.keys) {
    if (coveredBy !== undefined && seen.tableKeys.has(tableKey(coveredBy, key))) continue;
    const id = `${change.kind}\u0000${tableKey(name, key)}`;
    if (seen.keys.has(id)) continue;
    seen.keys.add(id);
    seen.tableKeys.add(tableKey(name, key));
    keys.push(key);
  }
  return keys.length > 0 ? { table: name, kind: change.kind, keys } : null;
}

/**
 * Logs each mutation of a logged table with one row, added beside the write rather than
 * after it (no round trip to IndexedDB of its own). A key whose write fails inside a
 * transaction that still commits (a caught ConstraintError) stays logged: consumers read
 * what is there, so such a key costs them a read, never a miss.
 */
function loggingTable(table: DBCoreTable, log: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (isUpgrade(req.trans)) return table.mutate(req);
      // Known at once but for a range (no await: Dexie's zone, and the order writes were asked in, hold).
      const change = req.type !== 'deleteRange' ? plannedChange(table, req) : isWholeTable(req) ? null : await rangeChange(table, req);
      const row = rowFor(table.name, req.trans, change);
      if (!row) return table.mutate(req);
      const [res] = await Promise.all([table.mutate(req), log.mutate({ type: 'add', trans: req.trans, values: [row] })]);
      return res;
    },
  };
}

/** The middleware: widens write transactions to the log, and logs each mutation of a logged table. */
const changeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeLog',
  create: (down) => {
    const hasLog = down.schema.tables.some((t) => t.name === 'changes');
    if (!hasLog) return {};
    const log = down.table('changes');
    return {
      transaction: (stores, mode, options) => {
        const widened = mode === 'readwrite' && stores.some((s) => LOGGED.has(s)) && !stores.includes('changes') ? [...stores, 'changes'] : stores;
        return down.transaction(widened, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        return LOGGED.has(name) ? loggingTable(table, log) : table;
      },
    };
  },
};

export function installChangeLog(db: Dexie): void {
  db.use(changeLogMiddleware);
}

/** The newest sequence in the log (0 for none). */
export async function changeHead(db: LibraryDb): Promise<number> {
  const last = await db.changes.orderBy(':id').lastKey();
  const compacted = await db.cursors.get(COMPACTED);
  return Math.max(typeof last === 'number' ? last : 0, compacted?.seq ?? 0);
}

/**
 * What a consumer at `after` has to apply, about `limit` keys of it (whole rows): the notices to read
 * again (put or deleted: a notice no longer there was deleted), the other tables written,
 * and whether everything must be checked (a restore, an upgrade, or a log compacted past
 * `after`). Null when `after` is the head.
 */
export type ChangeBatch = {
  /** The sequence a consumer has reached once it applied this batch. */
  to: number;
  reset: boolean;
  noticeIds: NoticeId[];
  tables: Set<LoggedTable>;
};

export async function readChanges(db: LibraryDb, after: number, limit = 5000): Promise<ChangeBatch | null> {
  const [rows, compacted] = await db.transaction('r', [db.changes, db.cursors], () =>
    Promise.all([db.changes.where(':id').above(after).limit(limit).toArray(), db.cursors.get(COMPACTED)]),
  );
  if ((compacted?.seq ?? 0) > after) {
    // Rows this consumer never saw are gone: it checks everything, up to the head.
    const last = rows[rows.length - 1]?.seq ?? compacted?.seq ?? after;
    return { to: Math.max(last, compacted?.seq ?? 0), reset: true, noticeIds: [], tables: new Set() };
  }
  if (rows.length === 0) return null;
  const noticeIds = new Set<NoticeId>();
  const tables = new Set<LoggedTable>();
  let reset = false;
  let to = after;
  // About `limit` keys a batch: a row holds a whole write's keys, so fewer rows may do.
  let keys = 0;
  for (const row of rows) {
    const rowKeys = keysOf(row);
    tables.add(row.table);
    if (row.kind === 'reset' && (row.table === 'notices' || row.table === 'noticeBodies')) reset = true;
    else if (row.table === 'notices' || row.table === 'noticeBodies') for (const key of rowKeys) noticeIds.add(key);
    to = row.seq;
    keys += Math.max(1, rowKeys.length);
    if (keys >= limit) break;
  }
  return { to, reset, noticeIds: [...noticeIds], tables };
}

/** The keys a row logged: a write's list, or the one key of a row logged before there were lists. */
function keysOf(row: ChangeRecord): string[] {
  if ('keys' in row) return row.keys;
  return row.key === null ? [] : [row.key];
}

export async function getCursor(db: LibraryDb, consumer: LogConsumer): Promise<number> {
  return (await db.cursors.get(consumer))?.seq ?? 0;
}

/** Moves a consumer's cursor forward (never back: two windows may apply the same rows). Call inside the transaction that stores what it derived. */
export async function advanceCursor(db: LibraryDb, consumer: LogConsumer, seq: number): Promise<void> {
  const current = await db.cursors.get(consumer);
  if (!current || current.seq < seq) await db.cursors.put({ ...current, consumer, seq });
}

/** Deletes the rows every consumer has applied; returns how many. */
export async function compactChanges(db: LibraryDb): Promise<number> {
  return db.transaction('rw', [db.changes, db.cursors], async () => {
    const cursors = await db.cursors.bulkGet([...LOG_CONSUMERS]);
    // A consumer that never ran (no cursor) holds the whole log.
    const upTo = Math.min(...cursors.map((c: CursorRecord | undefined) => c?.seq ?? 0));
    if (upTo <= 0) return 0;
    const removed = await db.changes.where(':id').belowOrEqual(upTo).delete();
    const compacted = await db.cursors.get(COMPACTED);
    if (!compacted || compacted.seq < upTo) await db.cursors.put({ consumer: COMPACTED, seq: upTo });
    return removed;
  });
}

/**
 * Calls `listener` with the log's head now and after every write that commits, in this
 * thread or any other (a worker, a second window: Dexie's live queries hear of them all).
 * Returns the function that stops it.
 */
export function watchChangeHead(db: LibraryDb, listener: (head: number) => void): () => void {
  const subscription = liveQuery(() => changeHead(db)).subscribe({
    next: listener,
    error: (error: unknown) => console.error('change log watch failed', error),
  });
  return () => subscription.unsubscribe();
}
