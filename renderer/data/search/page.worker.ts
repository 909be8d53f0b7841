// A page indexer: one of the workers a build of a big library spreads over (see
// indexer-pool.ts). It reads the notices of a page from the library itself (IndexedDB
// works in every worker, so bodies never cross postMessage), computes their features
// and hands back the notices without bodies and the segment (page-index.ts), the
// segment's arrays transferred rather than copied.
import { openLibrary, type LibraryDb } from '../library/index.ts';
import { indexPage } from './page-index.ts';
import type { PageRequest, PageResponse } from './page-protocol.ts';

type WorkerScope = {
  onmessage: ((event: MessageEvent<PageRequest>) => void) | null;
  postMessage: (message: PageResponse, transfer: Transferable[]) => void;
};

const scope = self as unknown as WorkerScope;
const libraries = new Map<string, Promise<LibraryDb>>();

function library(name: string | undefined): Promise<LibraryDb> {
  let db = libraries.get(name ?? '');
  if (!db) libraries.set(name ?? '', (db = name === undefined ? openLibrary() : openLibrary(name)));
  return db;
}

scope.onmessage = (event) => {
  const { id, ids, base } = event.data;
  library(event.data.library)
    .then((db) => indexPage(db, ids, base))
    .then(
      (page) => {
        const { keys, counts, starts, data } = page.segment;
        scope.postMessage({ id, ok: true, page }, [keys.buffer, counts.buffer, starts.buffer, data.buffer]);
      },
      (error: unknown) => scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }, []),
    );
};
