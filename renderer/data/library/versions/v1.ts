import type { SchemaVersion } from './schema-version.ts';

// Indexes are the fields the UI filters and sorts on, and the keys the import looks
// notices up by; everything else is stored but not indexed (indexes cost write time).
export const v1: SchemaVersion = {
  version: 1,
  why: 'The first library: bulletins, notices (bodies apart), clients, tags, briefings, settings.',
  stores: {
    // &contentHash: the same file cannot be imported twice, even by two racing imports.
    bulletins: '++id, &contentHash, importedAt, newestNoticeDate',
    // docKey and titleDateKey are the two duplicate rules; *agencies and
    // *sourceBulletinIds are multi-entry (one index entry per agency / bulletin).
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt',
    // Bodies by notice id, outside `notices`, so lists never load them.
    noticeBodies: 'id',
    clients: '++id, name, region.province, *tags',
    // One tag per (client, notice): the compound key is unique.
    assignments: '++id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    briefings: '++id, clientId, createdAt',
    settings: 'key',
  },
};
