// The NoticeQueries port answered by the search worker: the list's browse (empty query,
// filters, sort, facet counts, every id in order), ranked search with highlights and
// snippets, and rows for the visible window read from the library.
import type { Facets, SearchRequest, SearchResponse } from '../../../shared/search/index.ts';
import { getNoticeSummaries, type LibraryDb } from '../library/index.ts';
import type { BrowseResult, NoticeQueries, NoticeRow } from './queries.ts';

/** The part of the search worker's client these queries use. */
export type SearchPort = {
  search: (request: SearchRequest, channel: string, snippets: number) => Promise<SearchResponse>;
  /** Calls back when the index changed (the library changed and the worker caught up). */
  onChange: (listener: () => void) => () => void;
};

/** Hits that get a body snippet: about what a screen of results shows, and a little more. */
const SNIPPETS = 30;

const NO_FACETS: Facets = { categories: [], provinces: [], agencies: [], years: [], deadline: { with: 0, without: 0, upcoming: 0, passed: 0 }, validity: { inForce: 0, ended: 0 } };

export function createSearchQueries(db: LibraryDb, engine: SearchPort): NoticeQueries {
  return {
    browse: async (filters, sort, today, channel): Promise<BrowseResult> => {
      const response = await engine.search({ query: '', filters, sort, today, limit: 0, facets: true, allIds: true }, channel, 0);
      return { ids: response.ids ?? [], facets: response.facets ?? NO_FACETS };
    },
    search: async (query, filters, limit, today, channel) => {
      const started = performance.now();
      const response = await engine.search({ query, filters, today, limit }, channel, SNIPPETS);
      return { total: response.total, hits: response.hits, tookMs: performance.now() - started };
    },
    rows: async (ids) =>
      (await getNoticeSummaries(db, ids)).map((notice): NoticeRow | undefined =>
        notice
          ? { id: notice.id, title: notice.title, docNumber: notice.docNumber, agencies: notice.agencies, date: notice.date, category: notice.category, deadline: notice.deadline }
          : undefined,
      ),
    onChange: (listener) => engine.onChange(listener),
  };
}
