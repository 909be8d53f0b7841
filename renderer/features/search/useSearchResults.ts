// Results for the committed query and filters, asked of the search worker on every
// change; the newest request wins, so a slow answer to an old query never replaces a
// newer one.
import { useEffect, useState } from 'react';
import { todayIso } from '../../ui/index.ts';
import type { SearchResponse } from '../../data/search/index.ts';
import { useQueries, useQueriesVersion } from '../../core/index.ts';
import type { SearchFilters } from './store.ts';

/** More than anyone reads; the list says when there were more. */
export const RESULT_LIMIT = 200;

export type SearchState =
  | { state: 'idle' }
  | { state: 'done'; query: string; response: SearchResponse }
  | { state: 'failed'; query: string; message: string };

export function useSearchResults(query: string, filters: SearchFilters): SearchState {
  const queries = useQueries();
  const version = useQueriesVersion();
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') return;
    let stale = false;
    queries.search(trimmed, filters, RESULT_LIMIT, todayIso(), 'search-results').then(
      (response) => {
        if (!stale) setResult({ state: 'done', query: trimmed, response });
      },
      (error: unknown) => {
        if (!stale) setResult({ state: 'failed', query: trimmed, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      stale = true;
    };
  }, [queries, trimmed, filters, version]);

  return trimmed === '' ? { state: 'idle' } : result;
}
