// One client's tagged notices (newest notice first), each with its tag and whether a
// briefing already carried it, and the client's briefing history. Live. In core because
// the client's page lists them and its briefing is composed from them (the candidates).
import { newerImportFirst, type ClientId } from '../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingRecord, Client, NoticeSummary, Tag } from '../../shared/model/library.ts';
import { briefingsOfClient, getClient, getNoticeSummaries, sentNoticeIds, tagsOfClient } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';

/** A notice tagged to the client, and whether an earlier briefing already carried it. */
export type BriefingCandidate = { notice: NoticeSummary; tag: Tag; sent: boolean };

export type ClientNotices = {
  client: Client;
  notices: BriefingCandidate[];
  briefings: BriefingRecord[];
};

/** undefined while loading, null when the client is not in the library. */
export function useClientNotices(clientId: ClientId | null): ClientNotices | null | undefined {
  const db = useLibrary();
  return useLiveQuery(async (): Promise<ClientNotices | null> => {
    if (clientId === null) return null;
    const client = await getClient(db, clientId);
    if (!client) return null;
    const [tags, briefings, sent] = await Promise.all([tagsOfClient(db, clientId), briefingsOfClient(db, clientId), sentNoticeIds(db, clientId)]);
    const summaries = await getNoticeSummaries(db, tags.map((tag) => tag.noticeId));
    const notices = tags.flatMap((tag, i): BriefingCandidate[] => {
      const notice = summaries[i];
      return notice ? [{ notice, tag, sent: sent.has(tag.noticeId) }] : [];
    });
    return { client, notices: notices.sort(newestFirst), briefings };
  }, [db, clientId]);
}

function newestFirst(a: BriefingCandidate, b: BriefingCandidate): number {
  const ad = a.notice.date ?? '';
  const bd = b.notice.date ?? '';
  if (ad !== bd) return ad < bd ? 1 : -1;
  return newerImportFirst(a.notice, b.notice);
}
