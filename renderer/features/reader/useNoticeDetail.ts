// Everything the reader shows about one notice, live from the library: the notice with
// its body, the bulletins it came from, the library notices its cited 文号 refer to, and
// the clients it is tagged to.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client, StoredBulletin, StoredNotice, Tag } from '../../../shared/model/library.ts';
import { findNoticesByDocNumber, getBulletin, getNotice, listClients, tagsOfNotices } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';

export type NoticeDetail = {
  notice: StoredNotice;
  sources: StoredBulletin[];
  /** Cited 文号 → the id of the cited notice in the library (absent when it is not there). */
  citedIds: ReadonlyMap<string, NoticeId>;
  tags: { tag: Tag; client: Client }[];
};

/** undefined while loading, null when the notice is not in the library. */
export function useNoticeDetail(id: NoticeId): NoticeDetail | null | undefined {
  const db = useLibrary();
  return useLiveQuery(async (): Promise<NoticeDetail | null> => {
    const notice = await getNotice(db, id);
    if (!notice) return null;
    const [sources, cited, tags, clients] = await Promise.all([
      Promise.all(notice.sourceBulletinIds.map((bulletinId) => getBulletin(db, bulletinId))),
      Promise.all(notice.citedDocNumbers.map(async (doc) => [doc, await findNoticesByDocNumber(db, doc)] as const)),
      tagsOfNotices(db, [id]),
      listClients(db),
    ]);
    const citedIds = new Map<string, NoticeId>();
    for (const [doc, found] of cited) {
      const target = found.find((candidate) => candidate.id !== id);
      if (target) citedIds.set(doc, target.id);
    }
    const byId = new Map(clients.map((client) => [client.id, client]));
    return {
      notice,
      sources: sources.filter((bulletin): bulletin is StoredBulletin => bulletin !== undefined),
      citedIds,
      tags: tags.flatMap((tag) => {
        const client = byId.get(tag.clientId);
        return client ? [{ tag, client }] : [];
      }),
    };
  }, [db, id]);
}
