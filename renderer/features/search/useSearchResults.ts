// Results for the committed query and filters, asked of the search worker on every
// change; the newest request wins, so a slow answer to an old query never replaces a
// newer one.
import { useState } from 'react';
import type { SearchFilters } from '../../../shared/search/index.ts';
import { todayIso, useAsyncResult } from '../../ui/index.ts';
import type { TimedSearchResponse } from '../../data/search/index.ts';
import { messageOf, useLibrarySeq, useQueries } from '../../core/index.ts';

/** More than anyone reads; the list says when there were more. */
export const RESULT_LIMIT = 200;

export type SearchResultsState =
  | { state: 'idle' }
  | { state: 'done'; query: string; response: TimedSearchResponse }
  | { state: 'failed'; query: string; message: string };

export function useSearchResults(query: string, filters: SearchFilters): SearchResultsState {
  const queries = useQueries();
  const seq = useLibrarySeq();
  const [result, setResult] = useState<SearchResultsState>({ state: 'idle' });
  const trimmed = query.trim();

  useAsyncResult(
    () => (trimmed === '' ? null : queries.search(trimmed, filters, RESULT_LIMIT, todayIso(), 'search-results', seq)),
    [queries, trimmed, filters, seq],
    {
      onResult: (response) => setResult({ state: 'done', query: trimmed, response }),
      onError: (error) => setResult({ state: 'failed', query: trimmed, message: messageOf(error) }),
    },
  );

  return trimmed === '' ? { state: 'idle' } : result;
}
