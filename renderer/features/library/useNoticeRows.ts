// Rows for the ids the virtualised list is drawing right now: their summaries (fetched
// once and cached) and the clients each is tagged to (live: tagging shows at once).
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import type { NoticeRow } from '../../data/search/index.ts';
import { useAsyncResult } from '../../ui/index.ts';
import { listClients, tagsOfNotices } from '../../data/library/index.ts';
import { useLibrary, useQueries, reportError, useLibrarySeq } from '../../core/index.ts';

/** Enough for many screens of scrolling; dropped wholesale beyond it. */
const CACHE_LIMIT = 5000;

export type NoticeRows = {
  row: (id: NoticeId) => NoticeRow | undefined;
  clients: (id: NoticeId) => readonly string[];
};

const EMPTY: ReadonlyMap<NoticeId, NoticeRow> = new Map();

export function useNoticeRows(visibleIds: readonly NoticeId[]): NoticeRows {
  const db = useLibrary();
  const queries = useQueries();
  const version = useLibrarySeq();
  const [cache, setCache] = useState({ version, rows: EMPTY });
  // After an import or a restore the cached rows may be stale: start afresh.
  const rows = cache.version === version ? cache.rows : EMPTY;
  const key = visibleIds.join(',');

  useAsyncResult(
    () => {
      const missing = idsOf(key).filter((id) => !rows.has(id));
      return missing.length === 0 ? null : queries.rows(missing);
    },
    [queries, key, rows],
    {
      onResult: (fetched) =>
        setCache((previous) => {
          const base = previous.version === version && previous.rows.size < CACHE_LIMIT ? previous.rows : EMPTY;
          const next = new Map(base);
          for (const row of fetched) if (row) next.set(row.id, row);
          return { version, rows: next };
        }),
      onError: reportError,
    },
    { refreshKey: version },
  );

  const tags = useLiveQuery(() => tagsOfNotices(db, idsOf(key)), [db, key]);
  const clients = useLiveQuery(() => listClients(db), [db]);

  const clientsByNotice = useMemo(() => {
    const names = new Map<ClientId, string>((clients ?? []).map((client: Client) => [client.id, client.name]));
    const byNotice = new Map<NoticeId, string[]>();
    for (const tag of tags ?? []) {
      const name = names.get(tag.clientId);
      if (!name) continue;
      byNotice.set(tag.noticeId, [...(byNotice.get(tag.noticeId) ?? []), name]);
    }
    return byNotice;
  }, [tags, clients]);

  return {
    row: (id) => rows.get(id),
    clients: (id) => clientsByNotice.get(id) ?? [],
  };
}

function idsOf(key: string): NoticeId[] {
  return key === '' ? [] : key.split(',');
}
