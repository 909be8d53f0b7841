// What the screens ask of the notice collection: a filtered, sorted browse of the whole
// library with facet counts (the 资料库 list), ranked search with highlights (搜索), and
// the rows of a window of ids (the virtualised list draws only those).
//
// The search helper's worker (renderer/search) answers these at 50,000 notices; the
// screens depend only on this port so that they do not care who answers.
import type { NoticeSummary } from '../../../shared/model/library.ts';

export type DeadlineFacet = 'any' | 'has' | 'upcoming' | 'passed';

export type ListFilters = {
  category: string | null;
  province: string | null;
  agency: string | null;
  year: number | null;
  deadline: DeadlineFacet;
  bulletinId: number | null;
  /** Notices tagged to this client. */
  clientId: number | null;
};

export const NO_LIST_FILTERS: ListFilters = {
  category: null,
  province: null,
  agency: null,
  year: null,
  deadline: 'any',
  bulletinId: null,
  clientId: null,
};

export type SortKey = 'title' | 'docNumber' | 'agencies' | 'date' | 'category' | 'deadline';
export type SortDirection = 'asc' | 'desc';
export type ListSort = { key: SortKey; direction: SortDirection };

export type FacetCount = { value: string; count: number };

/** A facet value with its count; `label` when the value is an id (a client's). */
export type FacetEntry = FacetCount & { label?: string };

export type Facets = {
  category: FacetCount[];
  province: FacetCount[];
  agency: FacetCount[];
  year: FacetCount[];
  deadline: { has: number; upcoming: number; passed: number };
};

export type BrowseResult = { ids: readonly number[]; facets: Facets };

/** [start, end) character offsets to highlight. */
export type Range = readonly [number, number];

export type SearchHit = {
  id: number;
  title: string;
  titleRanges: readonly Range[];
  snippet: string;
  snippetRanges: readonly Range[];
  docNumber: string | null;
  agencies: readonly string[];
  date: string | null;
  category: string;
  deadline: string | null;
};

export type SearchFiltersQuery = {
  category: string | null;
  province: string | null;
  agency: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  deadline: 'any' | 'upcoming' | 'passed';
  clientId: number | null;
};

/** What a row of the notice list shows (a NoticeSummary and a search hit both fit). */
export type NoticeRow = Pick<NoticeSummary, 'id' | 'title' | 'docNumber' | 'agencies' | 'date' | 'category' | 'deadline'>;

export type SearchResponse = { hits: readonly SearchHit[]; total: number; tookMs: number };

/**
 * Requests of one channel replace each other: a newer one makes an older one of the same
 * channel moot (it never settles). Each list or box asks in its own channel.
 */
export type NoticeQueries = {
  browse: (filters: ListFilters, sort: ListSort, today: string, channel: string) => Promise<BrowseResult>;
  search: (query: string, filters: SearchFiltersQuery, limit: number, today: string, channel: string) => Promise<SearchResponse>;
  rows: (ids: readonly number[]) => Promise<(NoticeRow | undefined)[]>;
  /** Calls back whenever results may have changed (an import, a restore); returns unsubscribe. */
  onChange: (listener: () => void) => () => void;
};
