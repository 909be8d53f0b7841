// The NoticeQueries port answered by the search worker: the list's browse (empty query,
// filters, sort, facet counts, every id in order), ranked search with highlights and
// snippets, and rows for the visible window read from the library.
import type { Facets, SearchRequest, SearchResponse } from '../../../shared/search/index.ts';
import { getNoticeSummaries, type LibraryDb } from '../library/index.ts';
import type { BrowseResult, NoticeQueries, NoticeRow } from './queries.ts';
import type { SearchOptions } from './client.ts';

/** The part of the search worker's client these queries use. */
export type SearchPort = (request: SearchRequest, options: SearchOptions) => Promise<SearchResponse>;

/** Hits that get a body snippet: about what a screen of results shows, and a little more. */
const SNIPPETS = 30;

const NO_FACETS: Facets = { categories: [], provinces: [], agencies: [], years: [], deadline: { with: 0, without: 0, upcoming: 0, passed: 0 }, validity: { inForce: 0, ended: 0 } };

const seen = (atLeast: number | undefined): { atLeast?: number } => (atLeast === undefined ? {} : { atLeast });

export function createSearchQueries(db: LibraryDb, search: SearchPort): NoticeQueries {
  return {
    browse: async (filters, sort, today, channel, atLeast): Promise<BrowseResult> => {
      const response = await search({ query: '', filters, sort, today, limit: 0, facets: true, allIds: true }, { channel, snippets: 0, ...seen(atLeast) });
      return { ids: response.ids ?? [], facets: response.facets ?? NO_FACETS };
    },
    search: async (query, filters, limit, today, channel, atLeast) => {
      const started = performance.now();
      const response = await search({ query, filters, today, limit }, { channel, snippets: SNIPPETS, ...seen(atLeast) });
      return { total: response.total, hits: response.hits, otherForms: response.otherForms, tookMs: performance.now() - started };
    },
    rows: async (ids) =>
      (await getNoticeSummaries(db, ids)).map((notice): NoticeRow | undefined =>
        notice
          ? { id: notice.id, title: notice.title, docNumber: notice.docNumber, agencies: notice.agencies, date: notice.date, category: notice.category, deadline: notice.deadline }
          : undefined,
      ),
  };
}
