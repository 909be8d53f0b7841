// Tags between clients and notices (one per client and notice), with the consultant's
// note and relevance. Tagging never overwrites an existing tag's note: edits go through
// updateTag, so a batch tag from the notice list cannot wipe notes.
import { compareIds, newRecordId, type ClientId, type NoticeId, type TagId } from '../../../shared/model/ids.ts';
import type { Relevance, Tag } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';

export type TagRequest = {
  clientIds: readonly ClientId[];
  noticeIds: readonly NoticeId[];
  note?: string;
  relevance?: Relevance;
  /** 采纳: the suggestion's reasons as shown, kept beside the (empty) note. */
  reasons?: readonly string[];
};

/**
 * Tags every notice to every client. Pairs already tagged are left as they are; returns
 * the tags of all requested pairs (new and existing).
 */
export async function tagNotices(db: LibraryDb, request: TagRequest): Promise<Tag[]> {
  const { clientIds, noticeIds, note = '', relevance = 'medium', reasons } = request;
  const result = await db.transaction('rw', [db.clients, db.notices, db.tags], async () => {
    const [clients, notices] = await Promise.all([db.clients.bulkGet([...clientIds]), db.notices.bulkGet([...noticeIds])]);
    if (clients.some((c) => c === undefined)) throw new LibraryError({ code: 'not-found', what: 'tag-clients' });
    if (notices.some((n) => n === undefined)) throw new LibraryError({ code: 'not-found', what: 'tag-notices' });
    const pairs = clientIds.flatMap((clientId) => noticeIds.map((noticeId): [ClientId, NoticeId] => [clientId, noticeId]));
    const existing = await db.tags.where('[clientId+noticeId]').anyOf(pairs).toArray();
    const have = new Set(existing.map((a) => `${a.clientId}:${a.noticeId}`));
    const taggedAt = new Date().toISOString();
    const fresh = pairs
      .filter(([clientId, noticeId]) => !have.has(`${clientId}:${noticeId}`))
      .map(([clientId, noticeId]): Tag => ({ id: newRecordId('tag'), clientId, noticeId, note, relevance, taggedAt, ...(reasons && reasons.length > 0 ? { reasons: [...reasons] } : {}) }));
    await db.tags.bulkAdd(fresh);
    return { existing, created: fresh };
  });
  return [...result.existing, ...result.created];
}

/** Removes the tags of these notices from one client. Returns how many were removed. */
export async function untagNotices(db: LibraryDb, clientId: ClientId, noticeIds: readonly NoticeId[]): Promise<number> {
  const removed = await db.tags
    .where('[clientId+noticeId]')
    .anyOf(noticeIds.map((noticeId) => [clientId, noticeId]))
    .delete();
  return removed;
}

/** Edits the note and/or relevance of one tag. */
export async function updateTag(
  db: LibraryDb,
  id: TagId,
  patch: { note?: string; relevance?: Relevance },
): Promise<Tag> {
  const updated = await db.transaction('rw', db.tags, async () => {
    const tag = await db.tags.get(id);
    if (!tag) throw new LibraryError({ code: 'not-found', what: 'tag' });
    const next = { ...tag, ...patch };
    await db.tags.put(next);
    return next;
  });
  return updated;
}

/** A client's tags, most recently tagged first. */
export async function tagsOfClient(db: LibraryDb, clientId: ClientId): Promise<Tag[]> {
  const rows = await db.tags.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.taggedAt < b.taggedAt ? 1 : a.taggedAt > b.taggedAt ? -1 : compareIds(b.id, a.id)));
}

/** The tags on these notices (for the reader, and the 客户 column of the notice list). */
export function tagsOfNotices(db: LibraryDb, noticeIds: readonly NoticeId[]): Promise<Tag[]> {
  return db.tags.where('noticeId').anyOf([...noticeIds]).toArray();
}

/** Every tag (the notice list's 客户 column and client filter over the whole library). */
export function listTags(db: LibraryDb): Promise<Tag[]> {
  return db.tags.toArray();
}
