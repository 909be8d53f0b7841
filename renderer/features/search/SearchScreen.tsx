// 搜索: instant results for what is typed in the toolbar's 搜索 box, filters and saved
// searches beside them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { countNotices } from '../../data/library/index.ts';
import { Button, EmptyState } from '../../ui/index.ts';
import { useFacetValues } from '../library/index.ts';
import { RESULT_LIMIT, useSearchResults, type SearchResultsState } from './useSearchResults.ts';
import { useLibrary, useAppStatus } from '../../core/index.ts';
import { useSearch } from './store.ts';
import { SaveSearchDialog } from './SaveSearchDialog.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { SearchFiltersPanel } from './SearchFiltersPanel.tsx';
import { SearchResults } from './SearchResults.tsx';

export function SearchScreen() {
  const query = useSearch((state) => state.query);
  const filters = useSearch((state) => state.filters);
  const results = useSearchResults(query, filters);
  const facets = useFacetValues();
  const [saving, setSaving] = useState(false);
  return (
    <div className="search-screen">
      <aside className="search-rail">
        <SearchFiltersPanel facets={facets} />
        <SavedSearches />
      </aside>
      <section className="search-main">
        {results.state === 'done' ? (
          <div className="list-header">
            <span className="list-count" data-testid="result-count">
              {zh.search.results(results.response.total, results.response.tookMs)}
              {results.response.total > RESULT_LIMIT ? ` · ${zh.search.resultsTruncated(RESULT_LIMIT)}` : ''}
            </span>
            {results.response.otherForms?.length ? (
              <span className="list-also" data-testid="also-searched">
                {zh.search.alsoSearched(results.response.otherForms.flatMap((e) => e.forms))}
              </span>
            ) : null}
            <Button size="sm" icon="bookmark" onClick={() => setSaving(true)}>
              {zh.search.save}
            </Button>
          </div>
        ) : null}
        <IndexNotice />
        <div className="search-results-scroll">
          <ResultsBody results={results} />
        </div>
      </section>
      {saving ? <SaveSearchDialog query={query} filters={filters} onClose={() => setSaving(false)} /> : null}
    </div>
  );
}

function ResultsBody({ results }: { results: SearchResultsState }) {
  const db = useLibrary();
  const total = useLiveQuery(() => countNotices(db), [db]);
  if (total === 0) return <EmptyState icon="library" title={zh.search.emptyLibrary} />;
  switch (results.state) {
    case 'idle':
      return (
        <EmptyState icon="search" title={zh.search.prompt.title}>
          <p>{zh.search.prompt.body}</p>
        </EmptyState>
      );
    case 'failed':
      return (
        <EmptyState icon="alert" title={zh.errors.searchFailed}>
          <p>{results.message}</p>
        </EmptyState>
      );
    case 'done':
      return results.response.hits.length === 0 ? (
        <EmptyState icon="search" title={zh.search.noResults(results.query)}>
          <p>{zh.search.noResultsHint}</p>
        </EmptyState>
      ) : (
        <SearchResults hits={results.response.hits} />
      );
  }
}

function IndexNotice() {
  const index = useAppStatus((state) => state.index);
  if (index.state !== 'building') return null;
  return (
    <p className="inline-notice" role="status">
      {zh.search.indexing}
    </p>
  );
}
