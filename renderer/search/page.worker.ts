// A page indexer: one of the workers a build of a big library spreads over (see
// indexer-pool.ts). It reads the notices of a page from the library itself (IndexedDB
// works in every worker, so bodies never cross postMessage), computes their features
// (PageBuilder) and hands back the notices without bodies and the segment.
import { PageBuilder } from '../../shared/search/index.ts';
import { openLibrary, type LibraryDb } from '../library/index.ts';
import { readNotices } from './library-source.ts';
import type { PageRequest, PageResponse } from './page-protocol.ts';
import type { IndexedPage, SourceNotice } from './ports.ts';

/** Notices read from IndexedDB at a time (the next read is under way while these are indexed). */
const READ_PAGE = 500;

type WorkerScope = {
  onmessage: ((event: MessageEvent<PageRequest>) => void) | null;
  postMessage: (message: PageResponse, transfer: Transferable[]) => void;
};

const scope = self as unknown as WorkerScope;
const libraries = new Map<string, Promise<LibraryDb>>();

async function indexPage(request: PageRequest): Promise<IndexedPage> {
  const name = request.library ?? '';
  let db = libraries.get(name);
  if (!db) libraries.set(name, (db = request.library === undefined ? openLibrary() : openLibrary(request.library)));
  const position = new Map(request.ids.map((id, i) => [id, i]));
  const notices: (SourceNotice | null)[] = request.ids.map(() => null);
  const builder = new PageBuilder(request.base);
  for await (const read of readNotices(await db, request.ids, READ_PAGE)) {
    for (const notice of read) {
      const at = position.get(notice.id);
      // A notice added after the build listed the ids: the catching up that follows adds it.
      if (at === undefined) continue;
      builder.add(at, notice);
      notices[at] = { ...notice, body: [] };
    }
  }
  return { notices, segment: builder.finish() };
}

scope.onmessage = (event) => {
  const { id } = event.data;
  indexPage(event.data).then(
    (page) => {
      const { keys, counts, starts, data } = page.segment;
      scope.postMessage({ id, ok: true, page }, [keys.buffer, counts.buffer, starts.buffer, data.buffer]);
    },
    (error: unknown) => scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }, []),
  );
};
