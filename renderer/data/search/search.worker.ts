// The search worker: the SearchIndex of the library's notices, off the UI thread. It opens
// its own connection to the library (IndexedDB works in workers), and builds a big index
// with page indexers on the other cores (indexer-pool.ts); the UI thread forwards
// the library's change feed (SearchWorkerClient.follow), since changes are announced in
// the thread that made them.
import { openLibrary } from '../library/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { SearchService } from './service.ts';
import { libraryIndexStore, libraryRefsSource, librarySource } from './library-source.ts';
import { createWorkerHandler } from './worker-handler.ts';
import { workerIndexerPool } from './indexer-pool.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is this much.
type WorkerScope = {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

const scope = self as unknown as WorkerScope;

const handle = createWorkerHandler(
  (message) => scope.postMessage(message),
  async (library, onProgress) => {
    const db = await openLibrary(library);
    return new SearchService(librarySource(db), libraryIndexStore(db), { onProgress, pageIndexer: workerIndexerPool(library), relations: libraryRefsSource(db) });
  },
);

scope.onmessage = (event) => handle(event.data);
