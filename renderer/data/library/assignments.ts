// Tags between clients and notices (one per client and notice), with the consultant's
// note and relevance. Tagging never overwrites an existing tag's note: edits go through
// updateAssignment, so a batch tag from the notice list cannot wipe notes.
import { compareIds, newRecordId, type AssignmentId, type ClientId, type NoticeId } from '../../../shared/model/ids.ts';
import type { Assignment, Relevance } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';

export type TagRequest = {
  clientIds: readonly ClientId[];
  noticeIds: readonly NoticeId[];
  note?: string;
  relevance?: Relevance;
};

/**
 * Tags every notice to every client. Pairs already tagged are left as they are; returns
 * the assignments of all requested pairs (new and existing).
 */
export async function tagNotices(db: LibraryDb, request: TagRequest): Promise<Assignment[]> {
  const { clientIds, noticeIds, note = '', relevance = 'medium' } = request;
  const result = await db.transaction('rw', [db.clients, db.notices, db.assignments], async () => {
    const [clients, notices] = await Promise.all([db.clients.bulkGet([...clientIds]), db.notices.bulkGet([...noticeIds])]);
    if (clients.some((c) => c === undefined)) throw new LibraryError({ code: 'not-found', what: 'tag-clients' });
    if (notices.some((n) => n === undefined)) throw new LibraryError({ code: 'not-found', what: 'tag-notices' });
    const pairs = clientIds.flatMap((clientId) => noticeIds.map((noticeId): [ClientId, NoticeId] => [clientId, noticeId]));
    const existing = await db.assignments.where('[clientId+noticeId]').anyOf(pairs).toArray();
    const have = new Set(existing.map((a) => `${a.clientId}:${a.noticeId}`));
    const taggedAt = new Date().toISOString();
    const fresh = pairs
      .filter(([clientId, noticeId]) => !have.has(`${clientId}:${noticeId}`))
      .map(([clientId, noticeId]): Assignment => ({ id: newRecordId('assignment'), clientId, noticeId, note, relevance, taggedAt }));
    await db.assignments.bulkAdd(fresh);
    return { existing, created: fresh };
  });
  return [...result.existing, ...result.created];
}

/** Removes the tags of these notices from one client. Returns how many were removed. */
export async function untagNotices(db: LibraryDb, clientId: ClientId, noticeIds: readonly NoticeId[]): Promise<number> {
  const removed = await db.assignments
    .where('[clientId+noticeId]')
    .anyOf(noticeIds.map((noticeId) => [clientId, noticeId]))
    .delete();
  return removed;
}

/** Edits the note and/or relevance of one tag. */
export async function updateAssignment(
  db: LibraryDb,
  id: AssignmentId,
  patch: { note?: string; relevance?: Relevance },
): Promise<Assignment> {
  const updated = await db.transaction('rw', db.assignments, async () => {
    const assignment = await db.assignments.get(id);
    if (!assignment) throw new LibraryError({ code: 'not-found', what: 'assignment' });
    const next = { ...assignment, ...patch };
    await db.assignments.put(next);
    return next;
  });
  return updated;
}

/** A client's tags, most recently tagged first. */
export async function assignmentsOfClient(db: LibraryDb, clientId: ClientId): Promise<Assignment[]> {
  const rows = await db.assignments.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.taggedAt < b.taggedAt ? 1 : a.taggedAt > b.taggedAt ? -1 : compareIds(b.id, a.id)));
}

/** The tags on these notices (for the reader, and the 客户 column of the notice list). */
export function assignmentsOfNotices(db: LibraryDb, noticeIds: readonly NoticeId[]): Promise<Assignment[]> {
  return db.assignments.where('noticeId').anyOf([...noticeIds]).toArray();
}

/** Every tag (the notice list's 客户 column and client filter over the whole library). */
export function listAssignments(db: LibraryDb): Promise<Assignment[]> {
  return db.assignments.toArray();
}
