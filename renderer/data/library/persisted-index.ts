// The persisted search index: written and read by the search area (renderer/data/search),
// stored here so a backup carries it and the library owns every table.
import type { SearchIndexRecord } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';
import { advanceCursor, compactChanges, getCursor } from './change-log.ts';

export function loadSearchIndex(db: LibraryDb, key: string): Promise<SearchIndexRecord | undefined> {
  return db.searchIndex.get(key);
}

/**
 * Saves the index and, in the same transaction, its position in the change log (`seq`);
 * an index another window saved at a later position stays. Then the log rows every
 * consumer has applied are dropped.
 */
export async function saveSearchIndex(db: LibraryDb, record: SearchIndexRecord, seq: number): Promise<void> {
  await db.transaction('rw', [db.searchIndex, db.cursors], async () => {
    if ((await getCursor(db, 'searchIndex')) > seq && (await db.searchIndex.get(record.key))) return;
    await db.searchIndex.put(record);
    await advanceCursor(db, 'searchIndex', seq);
  });
  await compactChanges(db);
}

export async function deleteSearchIndex(db: LibraryDb, key: string): Promise<void> {
  await db.searchIndex.delete(key);
}
