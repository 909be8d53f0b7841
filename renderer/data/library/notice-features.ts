// The notices' matching features (shared/policy), by notice id. Written by the import
// (store-bulletin.ts); the match worker reads them and computes the missing or outdated
// ones (a library from before matching, a newer extractor) from the bodies.
import type { NoticeFeaturesRecord } from '../../../shared/model/library.ts';
import { deriveFeatures, FEATURES_VERSION } from '../../../shared/policy/notice-features.ts';
import type { LibraryDb } from './db.ts';

export async function getNoticeFeatures(db: LibraryDb, ids: readonly number[]): Promise<(NoticeFeaturesRecord | undefined)[]> {
  return db.noticeFeatures.bulkGet([...ids]);
}

/** Every features record, in id order, a page at a time (50,000 of them do not fit one read comfortably). */
export async function forEachNoticeFeatures(db: LibraryDb, page: number, visit: (records: NoticeFeaturesRecord[]) => void): Promise<void> {
  let after = -Infinity;
  for (;;) {
    const records = await db.noticeFeatures.where(':id').above(after).limit(page).toArray();
    if (records.length === 0) return;
    visit(records);
    after = records[records.length - 1]?.id ?? after;
  }
}

/**
 * Computes and stores the features of notices that have none or an older version's.
 * Returns the ids it computed.
 */
export async function fillNoticeFeatures(db: LibraryDb, batch = 500): Promise<number[]> {
  const noticeIds = await db.notices.toCollection().primaryKeys();
  const haveIds = new Set<number>();
  await forEachNoticeFeatures(db, 2000, (records) => {
    for (const r of records) if (r.features.version === FEATURES_VERSION) haveIds.add(r.id);
  });
  const missing = noticeIds.filter((id) => !haveIds.has(id));
  for (let i = 0; i < missing.length; i += batch) {
    const ids = missing.slice(i, i + batch);
    await db.transaction('rw', [db.notices, db.noticeBodies, db.noticeFeatures], async () => {
      const [notices, bodies] = await Promise.all([db.notices.bulkGet(ids), db.noticeBodies.bulkGet(ids)]);
      const records = notices.flatMap((notice, j) =>
        notice ? [{ id: notice.id, features: deriveFeatures({ title: notice.title, agencies: notice.agencies, body: bodies[j]?.body ?? [], deadline: notice.deadline }) }] : [],
      );
      await db.noticeFeatures.bulkPut(records);
    });
  }
  return missing;
}
