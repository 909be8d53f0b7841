// A page indexer: one of the workers a build of a big library spreads over (see
// indexer-pool.ts). It reads the notices of a page from the library itself (IndexedDB
// works in every worker, so bodies never cross postMessage), computes their features
// and hands back the notices without bodies and the segment (page-index.ts), the
// segment's arrays transferred rather than copied.
import { serveRpc } from '../../platform/worker-rpc/index.ts';
import { pageHandlers } from './page-handlers.ts';
import type { IndexedPage } from './ports.ts';

serveRpc(self, pageHandlers(), {
  transferOf: (result) => {
    const { keys, counts, starts, data } = (result as IndexedPage).segment;
    return [keys.buffer, counts.buffer, starts.buffer, data.buffer];
  },
});
