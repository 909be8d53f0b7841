// The rewrite behind versions 9 and 10: every record of a library made before global ids
// (numbers counted out by this machine's IndexedDB) gets its global id (shared/model/
// ids.ts), and every reference follows it. Notices take the id their 文号 or title gives,
// files the id of their content hash, the consultant's records random ids; tag relevance
// becomes its ASCII code. Old backups restore through the same rewrite (backup.ts
// upgrades them in a scratch database).
//
// IndexedDB cannot change a table's primary key, so the six auto-numbered tables move in
// two steps: version 9 writes the rewritten rows to holding tables and drops the old ones,
// version 10 creates them again keyed by string and moves the rows back. Tables already
// keyed by a given id (bodies, originals, briefing files) are rewritten in place; the
// derived tables are emptied and rebuilt from the change log's `reset` rows.
import type { Table, Transaction } from 'dexie';
import { bulletinIdFor, newRecordId, noticeIdFor } from '../../../../shared/model/ids.ts';

/** The six tables that were auto-numbered, and the holding table each waits in between 9 and 10. */
export const RENUMBERED = ['bulletins', 'notices', 'clients', 'assignments', 'dismissals', 'briefings'] as const;
export const holdingTable = (table: (typeof RENUMBERED)[number]): string => `globalIds_${table}`;

type Row = Record<string, unknown> & { id: unknown };
type OldId = number;

const PAGE = 1000;
const OLD_RELEVANCE: Record<string, string> = { 高: 'high', 中: 'medium', 低: 'low' };

/** Version 9's upgrade: every row rewritten with global ids. */
export async function rewriteWithGlobalIds(tx: Transaction): Promise<void> {
  const bulletins = await tx.table<Row>('bulletins').toArray();
  const bulletinIds = new Map<OldId, string>(bulletins.map((b) => [b.id as OldId, bulletinIdFor(String(b['contentHash']))]));
  const noticeIds = await moveNotices(tx, bulletinIds);
  await tx.table(holdingTable('bulletins')).bulkAdd(
    bulletins.map((b) => ({ ...b, id: bulletinIds.get(b.id as OldId), noticeIds: mapped(b['noticeIds'], noticeIds) })),
  );
  const clients = await tx.table<Row>('clients').toArray();
  const clientIds = new Map<OldId, string>(clients.map((c) => [c.id as OldId, newRecordId('client')]));
  await tx.table(holdingTable('clients')).bulkAdd(clients.map((c) => ({ ...c, id: clientIds.get(c.id as OldId) })));

  // A tag, a dismissal or a briefing whose client or notice is gone pointed at nothing
  // already (no screen showed it); it is not carried over.
  const assignments = await tx.table<Row>('assignments').toArray();
  await tx.table(holdingTable('assignments')).bulkAdd(
    assignments.flatMap((a) => {
      const clientId = clientIds.get(a['clientId'] as OldId);
      const noticeId = noticeIds.get(a['noticeId'] as OldId);
      const relevance = OLD_RELEVANCE[String(a['relevance'])] ?? 'medium';
      return clientId && noticeId ? [{ ...a, id: newRecordId('tag'), clientId, noticeId, relevance }] : [];
    }),
  );
  const dismissals = await tx.table<Row>('dismissals').toArray();
  await tx.table(holdingTable('dismissals')).bulkAdd(
    dismissals.flatMap((d) => {
      const clientId = clientIds.get(d['clientId'] as OldId);
      const noticeId = noticeIds.get(d['noticeId'] as OldId);
      return clientId && noticeId ? [{ ...d, id: newRecordId('dismissal'), clientId, noticeId }] : [];
    }),
  );
  const briefings = await tx.table<Row>('briefings').toArray();
  const briefingIds = new Map<OldId, string>();
  await tx.table(holdingTable('briefings')).bulkAdd(
    briefings.flatMap((b) => {
      const clientId = clientIds.get(b['clientId'] as OldId);
      if (!clientId) return [];
      const id = newRecordId('briefing');
      briefingIds.set(b.id as OldId, id);
      return [{ ...b, id, clientId, noticeIds: mapped(b['noticeIds'], noticeIds) }];
    }),
  );

  await rekeyInPlace(tx.table<Row>('noticeBodies'), noticeIds);
  await rekeyInPlace(tx.table<Row>('originals'), bulletinIds);
  await rekeyInPlace(tx.table<Row>('briefingFiles'), briefingIds);
  await rewriteSavedSearches(tx.table('settings'), { clientIds, bulletinIds, noticeIds });
  await Promise.all(['noticeFeatures', 'noticeRefs', 'searchIndex', 'cursors', 'changes'].map((name) => tx.table(name).clear()));
}

/** Version 10's upgrade: the rows come back from the holding tables into the string-keyed tables. */
export async function moveBackFromHolding(tx: Transaction): Promise<void> {
  for (const table of RENUMBERED) {
    const holding = tx.table<Row, string>(holdingTable(table));
    let after = '';
    for (;;) {
      const page = await holding.where(':id').above(after).limit(PAGE).toArray();
      const last = page[page.length - 1];
      if (!last) break;
      await tx.table(table).bulkAdd(page);
      after = String(last.id);
    }
  }
  // Every consumer of the change log (the search index, the derived tables) starts over.
  // By the names they had at version 10 (v12 renamed assignments to tags and its log rows).
  const tables: readonly string[] = ['bulletins', 'notices', 'noticeBodies', 'originals', 'clients', 'assignments', 'dismissals', 'briefings', 'briefingFiles', 'settings'];
  await tx.table('changes').bulkAdd(tables.map((table) => ({ table, key: null, kind: 'reset' })));
}

/**
 * Notices in the order they were first imported (their old numbers), each given its id
 * from its keys; a second notice with the same keys (a library may hold two) gets `-2`.
 */
async function moveNotices(tx: Transaction, bulletinIds: ReadonlyMap<OldId, string>): Promise<Map<OldId, string>> {
  const notices = tx.table<Row, OldId>('notices');
  const ids = new Map<OldId, string>();
  const given = new Set<string>();
  let after = -Infinity;
  for (;;) {
    const page = await notices.where(':id').above(after).limit(PAGE).toArray();
    const last = page[page.length - 1];
    if (!last) break;
    const rows = page.map((notice) => {
      const id = noticeIdFor({ docKey: (notice['docKey'] as string | null) ?? null, titleDateKey: String(notice['titleDateKey']) }, (candidate) => given.has(candidate));
      given.add(id);
      ids.set(notice.id as OldId, id);
      return { ...notice, id, sourceBulletinIds: mapped(notice['sourceBulletinIds'], bulletinIds) };
    });
    await tx.table(holdingTable('notices')).bulkAdd(rows);
    after = last.id as OldId;
  }
  return ids;
}

/** A table keyed by another record's id: each numbered row written again under the new id. */
async function rekeyInPlace(table: Table<Row>, ids: ReadonlyMap<OldId, string>): Promise<void> {
  for (;;) {
    // Numbers sort before strings in IndexedDB: the old rows are the ones below ''.
    const page = await table.where(':id').below('').limit(PAGE).toArray();
    if (page.length === 0) return;
    await table.bulkDelete(page.map((row) => row.id));
    await table.bulkPut(page.flatMap((row) => {
      const id = ids.get(row.id as OldId);
      return id ? [{ ...row, id }] : [];
    }));
  }
}

/** Saved searches (a setting) name clients, bulletins and notices in their filters. */
async function rewriteSavedSearches(settings: Table, maps: Record<'clientIds' | 'bulletinIds' | 'noticeIds', ReadonlyMap<OldId, string>>): Promise<void> {
  const saved = (await settings.get('savedSearches')) as { key: string; value: unknown } | undefined;
  if (!saved || !Array.isArray(saved.value)) return;
  const value = saved.value.map((search: unknown) => {
    if (typeof search !== 'object' || search === null) return search;
    const filters = (search as { filters?: Record<string, unknown> }).filters;
    if (!filters) return search;
    const next: Record<string, unknown> = { ...filters };
    for (const field of ['clientIds', 'bulletinIds', 'noticeIds'] as const) {
      if (Array.isArray(filters[field])) next[field] = mapped(filters[field], maps[field]);
    }
    // The oldest saved searches kept one client or bulletin under a singular key.
    for (const [legacy, field] of [['clientId', 'clientIds'], ['bulletinId', 'bulletinIds']] as const) {
      if (typeof filters[legacy] === 'number') next[legacy] = maps[field].get(filters[legacy]) ?? null;
    }
    return { ...search, filters: next };
  });
  await settings.put({ ...saved, value });
}

/** The new ids of a list of old ones, those with none left out. */
function mapped(list: unknown, ids: ReadonlyMap<OldId, string>): string[] {
  return Array.isArray(list) ? list.flatMap((id) => ids.get(id as OldId) ?? []) : [];
}
