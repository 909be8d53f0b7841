// The public types of search: what goes into the index, what a request asks, what a
// response carries. Plain data, so requests and responses cross a Worker boundary as
// they are (structured clone).
import type { BulletinId, ClientId, NoticeId } from '../model/ids.ts';


/** One notice as search indexes it (the library's StoredNotice fits). */
export type SearchDoc = {
  /** The library's notice id. */
  id: NoticeId;
  title: string;
  docNumber: string | null;
  agencies: readonly string[];
  category: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** 申报截止 YYYY-MM-DD or null. */
  deadline: string | null;
  /** Paragraphs. Indexed (bigrams), never kept by the index. */
  body: readonly string[];
  /** The library's bulletins this notice was printed in (a filter). */
  bulletinIds?: readonly BulletinId[];
};

/** A client company: its name and qualifications are searchable on the notices tagged to it. */
export type SearchClient = {
  id: ClientId;
  name: string;
  qualifications: readonly string[];
};

/** A notice tagged to a client. */
export type SearchTag = { clientId: ClientId; noticeId: NoticeId };

/** [start, end) in UTF-16 code units of the text it belongs to. */
export type Range = readonly [number, number];

export type Snippet = {
  /** A short passage of the body, with … where it was cut. */
  text: string;
  ranges: Range[];
};

export type SortKey = 'relevance' | 'date' | 'deadline' | 'title' | 'docNumber' | 'agencies' | 'category';

/**
 * How results are ordered. Direction defaults to newest first for date and ascending
 * otherwise; notices without the key (no date, no deadline, no 文号) come last either way.
 * Text keys sort by pinyin (how Chinese lists are alphabetised).
 */
export type SearchSort = { key: SortKey; direction?: 'asc' | 'desc' };

export type DeadlineFilter = 'upcoming' | 'passed' | 'any' | 'none';

/**
 * 时效性: in-force, the notices not known to have ended (现行有效 and 未知); ended, the
 * ones repealed, replaced or amended by a library notice, or past their 有效期.
 */
export type ValidityFilter = 'in-force' | 'ended';

/** Filters combine with each other (AND) and with the query; a list means any of its values. */
export type SearchFilters = {
  categories?: readonly string[];
  /** Province short names (北京, 内蒙古), as shared/model/region.ts gives them. */
  provinces?: readonly string[];
  /** City short names (深圳). */
  cities?: readonly string[];
  agencies?: readonly string[];
  /** Inclusive; a notice without a date never passes a year filter. */
  yearFrom?: number;
  yearTo?: number;
  clientIds?: readonly ClientId[];
  /** upcoming: deadline on or after `today`; passed: before it; any: has one; none: has none. */
  deadline?: DeadlineFilter;
  /** Notices printed in any of these bulletins. */
  bulletinIds?: readonly BulletinId[];
  /** 时效性, as of `today`. */
  validity?: ValidityFilter;
  /** Only these notices (the library's 需核对 marks, which the index does not hold). */
  noticeIds?: readonly NoticeId[];
};

export type SearchRequest = {
  /** What the user typed; empty means browse (filters and sort only). */
  query: string;
  filters?: SearchFilters;
  /** Default: relevance for a query, date (newest first) when browsing. */
  sort?: SearchSort;
  offset?: number;
  /** Hits to return in detail (default 20). */
  limit?: number;
  /** YYYY-MM-DD, for the deadline filter and the deadline sort (default: no deadline filter). */
  today?: string;
  /** Also return facet counts of the whole result set. */
  facets?: boolean;
  /** Also return every matching id in result order (the UI's virtual list). */
  allIds?: boolean;
};

export type SearchHit = {
  id: NoticeId;
  score: number;
  title: string;
  docNumber: string | null;
  category: string;
  agencies: string[];
  date: string | null;
  deadline: string | null;
  province: string | null;
  city: string | null;
  /** Highlights in `title`. */
  titleRanges: Range[];
  /** Highlights in `docNumber`. */
  docNumberRanges: Range[];
  /** Highlights per agency, same order as `agencies`. */
  agencyRanges: Range[][];
  /** Every query term matched exactly (false: found despite a wrong or missing character). */
  exact: boolean;
  /** Repealed, replaced, amended or past its 有效期 as of the request's `today`. */
  ended: boolean;
  /** The query terms this notice lacks (it matched most of them, after those matching all). */
  lacking?: string[];
  /** Filled by the caller that has the body (SearchIndex.snippet). */
  snippet?: Snippet;
};

export type FacetCount = { value: string; count: number };

export type Facets = {
  categories: FacetCount[];
  /** `value` '' counts national notices (no province). */
  provinces: FacetCount[];
  agencies: FacetCount[];
  /** Years as text; '' counts undated notices. */
  years: FacetCount[];
  deadline: { with: number; without: number; upcoming: number; passed: number };
  /** 时效性 as of `today`. */
  validity: { inForce: number; ended: number };
};

export type SearchResponse = {
  /** Number of matching notices. */
  total: number;
  /** Terms also searched under other words (也搜索了：补助、资助). */
  otherForms?: { term: string; forms: string[] }[];
  hits: SearchHit[];
  ids?: NoticeId[];
  facets?: Facets;
};
