// The library's change feed: what the search index (renderer/data/search) and open screens
// listen to, so they update incrementally instead of re-reading 50,000 notices.
//
// Events are emitted by the repository functions AFTER their transaction has committed,
// never for a write that rolled back, and only in the thread that made the write (the
// import pipeline writes from the main thread; see renderer/data/import/pipeline.ts). Ids are
// notice / client ids. A listener that throws does not stop the others.

export type LibraryChange =
  /** New notices were stored (an import). */
  | { type: 'notices-added'; noticeIds: number[] }
  /** Existing notices changed: a later import merged into them (new source bulletin, filled-in fields). */
  | { type: 'notices-updated'; noticeIds: number[] }
  /** Notices were deleted (their last source bulletin was deleted). */
  | { type: 'notices-removed'; noticeIds: number[] }
  /** Bulletins were added or deleted (the bulletin list changed). */
  | { type: 'bulletins-changed'; bulletinIds: number[] }
  /** Tags between clients and notices were added, edited or removed. */
  | { type: 'assignments-changed'; clientIds: number[]; noticeIds: number[] }
  /** Suggestions were dismissed for a client, or restored. */
  | { type: 'dismissals-changed'; clientIds: number[]; noticeIds: number[] }
  /** Clients were created, edited or deleted (client names and tags are searchable). */
  | { type: 'clients-changed'; clientIds: number[] }
  /** A briefing was recorded. */
  | { type: 'briefings-changed'; clientIds: number[] }
  /** Settings changed. */
  | { type: 'settings-changed'; keys: string[] }
  /** Everything may have changed (a backup was restored): rebuild from scratch. */
  | { type: 'library-replaced' };

export type ChangeListener = (change: LibraryChange) => void;

export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();

  /** Calls `listener` for every later change; returns the function that stops it. */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(change: LibraryChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One broken screen must not keep the search index from hearing about a change.
        console.error('library change listener failed', error);
      }
    }
  }
}
