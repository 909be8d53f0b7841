// Suggestions a consultant set aside for a client (推荐 → 忽略). Remembered so matching
// does not suggest them again; undone by restoreSuggestion. Tagging a notice is the
// other way a suggestion leaves the list (tags.ts).
import { compareIds, newRecordId, type ClientId, type NoticeId } from '../../../shared/model/ids.ts';
import type { Dismissal } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';

export async function dismissSuggestion(db: LibraryDb, clientId: ClientId, noticeId: NoticeId): Promise<Dismissal> {
  const dismissal = await db.transaction('rw', [db.clients, db.notices, db.dismissals], async () => {
    const [client, notice] = await Promise.all([db.clients.get(clientId), db.notices.get(noticeId)]);
    if (!client) throw new LibraryError({ code: 'not-found', what: 'client' });
    if (!notice) throw new LibraryError({ code: 'not-found', what: 'notice' });
    const existing = await db.dismissals.where('[clientId+noticeId]').equals([clientId, noticeId]).first();
    if (existing) return existing;
    const row: Dismissal = { id: newRecordId('dismissal'), clientId, noticeId, dismissedAt: new Date().toISOString() };
    await db.dismissals.add(row);
    return row;
  });
  return dismissal;
}

/** Undoes 忽略: the notice may be suggested again. Returns whether there was one. */
export async function restoreSuggestion(db: LibraryDb, clientId: ClientId, noticeId: NoticeId): Promise<boolean> {
  const removed = await db.dismissals.where('[clientId+noticeId]').equals([clientId, noticeId]).delete();
  return removed > 0;
}

/** A client's dismissals, newest first. */
export async function dismissalsOfClient(db: LibraryDb, clientId: ClientId): Promise<Dismissal[]> {
  const rows = await db.dismissals.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.dismissedAt < b.dismissedAt ? 1 : a.dismissedAt > b.dismissedAt ? -1 : compareIds(b.id, a.id)));
}

export function listDismissals(db: LibraryDb): Promise<Dismissal[]> {
  return db.dismissals.toArray();
}
