// What the screens ask of the notice collection: a filtered, sorted browse of the whole
// library with facet counts (the 资料库 list), ranked search with highlights (搜索), and
// the rows of a window of ids (the virtualised list draws only those).
//
// The search worker answers these at 50,000 notices; the screens depend only on this
// port so that they do not care who answers. Filters, sort, facets and hits are the
// search engine's own types (shared/search/types.ts): one vocabulary from the screen
// to the index.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeSummary } from '../../../shared/model/library.ts';
import type { FacetCount, Facets, SearchFilters, SearchResponse, SearchSort } from '../../../shared/search/index.ts';

/** A facet value with its count; `label` when the value is an id (a client's). */
export type FacetEntry = FacetCount & { label?: string };

export type BrowseResult = { ids: readonly NoticeId[]; facets: Facets };

/** A search's answer, and how long it took through the worker. */
export type TimedSearchResponse = Pick<SearchResponse, 'hits' | 'total' | 'otherForms'> & { tookMs: number };

/** What a row of the notice list shows (a NoticeSummary and a search hit both fit). */
export type NoticeRow = Pick<NoticeSummary, 'id' | 'title' | 'docNumber' | 'agencies' | 'date' | 'category' | 'deadline'>;

/**
 * Requests of one channel replace each other: a newer one makes an older one of the same
 * channel moot (it rejects with CancelledError, which the caller ignores). Each list or
 * box asks in its own channel. `atLeast` is the library's change-log sequence the screen
 * saw (useLibrarySeq): the answer reflects at least that.
 */
export type NoticeQueries = {
  browse: (filters: SearchFilters, sort: SearchSort, today: string, channel: string, atLeast?: number) => Promise<BrowseResult>;
  search: (query: string, filters: SearchFilters, limit: number, today: string, channel: string, atLeast?: number) => Promise<TimedSearchResponse>;
  rows: (ids: readonly NoticeId[]) => Promise<(NoticeRow | undefined)[]>;
};
