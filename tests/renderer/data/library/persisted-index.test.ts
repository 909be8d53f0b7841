// The persisted search index: stored as a Blob (read several times faster than a big
// Uint8Array through structured cloning), read back byte for byte; an index saved as a
// Uint8Array before still loads; a save at an older log position than the one stored
// leaves the stored one.
import '../../../support/browser-globals.ts';
import { describe, expect, it } from 'vitest';
import { loadSearchIndex, saveSearchIndex } from '../../../../renderer/data/library/index.ts';
import type { SearchIndexRecord } from '../../../../shared/model/library.ts';
import { librariesClosedAfterEach } from '../../../support/library-helpers.ts';

const { fresh } = librariesClosedAfterEach();

function record(bytes: Uint8Array, noticeCount = 3): SearchIndexRecord {
  return { key: 'notices', formatVersion: 5, noticeCount, bytes, updatedAt: '2026-12-07T10:00:00.000Z' };
}

describe('the persisted search index', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251);

  it('is stored as a Blob and read back as the same bytes', async () => {
    const db = await fresh();
    await saveSearchIndex(db, record(bytes), 4);
    expect((await db.searchIndex.get('notices'))?.bytes).toBeInstanceOf(Blob);
    const loaded = await loadSearchIndex(db, 'notices');
    expect(loaded?.bytes).toBeInstanceOf(Uint8Array);
    expect(loaded?.bytes).toEqual(bytes);
    expect(loaded).toMatchObject({ key: 'notices', formatVersion: 5, noticeCount: 3 });
  });

  it('still loads an index saved as a Uint8Array', async () => {
    const db = await fresh();
    await db.searchIndex.put(record(bytes));
    expect((await loadSearchIndex(db, 'notices'))?.bytes).toEqual(bytes);
  });

  it('keeps an index saved at a later position of the change log', async () => {
    const db = await fresh();
    await saveSearchIndex(db, record(bytes, 5), 9);
    await saveSearchIndex(db, record(new Uint8Array([1, 2, 3]), 2), 4);
    expect((await loadSearchIndex(db, 'notices'))?.noticeCount).toBe(5);
    expect(await loadSearchIndex(db, 'other')).toBeUndefined();
  });
});
