// The search worker's notices and index store over the library (renderer/data/library).
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeBody, NoticeSummary, StoredNotice } from '../../../shared/model/library.ts';
import {
  catchUpNoticeRelations,
  changeHead,
  getNoticeRelations,
  readChanges,
  streamNoticeRelations,
  getNotices,
  listTags,
  listClients,
  loadSearchIndex,
  saveSearchIndex,
  type LibraryDb,
} from '../library/index.ts';
import { INDEX_KEY, type IndexStore, type SearchDocReader, type SearchNotice } from './ports.ts';
import type { RelationsReader } from './validity-sync.ts';

export function toSearchNotice(notice: StoredNotice): SearchNotice {
  return {
    id: notice.id,
    title: notice.title,
    docNumber: notice.docNumber,
    agencies: notice.agencies,
    category: notice.category,
    date: notice.date,
    deadline: notice.deadline,
    body: notice.body,
    bulletinIds: notice.sourceBulletinIds,
    updatedAt: notice.updatedAt,
  };
}

/** Pages read from IndexedDB ahead of the one being indexed. */
const PAGES_AHEAD = 2;

/**
 * The notices with these ids (ascending) with their bodies, in pages, for a build. Each
 * page is one range read of each table, asked for before the pages before it are
 * indexed: IndexedDB reads on its own thread while the worker indexes, instead of
 * starting on a page's bodies only once its summaries are in. (The library's
 * streamNotices reads page after page, and a page's bodies after its summaries.) A range
 * may hold notices added since the ids were read: the caller skips what it did not ask for.
 */
export async function* readNotices(db: LibraryDb, ids: readonly NoticeId[], pageSize: number): AsyncGenerator<SearchNotice[]> {
  const readPage = (from: number): Promise<SearchNotice[]> => {
    const lo = ids[from] ?? 0;
    const hi = ids[Math.min(ids.length, from + pageSize) - 1] ?? 0;
    // One transaction: a page's summaries and bodies are of the same moment.
    return db
      .transaction('r', [db.notices, db.noticeBodies], () =>
        Promise.all([db.notices.where(':id').between(lo, hi, true, true).toArray(), db.noticeBodies.where(':id').between(lo, hi, true, true).toArray()]),
      )
      .then(([summaries, bodies]) => joinBodies(summaries, bodies));
  };
  const reading: Promise<SearchNotice[]>[] = [];
  let next = 0;
  const askAhead = (): void => {
    while (reading.length < PAGES_AHEAD && next < ids.length) {
      const page = readPage(next);
      // Should the build stop early, a read nobody awaits must not be an unhandled rejection.
      page.catch(() => undefined);
      reading.push(page);
      next += pageSize;
    }
  };
  askAhead();
  for (let page = reading.shift(); page; page = reading.shift()) {
    const notices = await page;
    askAhead();
    yield notices;
  }
}

/** Summaries with their bodies (a notice without a body row gets an empty one). */
function joinBodies(summaries: readonly NoticeSummary[], bodies: readonly NoticeBody[]): SearchNotice[] {
  const byId = new Map(bodies.map((b) => [b.id, b.body]));
  return summaries.map((summary) => toSearchNotice({ ...summary, body: byId.get(summary.id) ?? [] }));
}

export function librarySearchReader(db: LibraryDb): SearchDocReader {
  return {
    // Keys only: cheap even at 50,000 notices.
    noticeIds: () => db.notices.toCollection().primaryKeys(),
    head: () => changeHead(db),
    changes: (after) => readChanges(db, after),
    stream: async function* (pageSize) {
      yield* readNotices(db, await db.notices.toCollection().primaryKeys(), pageSize);
    },
    notices: async (ids) => (await getNotices(db, ids)).filter((n): n is StoredNotice => n !== undefined).map(toSearchNotice),
    bodies: async (ids) => {
      const rows = await db.noticeBodies.bulkGet([...ids]);
      const out = new Map<NoticeId, string[]>();
      for (const row of rows) if (row) out.set(row.id, row.body);
      return out;
    },
    clients: async () => (await listClients(db)).map((c) => ({ id: c.id, name: c.name, qualifications: c.qualifications })),
    tags: async () => (await listTags(db)).map((a) => ({ clientId: a.clientId, noticeId: a.noticeId })),
  };
}

/** 政策关系 of the library, for the 时效性 filter. */
export function libraryRelationsReader(db: LibraryDb): RelationsReader {
  return {
    catchUp: async () => {
      await catchUpNoticeRelations(db);
    },
    stream: () => streamNoticeRelations(db),
    records: (ids) => getNoticeRelations(db, ids),
  };
}

export function libraryIndexStore(db: LibraryDb): IndexStore {
  return {
    load: () => loadSearchIndex(db, INDEX_KEY),
    save: (record, seq) => saveSearchIndex(db, record, seq),
  };
}
