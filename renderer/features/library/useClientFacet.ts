// The 客户 facet of the notice list: each client with how many of the listed notices are
// tagged to it (the chosen client stays listed even at none). The search engine filters
// by client but does not count clients, so the counts are made here from the tags.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listClients, listTags } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';
import type { FacetEntry } from '../../data/search/index.ts';

export function useClientFacet(ids: readonly NoticeId[] | undefined, chosen: ClientId | null): FacetEntry[] {
  const db = useLibrary();
  const data = useLiveQuery(async () => {
    const [clients, tags] = await Promise.all([listClients(db), listTags(db)]);
    return { clients, tags };
  }, [db]);
  return useMemo(() => {
    if (!data || !ids) return [];
    const listed = new Set(ids);
    const counts = new Map<ClientId, number>();
    for (const tag of data.tags) {
      if (listed.has(tag.noticeId)) counts.set(tag.clientId, (counts.get(tag.clientId) ?? 0) + 1);
    }
    return data.clients
      .filter((client) => (counts.get(client.id) ?? 0) > 0 || client.id === chosen)
      .map((client) => ({ value: String(client.id), label: client.name, count: counts.get(client.id) ?? 0 }))
      .sort((a, b) => b.count - a.count);
  }, [data, ids, chosen]);
}
