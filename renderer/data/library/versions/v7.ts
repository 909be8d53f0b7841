import type { NoticeSummary } from '../../../../shared/model/library.ts';
import { deadlinesOf } from '../../../../shared/model/deadlines.ts';
import type { SchemaVersion } from './schema-version.ts';

// Real notices: a notice keeps every deadline (the applicant's and the district's,
// batches), indexed by date so the deadlines view finds each one; a notice the parser was
// unsure of carries the fields to check (需核对), indexed to list them; and the text each
// file was read from is kept (`originals`, by file id) so the reader can show it beside the
// fields. Notices stored before keep their one deadline as the applicant's.
export const v7: SchemaVersion = {
  version: 7,
  why: 'Several deadlines per notice, 需核对 marks, and each file\'s original text.',
  stores: {
    notices: '++id, category, date, year, *agencies, docKey, titleDateKey, deadline, *sourceBulletinIds, updatedAt, province, *deadlineDates, *review',
    originals: 'id',
  },
  upgrade: async (tx) => {
    await tx
      .table<NoticeSummary, number>('notices')
      .toCollection()
      .modify((notice) => {
        const deadlines = deadlinesOf(notice);
        notice.deadlines = deadlines;
        notice.deadlineDates = deadlines.map((d) => d.date);
      });
  },
};
