// Chinese fuzzy search over the library's notices (issue 7). The renderer runs it in a
// Web Worker (renderer/data/search); the command line and tests use it directly.
export { SearchIndex, type IndexStats } from './search-index.ts';
export { PageBuilder } from './page-builder.ts';
export type { Segment } from './postings.ts';
export { FORMAT_VERSION, IndexFormatError, formatVersionOf } from './serialize.ts';
export { FUSE_OPTIONS, RERANK_COUNT } from './rank.ts';
export { planQuery, type QueryPlan } from './query.ts';
export { warmUpOn, warmUpOnSample, WARM_UP_QUERIES } from './warm-up.ts';
export { highlightRanges, makeSnippet, SNIPPET_LENGTH } from './highlight.ts';
export { docNumberParts, type DocNumberParts } from './doc-number-parts.ts';
export { toSimplified, foldQuery, splitTerms } from './fold-query.ts';
export { NO_FILTERS, choose, chosen, chosenYear, hasFilters, isDeadlineFilter, isValidityFilter, namedCounts, withValue, withYear } from './filters.ts';
export type {
  DeadlineFilter,
  ValidityFilter,
  FacetCount,
  Facets,
  Range,
  SearchTag,
  SearchClient,
  SearchDoc,
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Snippet,
  SearchSort,
  SortKey,
} from './types.ts';
