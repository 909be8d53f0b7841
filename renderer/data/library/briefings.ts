// The history of briefings: which notices went to which client, when, as which 期, and
// the .docx file each was saved as.
import { compareIds, newRecordId, type BriefingId, type ClientId, type NoticeId } from '../../../shared/model/ids.ts';
import type { BriefingIssue, BriefingRecord } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

export type BriefingInput = Omit<BriefingRecord, 'id' | 'createdAt'> & { createdAt?: string };

/** Records a saved briefing, with its file when given, in one transaction. */
export async function recordBriefing(db: LibraryDb, input: BriefingInput, bytes?: Uint8Array<ArrayBuffer>): Promise<BriefingRecord> {
  const record: BriefingRecord = { ...input, id: newRecordId('briefing'), noticeIds: [...input.noticeIds], createdAt: input.createdAt ?? new Date().toISOString() };
  await db.transaction('rw', db.briefings, db.briefingFiles, async () => {
    await db.briefings.add(record);
    if (bytes) await db.briefingFiles.put({ id: record.id, bytes });
  });
  return record;
}

/** The .docx a briefing was saved as; null for one saved before files were kept. */
export async function briefingFile(db: LibraryDb, briefingId: BriefingId): Promise<Uint8Array<ArrayBuffer> | null> {
  return (await db.briefingFiles.get(briefingId))?.bytes ?? null;
}

/** Which saved briefings have their file (ids), for the download buttons. */
export async function briefingsWithFiles(db: LibraryDb, briefingIds: readonly BriefingId[]): Promise<Set<BriefingId>> {
  const keys = await db.briefingFiles.where('id').anyOf([...briefingIds]).primaryKeys();
  return new Set(keys);
}

/** A client's briefings, newest first. */
export async function briefingsOfClient(db: LibraryDb, clientId: ClientId): Promise<BriefingRecord[]> {
  const rows = await db.briefings.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : laterIssueFirst(a, b)));
}

/** Two briefings saved in the same moment: the later 期 first (ids carry no order). */
function laterIssueFirst(a: BriefingRecord, b: BriefingRecord): number {
  const issue = (r: BriefingRecord) => (r.issue ? r.issue.year * 10000 + r.issue.number : 0);
  return issue(b) - issue(a) || compareIds(b.id, a.id);
}

/**
 * The next 期 for a client in `year`: one past the highest number of that year. Records
 * from before numbering count by their creation year, one each.
 */
export function nextIssue(records: readonly BriefingRecord[], year: number): BriefingIssue {
  let highest = 0;
  let unnumbered = 0;
  for (const record of records) {
    if (record.issue) {
      if (record.issue.year === year) highest = Math.max(highest, record.issue.number);
    } else if (record.createdAt.startsWith(String(year))) unnumbered += 1;
  }
  return { year, number: Math.max(highest, unnumbered) + 1 };
}

/** `name`, or `name（2）`, `name（3）`… so that no two saved briefings of a client share a file name. */
export function uniqueFileName(name: string, records: readonly BriefingRecord[]): string {
  const taken = new Set(records.map((record) => record.fileName.replace(/\.docx$/i, '')));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${name}（${n}）`)) return `${name}（${n}）`;
}

/** Every notice already sent to this client in some briefing (to pre-select only new ones). */
export async function sentNoticeIds(db: LibraryDb, clientId: ClientId): Promise<Set<NoticeId>> {
  const rows = await db.briefings.where('clientId').equals(clientId).toArray();
  return new Set(rows.flatMap((briefing) => briefing.noticeIds));
}

/** Every briefing, newest first. */
export async function listBriefings(db: LibraryDb): Promise<BriefingRecord[]> {
  return (await db.briefings.orderBy('createdAt').toArray()).reverse();
}
