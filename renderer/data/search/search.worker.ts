// The search worker: the SearchIndex of the library's notices, off the UI thread. It opens
// its own connection to the library (IndexedDB works in workers), follows the library's
// change log from its own thread (a write in any window or worker wakes it), and builds a
// big index with page indexers on the other cores (indexer-pool.ts).
import { openLibrary, watchChangeHead } from '../library/index.ts';
import { serveRpc } from '../../platform/worker-rpc/index.ts';
import { SearchService } from './service.ts';
import { libraryIndexStore, libraryRelationsReader, librarySearchReader } from './library-reader.ts';
import { searchHandlers } from './worker-handlers.ts';
import { workerIndexerPool } from './indexer-pool.ts';
import { problemOf } from './errors.ts';
import type { SearchProgress } from './protocol.ts';

let post: (event: SearchProgress) => void = () => undefined;

const handlers = searchHandlers(
  async (library, onProgress) => {
    const db = await openLibrary(library);
    const service = new SearchService(librarySearchReader(db), libraryIndexStore(db), { onProgress, pageIndexer: workerIndexerPool(library), relations: libraryRelationsReader(db) });
    watchChangeHead(db, () => {
      service.catchUp().catch((error: unknown) => console.error('search index catch-up failed', error));
    });
    return service;
  },
  (progress) => post(progress),
);

post = serveRpc(self, handlers, { problemOf });
