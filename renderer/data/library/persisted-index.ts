// The persisted search index: written and read by the search area (renderer/data/search),
// stored here so the library owns every table (it is derived: a backup leaves it out).
//
// The bytes are stored as a Blob. Read as a Uint8Array, IndexedDB hands over a value of
// tens of MB through structured cloning, about three times slower than reading a Blob's
// file (Chromium, 50,000 notices: 0.6–1.0 s against 0.23–0.33 s): most of the time it
// takes a big library to be searchable after opening. An index saved as a Uint8Array
// (before) still loads.
import type { SearchIndexRecord } from '../../../shared/model/library.ts';
import type { LibraryDb, StoredSearchIndex } from './db.ts';
import { advanceCursor, compactChanges, getCursor } from './change-log.ts';

export async function loadSearchIndex(db: LibraryDb, key: string): Promise<SearchIndexRecord | undefined> {
  const stored = await db.searchIndex.get(key);
  if (!stored) return undefined;
  const { bytes, ...rest } = stored;
  return { ...rest, bytes: bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes };
}

/**
 * Saves the index and, in the same transaction, its position in the change log (`seq`);
 * an index another window saved at a later position stays. Then the log rows every
 * consumer has applied are dropped.
 */
export async function saveSearchIndex(db: LibraryDb, record: SearchIndexRecord, seq: number): Promise<void> {
  // (A Blob cannot be made from a view on shared memory; such a view is copied.)
  const bytes = record.bytes.buffer instanceof ArrayBuffer ? (record.bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(record.bytes);
  const stored: StoredSearchIndex = { ...record, bytes: new Blob([bytes]) };
  await db.transaction('rw', [db.searchIndex, db.cursors], async () => {
    // (Its key only: whether one is there, without reading its bytes.)
    if ((await getCursor(db, 'searchIndex')) > seq && (await db.searchIndex.where(':id').equals(record.key).count()) > 0) return;
    await db.searchIndex.put(stored);
    await advanceCursor(db, 'searchIndex', seq);
  });
  await compactChanges(db);
}

export async function deleteSearchIndex(db: LibraryDb, key: string): Promise<void> {
  await db.searchIndex.delete(key);
}
