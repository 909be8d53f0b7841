// The 需核对 marks of the whole library (notice id → the fields to check), live: a
// correction clears one at once. Read from the `review` index alone (data/library/review.ts).
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewField } from '../../../shared/model/notice.ts';
import { reviewMarks } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';

export type ReviewMarks = ReadonlyMap<NoticeId, readonly ReviewField[]>;

const NONE: ReviewMarks = new Map();

export function useReviewMarks(): ReviewMarks {
  const db = useLibrary();
  return useLiveQuery(() => reviewMarks(db), [db]) ?? NONE;
}
