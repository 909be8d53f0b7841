// 需核对: the notices the parser kept while unsure of some fields (no date, a title found
// by fallback, no agency). Read through the multi-entry `review` index alone, so listing
// them never loads a notice: the library list marks its rows and filters by them.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { REVIEW_FIELDS, type ReviewField } from '../../../shared/model/notice.ts';
import type { LibraryDb } from './db.ts';

/** Notice id → the fields to check (in REVIEW_FIELDS order), for every notice marked 需核对. */
export async function reviewMarks(db: LibraryDb): Promise<Map<NoticeId, ReviewField[]>> {
  const found = new Map<NoticeId, Set<ReviewField>>();
  await db.notices
    .where('review')
    .anyOf([...REVIEW_FIELDS])
    .eachKey((key, cursor) => {
      const id = cursor.primaryKey;
      const fields = found.get(id) ?? new Set<ReviewField>();
      fields.add(key as ReviewField);
      found.set(id, fields);
    });
  return new Map([...found].map(([id, fields]) => [id, REVIEW_FIELDS.filter((field) => fields.has(field))]));
}
