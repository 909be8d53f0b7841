// The notices' matching features (shared/policy), by notice id, in the compact form the
// match engine scores. The match worker computes them from the bodies as notices arrive
// (an import's change), and the missing or outdated ones when it opens (a library from
// before matching, a restored backup, a newer extractor): off the import's transaction,
// which stays as fast as it was. The worded features (with their
// evidence sentences) are derived from the body when a reason is shown (explainFeatures).
import type { NoticeFeaturesRecord } from '../../../shared/model/library.ts';
import { compileNotice } from '../../../shared/policy/compiled-notice.ts';
import { deriveFeatures, FEATURES_VERSION, type PolicyFeatures } from '../../../shared/policy/notice-features.ts';
import type { LibraryDb } from './db.ts';

export async function getNoticeFeatures(db: LibraryDb, ids: readonly number[]): Promise<(NoticeFeaturesRecord | undefined)[]> {
  return db.noticeFeatures.bulkGet([...ids]);
}

/** The worded features of these notices (evidence sentences and all), from their bodies; by id. */
export async function explainFeatures(db: LibraryDb, ids: readonly number[]): Promise<Map<number, PolicyFeatures>> {
  const [notices, bodies] = await Promise.all([db.notices.bulkGet([...ids]), db.noticeBodies.bulkGet([...ids])]);
  const features = new Map<number, PolicyFeatures>();
  notices.forEach((notice, j) => {
    if (notice) features.set(notice.id, deriveFeatures({ title: notice.title, agencies: notice.agencies, body: bodies[j]?.body ?? [], deadline: notice.deadline }));
  });
  return features;
}

/** Computes and stores the features of these notices from their bodies; returns the records. */
export async function computeNoticeFeatures(db: LibraryDb, ids: readonly number[]): Promise<NoticeFeaturesRecord[]> {
  return db.transaction('rw', [db.notices, db.noticeBodies, db.noticeFeatures], async () => {
    const records = [...(await explainFeatures(db, ids))].map(([id, features]) => ({ id, version: FEATURES_VERSION, compiled: compileNotice(features) }));
    await db.noticeFeatures.bulkPut(records);
    return records;
  });
}

/**
 * Computes the features of notices that have none (a library from before matching, a
 * restored backup, which leaves derived tables out). Compares keys only, so opening a
 * complete library reads no features; records of an older FEATURES_VERSION are
 * recomputed when read (see isCurrent). Returns the ids it computed.
 */
export async function fillNoticeFeatures(db: LibraryDb, batch = 500): Promise<number[]> {
  const [noticeIds, featureIds] = await Promise.all([db.notices.toCollection().primaryKeys(), db.noticeFeatures.toCollection().primaryKeys()]);
  const have = new Set(featureIds);
  const missing = noticeIds.filter((id) => !have.has(id));
  for (let i = 0; i < missing.length; i += batch) await computeNoticeFeatures(db, missing.slice(i, i + batch));
  return missing;
}

/** Whether a stored record was made by today's extractor. */
export function isCurrent(record: NoticeFeaturesRecord): boolean {
  return record.version === FEATURES_VERSION;
}
