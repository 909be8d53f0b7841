// The 资料库 list: ids in order and facet counts for the current filters and sort,
// re-asked whenever the library changes (its change-log sequence moves). The newest request wins.
import { useState } from 'react';
import type { SearchFilters, SearchSort } from '../../../shared/search/index.ts';
import { todayIso, useAsyncResult } from '../../ui/index.ts';
import type { BrowseResult } from '../../data/search/index.ts';
import { reportError, useLibrarySeq, useQueries } from '../../core/index.ts';

export function useBrowse(filters: SearchFilters, sort: SearchSort, channel: string): BrowseResult | null {
  const queries = useQueries();
  const seq = useLibrarySeq();
  const [result, setResult] = useState<BrowseResult | null>(null);
  useAsyncResult(() => queries.browse(filters, sort, todayIso(), channel, seq), [queries, filters, sort, channel, seq], { onResult: setResult, onError: reportError });
  return result;
}
