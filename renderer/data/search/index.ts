// The search area of the renderer: a Web Worker holding the index of the library's
// notices (search.worker.ts) and its typed client. The UI starts it once:
//   const search = startSearchWorker();
//   await search.open();            // persisted index: searchable within a second
//   const response = await search.search({ query, filters, limit: 50 }, { channel: 'search-box', snippets: 20, atLeast: seq });
// The worker follows the library's change log itself (search.worker.ts).
export { SearchWorkerClient, startSearchWorker, type SearchOptions, type WorkerPort } from './client.ts';
export { SearchError, type SearchProblem } from './errors.ts';
export type { OpenReport, SearchProgress, SearchStatus } from './protocol.ts';
export { searchHandlers, type SearchHandlers } from './worker-handlers.ts';
export { SearchService, type ServiceOptions } from './service.ts';
export { INDEX_KEY, type IndexStore, type SearchDocReader, type SearchNotice } from './ports.ts';
export { libraryIndexStore, librarySearchReader, toSearchNotice } from './library-reader.ts';
// What the screens ask of the notice collection, and its answer by the search worker.
export type { BrowseResult, FacetEntry, NoticeQueries, NoticeRow, TimedSearchResponse } from './queries.ts';
export { createSearchQueries } from './worker-queries.ts';
