// Every client with what its list entry shows: how many notices are tagged to it, how
// many of them no briefing has carried yet, and when it last got a briefing. Live. In
// core because the 客户 list and the 简报 screen's client picker show the same summaries.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../shared/model/library.ts';
import { listBriefings, listClients, listTags } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';

export type ClientSummary = {
  client: Client;
  tagged: number;
  /** Tagged notices no briefing of this client has carried. */
  unsent: number;
  /** createdAt of the newest briefing, or null. */
  lastBriefing: string | null;
  briefings: number;
};

/** undefined while loading. */
export function useClientSummaries(): ClientSummary[] | undefined {
  const db = useLibrary();
  return useLiveQuery(async () => {
    const [clients, tags, briefings] = await Promise.all([listClients(db), listTags(db), listBriefings(db)]);
    return clients.map((client): ClientSummary => {
      // listBriefings is newest first.
      const own = briefings.filter((briefing) => briefing.clientId === client.id);
      const sent = new Set(own.flatMap((briefing) => briefing.noticeIds));
      const tagged = tags.filter((tag) => tag.clientId === client.id);
      return {
        client,
        tagged: tagged.length,
        unsent: tagged.filter((tag) => !sent.has(tag.noticeId)).length,
        lastBriefing: own[0]?.createdAt ?? null,
        briefings: own.length,
      };
    });
  }, [db]);
}
