// The match worker: the MatchService off the UI thread, over its own connection to the
// library, following the library's change log from its own thread.
import { openLibrary, watchChangeHead } from '../library/index.ts';
import { serveRpc } from '../../platform/worker-rpc/index.ts';
import { libraryMatchReader } from './library-reader.ts';
import { MatchService } from './service.ts';
import { matchHandlers } from './worker-handlers.ts';

serveRpc(
  self,
  matchHandlers(async (library, today) => {
    const db = await openLibrary(library);
    const service = new MatchService(libraryMatchReader(db), today);
    watchChangeHead(db, () => {
      service.catchUp().catch((error: unknown) => console.error('match catch-up failed', error));
    });
    return service;
  }),
);
