// One client's tagged notices (newest notice first), each with its tag and whether a
// briefing already carried it, and the client's briefing history. Live. In core because
// the client's page lists them and its briefing is composed from them (the candidates).
import { newerImportFirst, type ClientId } from '../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assignment, BriefingRecord, Client, NoticeSummary } from '../../shared/model/library.ts';
import { assignmentsOfClient, briefingsOfClient, getClient, getNoticeSummaries, sentNoticeIds } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';

/** A notice tagged to the client, and whether an earlier briefing already carried it. */
export type BriefingCandidate = { notice: NoticeSummary; assignment: Assignment; sent: boolean };

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
    const [assignments, briefings, sent] = await Promise.all([assignmentsOfClient(db, clientId), briefingsOfClient(db, clientId), sentNoticeIds(db, clientId)]);
    const summaries = await getNoticeSummaries(db, assignments.map((assignment) => assignment.noticeId));
    const notices = assignments.flatMap((assignment, i): BriefingCandidate[] => {
      const notice = summaries[i];
      return notice ? [{ notice, assignment, sent: sent.has(assignment.noticeId) }] : [];
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
