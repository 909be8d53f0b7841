// What a page indexer does with one page (page.worker.ts runs it; tests run it over
// fake-indexeddb): read the notices of these ids from the library and compute their
// features at the page's ordinals.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { PageBuilder } from '../../../shared/search/index.ts';
import type { LibraryDb } from '../library/index.ts';
import { readNotices } from './library-reader.ts';
import type { IndexedPage, SearchNotice } from './ports.ts';

/** Notices read from IndexedDB at a time (the next read is under way while these are indexed). */
const READ_PAGE = 500;

/** The notices with `ids` (ascending; null where one is gone, bodies left out) and their features at ordinals base, base + 1, …. */
export async function indexPage(db: LibraryDb, ids: readonly NoticeId[], base: number): Promise<IndexedPage> {
  const position = new Map(ids.map((id, i) => [id, i]));
  const notices: (SearchNotice | null)[] = ids.map(() => null);
  const builder = new PageBuilder(base);
  for await (const read of readNotices(db, ids, READ_PAGE)) {
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
