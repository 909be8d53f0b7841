// Stores one parsed bulletin: the library side of an import. One file, one transaction:
// either the bulletin and all its notices are stored, or (on any error, a quota error,
// a crash) nothing is.
import { Dexie } from 'dexie';
import type { BulletinFormat, NoticeSummary, StoredBulletin } from '../../../shared/model/library.ts';
import { bulletinIdFor, compareIds, noticeIdFor, type NoticeId } from '../../../shared/model/ids.ts';
import type { BulletinInfo, ParsedNotice } from '../../../shared/model/notice.ts';
import { matchKeys, mergeNotice, toNoticeRecord, type NewNotice } from './notice-record.ts';
import type { LibraryDb } from './db.ts';
import { findBulletinByHash } from './bulletins.ts';
import { isSameBulletin, withSources } from './bulletin-sources.ts';

export type BulletinToStore = {
  /** A periodical bulletin, or a file holding one 公文 or several (stored as a bulletin of kind 'notice'/'notices'). */
  kind?: StoredBulletin['kind'];
  fileName: string;
  format: BulletinFormat;
  contentHash: string;
  byteLength: number;
  bulletin: BulletinInfo;
  notices: ParsedNotice[];
  /** The text the file was read from, and a web page's HTML: kept to show beside the fields. */
  original?: { text: string; html: string | null };
};

/** A notice of the stored file that was already in the library (same 文号, or same title and date). */
export type MergedNotice = {
  noticeId: NoticeId;
  title: string;
  /** The files of the bulletins it was already in. */
  alsoIn: string[];
};

export type StoredOutcome =
  | { status: 'duplicate-file'; bulletin: StoredBulletin }
  /**
   * Another file of a bulletin already in the library (its .docx or .pdf, another
   * encoding): recorded as one more source of that bulletin's row, no row added.
   */
  | { status: 'same-bulletin'; bulletin: StoredBulletin; updatedNoticeIds: NoticeId[] }
  | {
      status: 'added';
      bulletin: StoredBulletin;
      addedNoticeIds: NoticeId[];
      /** Notices that were already in the library, with the files they were in before. */
      merged: MergedNotice[];
    };

/** A notice of this file, before its id is known: new, or an existing one it merges into. */
type Slot = { kind: 'new'; index: number } | { kind: 'existing'; id: NoticeId };

export async function storeBulletin(db: LibraryDb, file: BulletinToStore): Promise<StoredOutcome> {
  const run = (checkIds: boolean) => db.transaction('rw', [db.bulletins, db.notices, db.noticeBodies, db.originals], () => write(db, file, checkIds));
  try {
    // New notices take the ids their keys give without a look-up first: another notice
    // holding one is so rare that the add failing (and the file written again, checking
    // each id) costs less than reading every id on every import.
    return await run(false);
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    // Two imports of the same file racing: the unique contentHash index stops the second.
    const bulletin = await findBulletinByHash(db, file.contentHash);
    if (bulletin) return { status: 'duplicate-file', bulletin };
    return run(true);
  }
}

/** A key already there: a bulletin's (same bytes), or a notice's id (a bulk add's failures). */
function isConstraintError(error: unknown): boolean {
  if (error instanceof Dexie.ConstraintError) return true;
  return error instanceof Dexie.BulkError && Object.values(error.failuresByPos).every((failure) => failure.name === 'ConstraintError');
}

// Requests are issued in three batches (IndexedDB runs a batch's requests back to back
// without a round trip to script between them): 1. the bulletin's id (the same bytes
// again), the look-ups of every notice either duplicate rule could match (and, on the
// second try, whether the ids new notices would take are free: shared/model/ids.ts);
// 2. (rarely) the next candidate ids; 3. the bulletin row, new notices, bodies, merged notices, names of the
// bulletins merged notices came from. Per-key look-ups in parallel beat one `anyOf`,
// which walks a cursor key by key.
async function write(db: LibraryDb, file: BulletinToStore, checkIds: boolean): Promise<StoredOutcome> {
  const now = new Date().toISOString();
  const newestNoticeDate = file.notices.reduce<string | null>((newest, n) => (n.date && (!newest || n.date > newest) ? n.date : newest), null);
  const draft: StoredBulletin = {
    id: bulletinIdFor(file.contentHash),
    ...(file.kind && file.kind !== 'bulletin' ? { kind: file.kind } : {}),
    publisher: file.bulletin.publisher,
    issue: file.bulletin.issue,
    fileName: file.fileName,
    format: file.format,
    contentHash: file.contentHash,
    byteLength: file.byteLength,
    noticeIds: [],
    newestNoticeDate,
    importedAt: now,
  };
  const keys = file.notices.map(matchKeys);
  const docKeys = unique(keys.flatMap((k) => (k.docKey ? [k.docKey] : [])));
  const titleDateKeys = unique(keys.map((k) => k.titleDateKey));
  // The same bytes imported before have this id already (a race of two imports of one
  // file is stopped by the add below: the transaction rolls back, storeBulletin reports
  // the earlier bulletin). The ids the new notices would take are read at once.
  const bulletinId = draft.id;
  const wantedIds = checkIds ? unique(keys.map((k) => noticeIdFor(k))) : [];
  const [earlier, byDoc, byTitle, holders] = await Promise.all([
    db.bulletins.get(bulletinId),
    Promise.all(docKeys.map((key) => db.notices.where('docKey').equals(key).toArray())),
    Promise.all(titleDateKeys.map((key) => db.notices.where('titleDateKey').equals(key).toArray())),
    wantedIds.length > 0 ? db.notices.bulkGet(wantedIds) : [],
  ]);
  if (earlier) return { status: 'duplicate-file', bulletin: earlier };
  const held = new Set(holders.flatMap((n) => (n ? [n.id] : [])));
  const checked = new Set(wantedIds);
  const records = file.notices.map((notice) => toNoticeRecord(notice, bulletinId, now));

  const stored = new Map<NoticeId, NoticeSummary>();
  const slotByDoc = new Map<string, Slot>();
  const slotByTitle = new Map<string, Slot>();
  // Oldest import last, so the oldest notice wins if a library ever holds two with one key.
  for (const notice of [...byDoc.flat(), ...byTitle.flat()].sort(newestFirst)) {
    stored.set(notice.id, notice);
    if (notice.docKey) slotByDoc.set(notice.docKey, { kind: 'existing', id: notice.id });
    slotByTitle.set(notice.titleDateKey, { kind: 'existing', id: notice.id });
  }

  const fresh: { summary: NewNotice; body: string[] }[] = [];
  const replacedBodies = new Map<NoticeId, string[]>();
  const slots: Slot[] = [];
  for (const record of records) {
    const { docKey, titleDateKey } = record.summary;
    const slot = (docKey ? slotByDoc.get(docKey) : undefined) ?? slotByTitle.get(titleDateKey);
    if (!slot) {
      const added: Slot = { kind: 'new', index: fresh.length };
      fresh.push(record);
      slots.push(added);
      if (docKey) slotByDoc.set(docKey, added);
      slotByTitle.set(titleDateKey, added);
    } else if (slot.kind === 'existing') {
      const current = stored.get(slot.id);
      if (!current) throw new Error(`notice ${slot.id} vanished during the import`);
      const { merged, body } = mergeNotice(current, record, bulletinId, now);
      stored.set(slot.id, merged);
      if (body) replacedBodies.set(slot.id, body);
      slots.push(slot);
    } else {
      // Printed twice in this same file: one notice.
      const first = fresh[slot.index];
      if (first) fresh[slot.index] = { summary: mergeNotice(first.summary, record, bulletinId, now).merged, body: first.body };
    }
  }

  if (fresh.length === 0 && (file.kind ?? 'bulletin') === 'bulletin') {
    const folded = await foldIntoBulletin(db, draft, slots, stored, replacedBodies);
    if (folded) return folded;
  }

  let given = giveIds(fresh.map((r) => r.summary), held, checkIds ? checked : null);
  // Rarely (an id already some other notice's): its next candidate is checked too.
  while (given.unchecked.length > 0) {
    const found = await db.notices.bulkGet(given.unchecked);
    for (const id of given.unchecked) checked.add(id);
    for (const notice of found) if (notice) held.add(notice.id);
    given = giveIds(fresh.map((r) => r.summary), held, checked);
  }
  const newIds = given.ids;
  const freshNotices: NoticeSummary[] = fresh.map((r, i) => ({ ...r.summary, id: newIds[i] ?? '' }));
  const mergedIds = unique(slots.flatMap((s) => (s.kind === 'existing' ? [s.id] : [])));
  const mergedNotices = mergedIds.map((id) => stored.get(id)).filter((n): n is NoticeSummary => n !== undefined);
  const noticeIds = unique(slots.map((s) => (s.kind === 'new' ? (newIds[s.index] ?? '') : s.id)));
  const otherSources = unique(mergedNotices.flatMap((n) => n.sourceBulletinIds.filter((id) => id !== bulletinId)));
  const [, , , , , otherBulletins] = await Promise.all([
    db.notices.bulkAdd(freshNotices),
    db.noticeBodies.bulkAdd(fresh.map((r, i) => ({ id: newIds[i] ?? '', body: r.body }))),
    mergedNotices.length > 0 ? db.notices.bulkPut(mergedNotices) : undefined,
    replacedBodies.size > 0 ? db.noticeBodies.bulkPut([...replacedBodies].map(([id, body]) => ({ id, body }))) : undefined,
    db.bulletins.add({ ...draft, noticeIds }),
    otherSources.length > 0 ? db.bulletins.bulkGet(otherSources) : [],
    file.original ? db.originals.put({ id: bulletinId, text: file.original.text, html: file.original.html }) : undefined,
  ]);
  const others = new Map(otherBulletins.flatMap((b) => (b ? [[b.id, b.fileName] as const] : [])));
  return {
    status: 'added',
    bulletin: { ...draft, id: bulletinId, noticeIds },
    addedNoticeIds: newIds,
    merged: mergedNotices.map((n) => ({
      noticeId: n.id,
      title: n.title,
      alsoIn: n.sourceBulletinIds.filter((id) => id !== bulletinId).flatMap((id) => others.get(id) ?? []),
    })),
  };
}

/**
 * When every notice of the file is already in the library and they are exactly the notices
 * of one bulletin row (see bulletin-sources.ts), the file is that bulletin again: its row is
 * taken back, the file becomes a source of the bulletin's row, and the notices keep what the
 * file added to them (a 相关链接 the .txt lacked) without naming the dropped row.
 */
async function foldIntoBulletin(
  db: LibraryDb,
  draft: StoredBulletin,
  slots: readonly Slot[],
  stored: ReadonlyMap<NoticeId, NoticeSummary>,
  replacedBodies: ReadonlyMap<NoticeId, string[]>,
): Promise<StoredOutcome | null> {
  const noticeIds = unique(slots.flatMap((s) => (s.kind === 'existing' ? [s.id] : [])));
  const notices = noticeIds.map((id) => stored.get(id)).filter((n): n is NoticeSummary => n !== undefined);
  const candidates = unique(notices.flatMap((n) => n.sourceBulletinIds.filter((id) => id !== draft.id)));
  const rows = await db.bulletins.bulkGet(candidates);
  const same = rows.find((row): row is StoredBulletin => row !== undefined && isSameBulletin(row, { ...draft, noticeIds }));
  if (!same) return null;
  if (same.sourceHashes?.includes(draft.contentHash)) return { status: 'duplicate-file', bulletin: same };
  const bulletin = withSources(same, draft);
  const unnamed = notices.map((n) => ({ ...n, sourceBulletinIds: n.sourceBulletinIds.filter((id) => id !== draft.id) }));
  await Promise.all([
    db.bulletins.put(bulletin),
    db.notices.bulkPut(unnamed),
    replacedBodies.size > 0 ? db.noticeBodies.bulkPut([...replacedBodies].map(([id, body]) => ({ id, body }))) : undefined,
  ]);
  return { status: 'same-bulletin', bulletin, updatedNoticeIds: noticeIds };
}

/**
 * The ids of notices new to the library, from their keys (shared/model/ids.ts): an id
 * some other notice `held` (a hash collision, a notice whose 文号 a later merge filled
 * in) moves on to its next `-2`, `-3`, … Ids not `checked` against the library yet are
 * listed (none when `checked` is null: the first try trusts them); the caller looks them
 * up and asks again. Synchronous: no await without a request inside the transaction.
 */
function giveIds(notices: readonly NewNotice[], held: ReadonlySet<NoticeId>, checked: ReadonlySet<NoticeId> | null): { ids: NoticeId[]; unchecked: NoticeId[] } {
  const given = new Set<NoticeId>();
  const ids = notices.map((notice) => {
    const id = noticeIdFor(notice, (candidate) => held.has(candidate) || given.has(candidate));
    given.add(id);
    return id;
  });
  return { ids, unchecked: checked ? ids.filter((id) => !checked.has(id)) : [] };
}

/** Newest import first (then a fixed order), so that iterating to the end leaves the oldest. */
function newestFirst(a: NoticeSummary, b: NoticeSummary): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  return compareIds(b.id, a.id);
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
