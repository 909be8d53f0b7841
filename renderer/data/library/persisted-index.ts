// The persisted search index: written and read by the search area (renderer/data/search),
// stored here so a backup carries it and the library owns every table.
import type { SearchIndexRecord } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

export function loadSearchIndex(db: LibraryDb, key: string): Promise<SearchIndexRecord | undefined> {
  return db.searchIndex.get(key);
}

export async function saveSearchIndex(db: LibraryDb, record: SearchIndexRecord): Promise<void> {
  await db.searchIndex.put(record);
}

export async function deleteSearchIndex(db: LibraryDb, key: string): Promise<void> {
  await db.searchIndex.delete(key);
}
