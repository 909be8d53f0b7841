// Messages between the search client (UI thread) and the search worker. Plain data
// (structured clone); every request but `change` carries an id its answer repeats.
import type { LibraryChange } from '../library/index.ts';
import type { SearchRequest, SearchResponse } from '../../../shared/search/index.ts';
import type { SearchProblem } from './errors.ts';

/** What the worker is doing, for a progress bar or a status line. */
export type SearchProgress = {
  phase: 'loading' | 'building' | 'syncing' | 'saving';
  done: number;
  /** Null while unknown. */
  total: number | null;
};

/** How the index became available. */
export type OpenReport = {
  documents: number;
  /** persisted: loaded from the library's searchIndex table; built: made from the notices. */
  from: 'persisted' | 'built';
  /** Why it was built: there was none, it was of another format, unreadable, or asked for. */
  reason?: 'missing' | 'format' | 'corrupt' | 'requested' | 'replaced';
  ms: number;
  /**
   * Where the time went, in ms: `read` waiting for IndexedDB (the persisted index, or
   * the pages of notices not already read while the previous page was indexed) or, in
   * a build spread over page indexers, for their pages; `decode` making the index from
   * its bytes; `index` indexing notices (adopting the indexers' pages); `merge` merging
   * postings. A built index is saved after it is reported (the write queue).
   */
  phases: Partial<Record<'read' | 'decode' | 'index' | 'merge', number>>;
  /** A built index: how many threads computed its features (page indexers, or 1). */
  threads?: number;
};

export type SearchStatus = {
  state: 'closed' | 'opening' | 'building' | 'ready' | 'failed';
  documents: number;
  error?: string;
};

/** The requests with an answer, and the type of each answer. */
export type Calls = {
  open: { params: { library?: string }; result: OpenReport };
  search: { params: { request: SearchRequest; snippets: number }; result: SearchResponse };
  rebuild: { params: Record<string, never>; result: OpenReport };
  status: { params: Record<string, never>; result: SearchStatus };
  /** Saves the index now (before the window closes). */
  flush: { params: Record<string, never>; result: null };
};

export type CallType = keyof Calls;

export type WorkerRequest =
  | { [K in CallType]: { id: number; type: K } & Calls[K]['params'] }[CallType]
  | { type: 'change'; change: LibraryChange }
  | { type: 'cancel'; target: number };

export type WorkerResponse =
  | { id: number; ok: true; result: Calls[CallType]['result'] }
  | { id: number; ok: false; error: SearchProblem; cancelled?: boolean }
  | { type: 'progress'; progress: SearchProgress };
