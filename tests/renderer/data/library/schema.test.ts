import '../../../support/browser-globals.ts';
/* eslint-disable no-restricted-syntax -- the tables as the shipped versions named them (assignments, noticeRefs) */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../../renderer/data/library/schema.ts';
import { freshLibrary } from '../../../support/library-helpers.ts';

// The stores of every version as it shipped. Users have databases made by these: a
// change to an old version must fail here (write a new version instead). Adding a
// version means adding its line here and its upgrade test in upgrade.test.ts. Numbers may
// skip (Dexie allows gaps: versions made on parallel branches take their own numbers).
const SHIPPED: Record<number, Record<string, string | null>> = {
  1: {
    bulletins: '++id, &contentHash, importedAt, newestNoticeDate',
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt',
    noticeBodies: 'id',
    clients: '++id, name, region.province, *tags',
    assignments: '++id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    briefings: '++id, clientId, createdAt',
    settings: 'key',
  },
  2: {
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province',
    searchIndex: 'key',
  },
  3: {
    noticeFeatures: 'id',
    dismissals: '++id, clientId, noticeId, &[clientId+noticeId]',
  },
  4: {
    noticeRefs: 'id, *refs.ownKeys, *citedKeys',
  },
  5: {
    bulletins: '++id, &contentHash, importedAt, newestNoticeDate, *sourceHashes, kind',
  },
  6: {
    briefingFiles: 'id',
  },
  7: {
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province, *deadlineDates, *review',
    originals: 'id',
  },
  8: {
    changes: '++seq',
    cursors: 'consumer',
  },
  9: {
    bulletins: null,
    notices: null,
    clients: null,
    assignments: null,
    dismissals: null,
    briefings: null,
    globalIds_bulletins: 'id',
    globalIds_notices: 'id',
    globalIds_clients: 'id',
    globalIds_assignments: 'id',
    globalIds_dismissals: 'id',
    globalIds_briefings: 'id',
  },
  10: {
    bulletins: 'id, &contentHash, importedAt, newestNoticeDate, *sourceHashes, kind',
    notices: 'id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province, *deadlineDates, *review',
    clients: 'id, name, region.province, *tags',
    assignments: 'id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    briefings: 'id, clientId, createdAt',
    dismissals: 'id, clientId, noticeId, &[clientId+noticeId]',
    globalIds_bulletins: null,
    globalIds_notices: null,
    globalIds_clients: null,
    globalIds_assignments: null,
    globalIds_dismissals: null,
    globalIds_briefings: null,
  },
  11: {
    clients: 'id, name, region.province, *qualifications',
  },
  12: {
    tags: 'id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    assignments: null,
    noticeRelations: 'id, *relations.ownKeys, *citedKeys',
    noticeRefs: null,
  },
  13: {},
};

describe('library schema', () => {
  it('versions are append-only: each is as it shipped, numbered upwards from 1', () => {
    expect(SCHEMA_VERSIONS[0]?.version).toBe(1);
    expect(SCHEMA_VERSIONS.every((v, i) => i === 0 || v.version > (SCHEMA_VERSIONS[i - 1]?.version ?? Infinity))).toBe(true);
    expect(Object.fromEntries(SCHEMA_VERSIONS.map((v) => [v.version, v.stores]))).toEqual(SHIPPED);
  });

  it('the opened database has the indexes the UI filters, sorts and merges by', async () => {
    const db = await freshLibrary();
    const indexes = (table: string) => Object.keys(db.table(table).schema.idxByName).sort();
    expect(indexes('notices')).toEqual(
      ['agencies', 'category', 'date', 'deadline', 'deadlineDates', 'docKey', 'province', 'review', 'sourceBulletinIds', 'titleDateKey', 'updatedAt', 'year'].sort(),
    );
    expect(db.notices.schema.idxByName.deadlineDates?.multi).toBe(true);
    expect(db.notices.schema.idxByName.review?.multi).toBe(true);
    expect(db.notices.schema.idxByName.agencies?.multi).toBe(true);
    expect(db.bulletins.schema.idxByName.contentHash?.unique).toBe(true);
    expect(db.bulletins.schema.idxByName.sourceHashes?.multi).toBe(true);
    expect(db.tags.schema.idxByName['[clientId+noticeId]']?.unique).toBe(true);
    expect(db.dismissals.schema.idxByName['[clientId+noticeId]']?.unique).toBe(true);
    expect(db.noticeRelations.schema.idxByName['relations.ownKeys']?.multi).toBe(true);
    expect(db.noticeRelations.schema.idxByName.citedKeys?.multi).toBe(true);
    expect(Object.keys(db.clients.schema.idxByName).sort()).toEqual(['name', 'qualifications', 'region.province']);
    expect(db.clients.schema.idxByName.qualifications?.multi).toBe(true);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['briefingFiles', 'briefings', 'bulletins', 'changes', 'clients', 'cursors', 'dismissals', 'noticeBodies', 'noticeFeatures', 'noticeRelations', 'notices', 'originals', 'searchIndex', 'settings', 'tags'],
    );
    db.close();
  });
});
