// The original a notice was read from (see data/library/originals.ts), live from the
// library; loaded only while the reader shows it, as a bulletin's text can be long.
import { useLiveQuery } from 'dexie-react-hooks';
import type { NoticeSummary, StoredOriginal } from '../../../shared/model/library.ts';
import { originalOfNotice } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';

/** undefined while loading, null when none of the notice's files kept its original. */
export function useNoticeOriginal(notice: Pick<NoticeSummary, 'sourceBulletinIds'>): StoredOriginal | null | undefined {
  const db = useLibrary();
  const key = notice.sourceBulletinIds.join(',');
  return useLiveQuery(() => originalOfNotice(db, { sourceBulletinIds: key === '' ? [] : key.split(',') }), [db, key]);
}
