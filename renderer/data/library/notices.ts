// Reading notices. Notices are written only by the import (renderer/data/import) and removed
// only with their last bulletin (bulletins.ts): a consultant does not edit a government notice.
import { compareIds, newerImportFirst, type BulletinId, type NoticeId } from '../../../shared/model/ids.ts';
import type { Collection } from 'dexie';
import type { NoticeSummary, StoredNotice } from '../../../shared/model/library.ts';
import type { NoticeDeadline } from '../../../shared/model/notice.ts';
import { deadlinesOf } from '../../../shared/model/deadlines.ts';
import { docNumberKey } from '../../../shared/text/normalize.ts';
import type { LibraryDb } from './db.ts';

/** One whole notice (with its body), or undefined. */
export async function getNotice(db: LibraryDb, id: NoticeId): Promise<StoredNotice | undefined> {
  const [notice] = await getNotices(db, [id]);
  return notice;
}

/** Whole notices for `ids`, in the same order; undefined where an id is not in the library. */
export async function getNotices(db: LibraryDb, ids: readonly NoticeId[]): Promise<(StoredNotice | undefined)[]> {
  return db.transaction('r', [db.notices, db.noticeBodies], async () => {
    const [summaries, bodies] = await Promise.all([db.notices.bulkGet([...ids]), db.noticeBodies.bulkGet([...ids])]);
    return summaries.map((summary, i) => (summary ? { ...summary, body: bodies[i]?.body ?? [] } : undefined));
  });
}

/**
 * Notices without their bodies for `ids`, in the same order; undefined where an id is
 * not in the library. What a list needs for its visible rows.
 */
export async function getNoticeSummaries(db: LibraryDb, ids: readonly NoticeId[]): Promise<(NoticeSummary | undefined)[]> {
  return db.notices.bulkGet([...ids]);
}

/**
 * Every notice without its body, newest first (by date, undated last, then newest id).
 * This is what the notice list, its facets and sorts work on: at 50,000 notices it is a
 * few tens of MB, where the bodies would be hundreds.
 */
export async function listNoticeSummaries(db: LibraryDb): Promise<NoticeSummary[]> {
  const all = await db.notices.toArray();
  return all.sort(byDateDesc);
}

export function countNotices(db: LibraryDb): Promise<number> {
  return db.notices.count();
}

/** The notices of one bulletin, in printed order. */
export async function noticesOfBulletin(db: LibraryDb, bulletinId: BulletinId): Promise<NoticeSummary[]> {
  return db.transaction('r', [db.bulletins, db.notices], async () => {
    const bulletin = await db.bulletins.get(bulletinId);
    if (!bulletin) return [];
    const notices = await db.notices.bulkGet(bulletin.noticeIds);
    return notices.filter((notice): notice is NoticeSummary => notice !== undefined);
  });
}

/**
 * The notices whose 文号 is `docNumber` in any printing (〔〕, [], （）, spaces, widths),
 * e.g. to link a cited 文号 to the cited notice.
 */
export function findNoticesByDocNumber(db: LibraryDb, docNumber: string): Promise<NoticeSummary[]> {
  return db.notices.where('docKey').equals(docNumberKey(docNumber)).toArray();
}

export type NoticeFilter = {
  category?: string;
  agency?: string;
  year?: number;
  /** A province short name (北京, 山西, …) as deriveProvince gives it. */
  province?: string;
  bulletinId?: BulletinId;
};

/**
 * Notices matching every given criterion, newest first. One criterion goes through its
 * index, the others are checked on the (already narrowed) rows.
 */
export async function findNotices(db: LibraryDb, filter: NoticeFilter): Promise<NoticeSummary[]> {
  const { category, agency, year, province } = filter;
  const collection = narrow(db, filter);
  const rows = await collection
    .filter(
      (notice) =>
        (category === undefined || notice.category === category) &&
        (agency === undefined || notice.agencies.includes(agency)) &&
        (year === undefined || notice.year === year) &&
        (province === undefined || notice.province === province),
    )
    .toArray();
  return rows.sort(byDateDesc);
}

/** A span of days, YYYY-MM-DD: from `from` on, up to `to` (both included) if given. */
export type DeadlineRange = { from: string; to?: string };

/** One deadline of a notice: a notice with the applicant's and the district's date is two of these. */
export type NoticeDeadlineEntry = { notice: NoticeSummary; deadline: NoticeDeadline };

/**
 * Notices with any deadline in the range, soonest (first such deadline) first. Found
 * through the multi-entry `deadlineDates` index, so a notice whose applicant's date has
 * passed but whose district's has not is found too; and through `deadline`, for a row
 * written without the index (a library restored from an older backup).
 */
export async function noticesWithDeadline(db: LibraryDb, range: DeadlineRange): Promise<NoticeSummary[]> {
  const entries = await deadlineEntries(db, range);
  const seen = new Set<NoticeId>();
  return entries.flatMap(({ notice }) => (seen.has(notice.id) ? [] : (seen.add(notice.id), [notice])));
}

/**
 * Every deadline in the range, one entry per deadline (not per notice), by date; on the
 * same day the applicant's before the district's. A notice's deadlines are read with
 * deadlinesOf, so one stored before notices kept several still gives its one.
 */
export async function deadlineEntries(db: LibraryDb, range: DeadlineRange): Promise<NoticeDeadlineEntry[]> {
  const { from, to } = range;
  const within = (date: string): boolean => date >= from && (to === undefined || date <= to);
  const notices = await db.transaction('r', db.notices, async () => {
    const [byDates, byDeadline] = await Promise.all(
      (['deadlineDates', 'deadline'] as const).map((index) => {
        const where = db.notices.where(index);
        return (to === undefined ? where.aboveOrEqual(from) : where.between(from, to, true, true)).distinct().toArray();
      }),
    );
    const byId = new Map<NoticeId, NoticeSummary>();
    for (const notice of [...(byDates ?? []), ...(byDeadline ?? [])]) byId.set(notice.id, notice);
    return [...byId.values()];
  });
  return deadlineEntriesOf(notices).filter((entry) => within(entry.deadline.date));
}

/** Each deadline of these notices as its own entry, by date, the applicant's first on a day. */
export function deadlineEntriesOf(notices: readonly NoticeSummary[]): NoticeDeadlineEntry[] {
  return notices
    .flatMap((notice) => deadlinesOf(notice).map((deadline) => ({ notice, deadline })))
    .sort((a, b) => compareDeadlines(a.deadline, b.deadline) || compareIds(a.notice.id, b.notice.id));
}

function compareDeadlines(a: NoticeDeadline, b: NoticeDeadline): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.party === b.party ? 0 : a.party === 'applicant' ? -1 : 1;
}

/**
 * All notices with their bodies, in pages of `pageSize` by id: how the search index is
 * built the first time without holding the library twice in memory. Each page is read in
 * its own short transaction, so the library stays writable in between.
 */
export async function* streamNotices(db: LibraryDb, pageSize = 500): AsyncGenerator<StoredNotice[]> {
  let after = '';
  for (;;) {
    const summaries = await db.notices.where('id').above(after).limit(pageSize).toArray();
    const last = summaries[summaries.length - 1];
    if (!last) return;
    const bodies = await db.noticeBodies.bulkGet(summaries.map((notice) => notice.id));
    yield summaries.map((summary, i) => ({ ...summary, body: bodies[i]?.body ?? [] }));
    after = last.id;
  }
}

/** The collection of the most selective index the filter names (a bulletin's notices are fewest). */
function narrow(db: LibraryDb, filter: NoticeFilter): Collection<NoticeSummary, NoticeId> {
  if (filter.bulletinId !== undefined) return db.notices.where('sourceBulletinIds').equals(filter.bulletinId);
  if (filter.agency !== undefined) return db.notices.where('agencies').equals(filter.agency);
  if (filter.province !== undefined) return db.notices.where('province').equals(filter.province);
  if (filter.category !== undefined) return db.notices.where('category').equals(filter.category);
  if (filter.year !== undefined) return db.notices.where('year').equals(filter.year);
  return db.notices.toCollection();
}

function byDateDesc(a: NoticeSummary, b: NoticeSummary): number {
  const ad = a.date ?? '';
  const bd = b.date ?? '';
  if (ad !== bd) return ad < bd ? 1 : -1;
  return newerImportFirst(a, b);
}
