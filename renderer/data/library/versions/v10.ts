import type { SchemaVersion } from './schema-version.ts';
import { RENUMBERED, holdingTable, moveBackFromHolding } from './global-ids.ts';

// Global ids, step 2 of 2 (see global-ids.ts): the tables come back keyed by string ids,
// with the indexes they had, and take their rows back from the holding tables.
export const v10: SchemaVersion = {
  version: 10,
  why: 'Global ids, step 2: the tables keyed by string ids again; holding tables dropped.',
  stores: {
    bulletins: 'id, &contentHash, importedAt, newestNoticeDate, *sourceHashes, kind',
    notices: 'id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province, *deadlineDates, *review',
    clients: 'id, name, region.province, *tags',
    assignments: 'id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    briefings: 'id, clientId, createdAt',
    dismissals: 'id, clientId, noticeId, &[clientId+noticeId]',
    ...Object.fromEntries(RENUMBERED.map((table) => [holdingTable(table), null])),
  },
  upgrade: moveBackFromHolding,
};
