// Starts the search worker for the open library and answers the screens' NoticeQueries
// with it: the persisted index opens (or is built, with progress in the status bar), the
// library's change feed is forwarded to it, and the screens hear when the index has
// caught up with a change.
import { zh } from '../platform/i18n/index.ts';
import type { LibraryDb } from '../data/library/index.ts';
import { isSearchCancelled, startSearchWorker, type NoticeQueries, createSearchQueries } from '../data/search/index.ts';
import type { SearchResponse } from '../../shared/search/index.ts';
import { useAppStatus, type IndexStatus } from './app-status.ts';
import { messageOf } from './error-text.ts';
import { onSettledChanges } from './settled-changes.ts';

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
  });
  const ready = client.open().then(
    () => setIndex({ state: 'ready' }),
    (error: unknown) => {
      setIndex({ state: 'failed', message: messageOf(error) });
      throw error;
    },
  );
  // Keeps `ready` from reporting an unhandled rejection; every request awaits it and
  // fails with the same error in words.
  ready.catch(() => undefined);
  const stopFollowing = client.follow(db.changes);

  const listeners = new Set<() => void>();
  const stopWatching = onSettledChanges(db.changes, () => {
    // flush() is queued behind the changes the worker is applying, so once it answers
    // the index reflects them. (It also saves the index, which a burst would do anyway.)
    ready
      .then(() => client.flush())
      .then(
        () => listeners.forEach((listener) => listener()),
        (error: unknown) => setIndex({ state: 'failed', message: messageOf(error) }),
      );
  });

  const queries = createSearchQueries(db, {
    search: async (request, channel, snippets): Promise<SearchResponse> => {
      await ready.catch((error: unknown) => {
        throw new Error(zh.errors.searchUnavailable(messageOf(error)));
      });
      try {
        return await client.search(request, { channel, snippets });
      } catch (error) {
        // Replaced by a newer request of the same channel, whose caller has moved on.
        if (isSearchCancelled(error)) return new Promise<never>(() => {});
        throw error;
      }
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });

  return {
    queries,
    dispose: () => {
      disposed = true;
      stopWatching();
      stopFollowing();
      stopProgress();
      client.dispose();
    },
  };
}
