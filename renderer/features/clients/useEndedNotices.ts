// Which of a client's notices have ended (时效性), and which of those were replaced since
// the client's last briefing: the repealing or amending notice came into the library
// after it, so the client may still rely on what they were told. Live from the library.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingRecord } from '../../../shared/model/library.ts';
import { hasEnded, type Validity } from '../../../shared/relations/index.ts';
import { getNoticeSummaries, validityOfNotices } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';
import { todayIso } from '../../ui/index.ts';

export type EndedNotice = {
  validity: Validity;
  /** Ended by a notice imported after the last briefing (or never briefed). */
  sinceLastBriefing: boolean;
};

export function useEndedNotices(noticeIds: readonly NoticeId[], lastBriefing: BriefingRecord | null): ReadonlyMap<NoticeId, EndedNotice> {
  const db = useLibrary();
  const today = todayIso();
  const key = noticeIds.join(',');
  return (
    useLiveQuery(
      async () => {
        const validity = await validityOfNotices(db, noticeIds, today);
        const ended = [...validity].filter(([, v]) => hasEnded(v));
        const enderIds = ended.flatMap(([, v]) => (v.endedBy ? [v.endedBy.id] : []));
        const enders = new Map((await getNoticeSummaries(db, enderIds)).flatMap((n) => (n ? [[n.id, n.importedAt] as const] : [])));
        const out = new Map<NoticeId, EndedNotice>();
        for (const [id, v] of ended) {
          const arrived = v.endedBy ? enders.get(v.endedBy.id) : undefined;
          const sinceLastBriefing = v.endedBy !== undefined && (lastBriefing === null || (arrived !== undefined && arrived > lastBriefing.createdAt));
          out.set(id, { validity: v, sinceLastBriefing });
        }
        return out;
      },
      // The ids by value (key): a new array of the same ids is the same query.
      [db, key, today, lastBriefing?.createdAt],
    ) ?? new Map()
  );
}
