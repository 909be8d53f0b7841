// Tagging notices to clients and taking tags off, with the toast that says what happened.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { Client, Relevance } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { tagNotices, tagsOfNotices, untagNotices, type LibraryDb } from '../../data/library/index.ts';
import { toast } from '../../core/index.ts';

/** Tags every notice to every client; pairs tagged already keep their note and relevance. */
export async function tagToClients(
  db: LibraryDb,
  request: { clients: readonly Client[]; noticeIds: readonly NoticeId[]; note: string; relevance: Relevance },
): Promise<void> {
  const { clients, noticeIds, note, relevance } = request;
  const clientIds = new Set(clients.map((client) => client.id));
  const before = (await tagsOfNotices(db, noticeIds)).filter((tag) => clientIds.has(tag.clientId)).length;
  await tagNotices(db, { clientIds: [...clientIds], noticeIds, note, relevance });
  const names = clients.map((client) => client.name);
  toast('success', zh.tagging.tagged(noticeIds.length, names, before));
}

/** Takes one notice's tag off one client (its note goes with it). */
export async function untagOne(db: LibraryDb, client: Client, noticeId: NoticeId): Promise<void> {
  await untagNotices(db, client.id, [noticeId]);
  toast('success', zh.tagging.untaggedOne(client.name));
}
