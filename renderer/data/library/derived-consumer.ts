// A table derived from each notice (its relations, its matching features) follows the
// change log the same way, whatever thread runs it: read from its cursor, derive the
// records of the notices written since, store them and the new cursor in one
// transaction. A notice no longer there loses its record. A `reset` (a restore, an
// upgrade, a log compacted past the cursor) derives what is missing or made by an older
// version, and drops records whose notice is gone. Two threads may catch up at once: the
// work is the same, and the cursor only moves forward.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { Table } from 'dexie';
import { advanceCursor, changeHead, getCursor, readChanges, type LogConsumer } from './change-log.ts';
import type { LibraryDb } from './db.ts';

export type DerivedTable<R extends { id: NoticeId }> = {
  consumer: LogConsumer;
  table: (db: LibraryDb) => Table<R, NoticeId>;
  /** The records of these notices (those that exist), from their summaries and bodies. */
  derive: (db: LibraryDb, ids: readonly NoticeId[]) => Promise<R[]>;
  /** Whether a stored record was made by today's code. */
  isCurrent: (record: R) => boolean;
  /** The deriving code's version: a newer one derives again what an older one made, once. */
  version: number;
};

/** Notices derived per transaction. */
const PAGE = 500;

/** Brings the table up to the log's head; returns the ids whose record was written or removed. */
export async function catchUpDerived<R extends { id: NoticeId }>(db: LibraryDb, derived: DerivedTable<R>): Promise<NoticeId[]> {
  const touched: NoticeId[] = [];
  const cursor = await db.cursors.get(derived.consumer);
  if (cursor?.version !== derived.version) {
    // A newer extractor (or the first run): what is missing or made by another version is
    // derived again, as for a reset, and the cursor remembers the version. The pass covers
    // every row logged before it began.
    const head = await changeHead(db);
    const ids = await staleIds(db, derived);
    for (let i = 0; i < ids.length; i += PAGE) {
      const page = ids.slice(i, i + PAGE);
      await store(db, derived, page, await derived.derive(db, page), null);
    }
    await db.transaction('rw', [db.cursors], async () => {
      const now = await db.cursors.get(derived.consumer);
      await db.cursors.put({ consumer: derived.consumer, seq: Math.max(now?.seq ?? 0, head), version: derived.version });
    });
    touched.push(...ids);
  }
  for (;;) {
    const from = await getCursor(db, derived.consumer);
    const batch = await readChanges(db, from);
    if (!batch) return touched;
    const ids = batch.reset ? await staleIds(db, derived) : batch.noticeIds;
    for (let i = 0; i < ids.length; i += PAGE) {
      const page = ids.slice(i, i + PAGE);
      await store(db, derived, page, await derived.derive(db, page), i + PAGE >= ids.length ? batch.to : null);
    }
    if (ids.length === 0) await db.transaction('rw', [db.cursors], () => advanceCursor(db, derived.consumer, batch.to));
    touched.push(...ids);
  }
}

/** Notices without a current record, and records without a notice. */
async function staleIds<R extends { id: NoticeId }>(db: LibraryDb, derived: DerivedTable<R>): Promise<NoticeId[]> {
  const table = derived.table(db);
  const [noticeIds, records] = await Promise.all([db.notices.toCollection().primaryKeys(), table.toArray()]);
  const current = new Set(records.filter(derived.isCurrent).map((r) => r.id));
  const notices = new Set(noticeIds);
  return [...noticeIds.filter((id) => !current.has(id)), ...records.filter((r) => !notices.has(r.id)).map((r) => r.id)];
}

async function store<R extends { id: NoticeId }>(db: LibraryDb, derived: DerivedTable<R>, ids: readonly NoticeId[], records: R[], cursor: number | null): Promise<void> {
  const table = derived.table(db);
  await db.transaction('rw', [db.notices, table, db.cursors], async () => {
    // A notice deleted since it was read keeps no record (another thread may have applied
    // its deletion already). Its key is enough to tell: `derive` read the rows, once.
    const still = await Promise.all(ids.map((id) => db.notices.where(':id').equals(id).primaryKeys()));
    const present = new Set(still.flat());
    await table.bulkPut(records.filter((r) => present.has(r.id)));
    await table.bulkDelete(ids.filter((id) => !present.has(id)));
    if (cursor !== null) await advanceCursor(db, derived.consumer, cursor);
  });
}
