// The original a notice was read from: the text of the file (and a saved web page's own
// HTML), kept by file id since schema v7 so the reader can show it beside the fields the
// parser gave. Files imported earlier have none.
import type { BulletinId } from '../../../shared/model/ids.ts';
import type { NoticeSummary, StoredOriginal } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

/** The original of one stored file, or undefined (no such file, or imported before originals were kept). */
export function getOriginal(db: LibraryDb, fileId: BulletinId): Promise<StoredOriginal | undefined> {
  return db.originals.get(fileId);
}

/**
 * The original of a notice: that of the first of its files (oldest import first) that has
 * one, or null when none has (all were imported before the app kept originals).
 */
export async function originalOfNotice(db: LibraryDb, notice: Pick<NoticeSummary, 'sourceBulletinIds'>): Promise<StoredOriginal | null> {
  const originals = await db.originals.bulkGet([...notice.sourceBulletinIds]);
  return originals.find((original): original is StoredOriginal => original !== undefined) ?? null;
}
