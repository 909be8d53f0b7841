// The 资料库 list: ids in order and facet counts for the current filters and sort,
// re-asked whenever the library changes. The newest request wins.
import { useEffect, useState } from 'react';
import { todayIso } from '../../ui/index.ts';
import type { BrowseResult, ListFilters, ListSort } from '../../data/search/index.ts';
import { useQueries, reportError, useQueriesVersion } from '../../core/index.ts';

export function useBrowse(filters: ListFilters, sort: ListSort, channel: string): BrowseResult | null {
  const queries = useQueries();
  const version = useQueriesVersion();
  const [result, setResult] = useState<BrowseResult | null>(null);

  useEffect(() => {
    let stale = false;
    queries.browse(filters, sort, todayIso(), channel).then(
      (next) => {
        if (!stale) setResult(next);
      },
      (error: unknown) => {
        if (!stale) reportError(error);
      },
    );
    return () => {
      stale = true;
    };
  }, [queries, filters, sort, version, channel]);

  return result;
}
