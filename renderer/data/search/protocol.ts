// What the search worker answers (worker-handlers.ts) and the events it sends: plain data.
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
  /** Why it was built: there was none, it was of another format, unreadable, asked for, or the library was replaced (a restore, an upgrade). */
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
