// The history of briefings: which notices went to which client, when.
import type { BriefingRecord } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

export type BriefingInput = Omit<BriefingRecord, 'id' | 'createdAt'> & { createdAt?: string };

export async function recordBriefing(db: LibraryDb, input: BriefingInput): Promise<BriefingRecord> {
  const record = { ...input, noticeIds: [...input.noticeIds], createdAt: input.createdAt ?? new Date().toISOString() };
  const id = await db.briefings.add(record);
  db.changes.emit({ type: 'briefings-changed', clientIds: [input.clientId] });
  return { ...record, id };
}

/** A client's briefings, newest first. */
export async function briefingsOfClient(db: LibraryDb, clientId: number): Promise<BriefingRecord[]> {
  const rows = await db.briefings.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
}

/** Every notice already sent to this client in some briefing (to pre-select only new ones). */
export async function sentNoticeIds(db: LibraryDb, clientId: number): Promise<Set<number>> {
  const rows = await db.briefings.where('clientId').equals(clientId).toArray();
  return new Set(rows.flatMap((briefing) => briefing.noticeIds));
}

/** Every briefing, newest first. */
export async function listBriefings(db: LibraryDb): Promise<BriefingRecord[]> {
  return (await db.briefings.orderBy('createdAt').toArray()).reverse();
}
