// Starts the search worker for the open library and answers the screens' NoticeQueries
// with it: the persisted index opens (or is built, with progress in the status bar). The
// worker follows the library's change log itself; a screen's question carries the
// sequence it saw (useLibrarySeq), and the answer reflects it.
import { zh } from '../platform/i18n/index.ts';
import type { LibraryDb } from '../data/library/index.ts';
import { startSearchWorker, type NoticeQueries, createSearchQueries } from '../data/search/index.ts';
import type { SearchResponse } from '../../shared/search/index.ts';
import { useAppStatus, type IndexStatus } from './app-status.ts';
import { messageOf } from './error-text.ts';

export type SearchEngine = { queries: NoticeQueries; dispose: () => void };

export function startSearchEngine(db: LibraryDb): SearchEngine {
  const client = startSearchWorker();
  // Only the engine in use speaks to the status bar. An engine disposed before its index
  // opened (React starts effects twice in development, a library swapped under it) fails
  // its open request: that is not the index failing, and must not show as 搜索索引不可用
  // over the engine that replaced it.
  let disposed = false;
  const setIndex = (index: IndexStatus): void => {
    if (!disposed) useAppStatus.getState().setIndex(index);
  };
  setIndex({ state: 'loading' });
  const stopProgress = client.onProgress((progress) => {
    if (progress.phase === 'building') setIndex({ state: 'building', done: progress.done, total: progress.total ?? 0 });
    else if (progress.phase === 'saving' && progress.done === progress.total) setIndex({ state: 'ready' });
  });
  const ready = client.open(db.name).then(
    () => setIndex({ state: 'ready' }),
    (error: unknown) => {
      setIndex({ state: 'failed', message: messageOf(error) });
      throw error;
    },
  );
  // Keeps `ready` from reporting an unhandled rejection; every request awaits it and
  // fails with the same error in words.
  ready.catch(() => undefined);

  const queries = createSearchQueries(db, async (request, options): Promise<SearchResponse> => {
    await ready.catch((error: unknown) => {
      throw new Error(zh.errors.searchUnavailable(messageOf(error)));
    });
    // A search replaced by a newer one of its channel rejects with CancelledError: the
    // caller has moved on (useAsyncResult drops the outcome of a run that is not the latest).
    return client.search(request, options);
  });

  return {
    queries,
    dispose: () => {
      disposed = true;
      stopProgress();
      client.dispose();
    },
  };
}
