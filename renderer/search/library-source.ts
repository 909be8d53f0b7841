// The search worker's notices and index store over the library (renderer/library).
import type { StoredNotice } from '../../shared/model/library.ts';
import {
  getNotices,
  listAssignments,
  listClients,
  loadSearchIndex,
  saveSearchIndex,
  streamNotices,
  type LibraryDb,
} from '../library/index.ts';
import { INDEX_KEY, type IndexStore, type SearchDocSource, type SourceNotice } from './ports.ts';

export function toSourceNotice(notice: StoredNotice): SourceNotice {
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

export function librarySource(db: LibraryDb): SearchDocSource {
  return {
    // Keys only: cheap even at 50,000 notices.
    noticeIds: async () => (await db.notices.toCollection().primaryKeys()).map(Number),
    changedSince: async (since) => (await db.notices.where('updatedAt').above(since).primaryKeys()).map(Number),
    stream: async function* (pageSize) {
      for await (const page of streamNotices(db, pageSize)) yield page.map(toSourceNotice);
    },
    notices: async (ids) => (await getNotices(db, ids)).filter((n): n is StoredNotice => n !== undefined).map(toSourceNotice),
    bodies: async (ids) => {
      const rows = await db.noticeBodies.bulkGet([...ids]);
      const out = new Map<number, string[]>();
      for (const row of rows) if (row) out.set(row.id, row.body);
      return out;
    },
    clients: async () => (await listClients(db)).map((c) => ({ id: c.id, name: c.name, tags: c.tags })),
    assignments: async () => (await listAssignments(db)).map((a) => ({ clientId: a.clientId, noticeId: a.noticeId })),
  };
}

export function libraryIndexStore(db: LibraryDb): IndexStore {
  return {
    load: () => loadSearchIndex(db, INDEX_KEY),
    save: (record) => saveSearchIndex(db, record),
  };
}
