// Bulletins (imported files). They are added only by the import (renderer/data/import).
import type { BulletinId, ClientId, NoticeId, TagId } from '../../../shared/model/ids.ts';
import type { StoredBulletin } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';

/** Every bulletin, most recently imported first. */
export async function listBulletins(db: LibraryDb): Promise<StoredBulletin[]> {
  return (await db.bulletins.orderBy('importedAt').toArray()).reverse();
}

export function getBulletin(db: LibraryDb, id: BulletinId): Promise<StoredBulletin | undefined> {
  return db.bulletins.get(id);
}

/** The bulletin imported from a file with these bytes (its SHA-256, hex), as its first source or another, if any. */
export async function findBulletinByHash(db: LibraryDb, contentHash: string): Promise<StoredBulletin | undefined> {
  return (await db.bulletins.where('contentHash').equals(contentHash).first()) ?? (await db.bulletins.where('sourceHashes').equals(contentHash).first());
}

/** Periodical bulletins (one row each, whatever files they came from), not the bulletins of single notices. */
export async function countBulletins(db: LibraryDb): Promise<number> {
  // Index counts only: the status bar runs this after every stored file. A bulletin row has
  // no `kind`, so only the single-notice sources are in that index.
  const [all, single] = await Promise.all([db.bulletins.count(), db.bulletins.where('kind').anyOf('notice', 'notices').count()]);
  return all - single;
}

/** What deleting a bulletin would do; the UI shows it before asking. */
export type BulletinDeletion = {
  /** Notices printed only in this bulletin: they go, with their client tags. */
  removedNoticeIds: NoticeId[];
  /** Notices also printed in another bulletin: they stay, without this source. */
  keptNoticeIds: NoticeId[];
  /** Client tags on the removed notices. */
  removedTagIds: TagId[];
  /** The clients those tags belonged to. */
  affectedClientIds: ClientId[];
};

export async function previewBulletinDeletion(db: LibraryDb, id: BulletinId): Promise<BulletinDeletion> {
  return db.transaction('r', [db.notices, db.tags], () => planDeletion(db, id));
}

/**
 * Deletes a bulletin in one transaction: notices only it contained go (with bodies and
 * client tags), notices that other bulletins also contain lose it as a source.
 */
export async function deleteBulletin(db: LibraryDb, id: BulletinId): Promise<BulletinDeletion> {
  const plan = await db.transaction('rw', [db.bulletins, db.notices, db.noticeBodies, db.noticeFeatures, db.noticeRelations, db.dismissals, db.tags], async () => {
    if (!(await db.bulletins.get(id))) throw new LibraryError({ code: 'not-found', what: 'bulletin' });
    const deletion = await planDeletion(db, id);
    const kept = await db.notices.bulkGet(deletion.keptNoticeIds);
    const updatedAt = new Date().toISOString();
    await db.notices.bulkPut(
      kept.flatMap((notice) =>
        notice ? [{ ...notice, sourceBulletinIds: notice.sourceBulletinIds.filter((source) => source !== id), updatedAt }] : [],
      ),
    );
    await db.notices.bulkDelete(deletion.removedNoticeIds);
    await db.noticeBodies.bulkDelete(deletion.removedNoticeIds);
    await db.noticeFeatures.bulkDelete(deletion.removedNoticeIds);
    await db.noticeRelations.bulkDelete(deletion.removedNoticeIds);
    await db.dismissals.where('noticeId').anyOf(deletion.removedNoticeIds).delete();
    await db.tags.bulkDelete(deletion.removedTagIds);
    await db.bulletins.delete(id);
    return deletion;
  });
  return plan;
}

async function planDeletion(db: LibraryDb, id: BulletinId): Promise<BulletinDeletion> {
  const notices = await db.notices.where('sourceBulletinIds').equals(id).toArray();
  const removedNoticeIds = notices.filter((n) => n.sourceBulletinIds.every((s) => s === id)).map((n) => n.id);
  const keptNoticeIds = notices.filter((n) => n.sourceBulletinIds.some((s) => s !== id)).map((n) => n.id);
  const tags = await db.tags.where('noticeId').anyOf(removedNoticeIds).toArray();
  return {
    removedNoticeIds,
    keptNoticeIds,
    removedTagIds: tags.map((a) => a.id),
    affectedClientIds: [...new Set(tags.map((a) => a.clientId))],
  };
}
