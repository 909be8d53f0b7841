import type { NoticeSummary } from '../../../../shared/model/library.ts';
import { deriveProvince } from '../notice-province.ts';
import type { SchemaVersion } from './schema-version.ts';

// Needed once the notice list got a province facet and search a persisted index: notices
// gain an indexed `province` (computed here for the notices version 1 stored), and the
// search helper gets a table for its serialised index.
export const v2: SchemaVersion = {
  version: 2,
  why: 'Notices get an indexed province (the 地区 facet); a table for the persisted search index.',
  stores: {
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province',
    searchIndex: 'key',
  },
  upgrade: async (tx) => {
    await tx
      .table<NoticeSummary, number>('notices')
      .toCollection()
      .modify((notice) => {
        notice.province = deriveProvince(notice);
      });
  },
};
