// The notices' matching features (shared/match), by notice id, in the compact form the
// match engine scores. Derived from the bodies by following the change log
// (catchUpNoticeFeatures, in the match worker): off the import's transaction, which stays
// as fast as it was; a restore or an upgrade derives the missing and outdated ones. The worded features (with their
// evidence sentences) are derived from the body when a reason is shown (explainFeatures).
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeFeaturesRecord } from '../../../shared/model/library.ts';
import { compileNotice } from '../../../shared/match/compiled-notice.ts';
import { deriveFeatures, FEATURES_VERSION, type NoticeFeatures } from '../../../shared/match/notice-features.ts';
import type { LibraryDb } from './db.ts';
import { catchUpDerived, type DerivedTable } from './derived-consumer.ts';

export async function getNoticeFeatures(db: LibraryDb, ids: readonly NoticeId[]): Promise<(NoticeFeaturesRecord | undefined)[]> {
  return db.noticeFeatures.bulkGet([...ids]);
}

/** The worded features of these notices (evidence sentences and all), from their bodies; by id. */
export async function explainFeatures(db: LibraryDb, ids: readonly NoticeId[]): Promise<Map<NoticeId, NoticeFeatures>> {
  const [notices, bodies] = await Promise.all([db.notices.bulkGet([...ids]), db.noticeBodies.bulkGet([...ids])]);
  const features = new Map<NoticeId, NoticeFeatures>();
  notices.forEach((notice, j) => {
    if (!notice) return;
    const { title, agencies, deadline, url, addressees, forwardedBy } = notice;
    features.set(notice.id, deriveFeatures({ title, agencies, body: bodies[j]?.body ?? [], deadline, url, ...(addressees ? { addressees } : {}), ...(forwardedBy ? { forwardedBy } : {}) }));
  });
  return features;
}

/** The features table as a consumer of the change log (derived-consumer.ts). */
export const NOTICE_FEATURES: DerivedTable<NoticeFeaturesRecord> = {
  consumer: 'noticeFeatures',
  table: (db) => db.noticeFeatures,
  derive: async (db, ids) => [...(await explainFeatures(db, ids))].map(([id, features]) => ({ id, version: FEATURES_VERSION, compiled: compileNotice(features) })),
  isCurrent: (record) => isCurrent(record),
  version: FEATURES_VERSION,
};

/**
 * Brings the features up to the change log (the match worker runs it before it reads
 * them). Returns the ids whose record changed.
 */
export function catchUpNoticeFeatures(db: LibraryDb): Promise<NoticeId[]> {
  return catchUpDerived(db, NOTICE_FEATURES);
}

/** Whether a stored record was made by today's extractor. */
export function isCurrent(record: NoticeFeaturesRecord): boolean {
  return record.version === FEATURES_VERSION;
}
