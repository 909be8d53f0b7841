// The page indexer's handler map (served with worker-rpc): a page of notice ids in, their
// notices and features out.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { openLibrary, type LibraryDb } from '../library/index.ts';
import { indexPage } from './page-index.ts';
import type { IndexedPage } from './ports.ts';

export type PageParams = {
  /** The IndexedDB name of the library (the app's when absent). */
  library?: string;
  ids: NoticeId[];
  base: number;
};

export function pageHandlers() {
  const libraries = new Map<string, Promise<LibraryDb>>();
  const library = (name: string | undefined): Promise<LibraryDb> => {
    let db = libraries.get(name ?? '');
    if (!db) libraries.set(name ?? '', (db = name === undefined ? openLibrary() : openLibrary(name)));
    return db;
  };
  return {
    index: async (params: PageParams): Promise<IndexedPage> => indexPage(await library(params.library), params.ids, params.base),
  };
}

export type PageHandlers = ReturnType<typeof pageHandlers>;
