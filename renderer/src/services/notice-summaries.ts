// Notices without their bodies, for lists of tagged notices (a client's page, the
// deadlines, the briefing editor).
import type { NoticeSummary } from '../../../shared/model/library.ts';
import { getNotices, type LibraryDb } from '../../library/index.ts';

/** Summaries for `ids`, in the same order; undefined where an id is not in the library. */
export async function noticeSummaries(db: LibraryDb, ids: readonly number[]): Promise<(NoticeSummary | undefined)[]> {
  // TODO(lead): switch to the library's getNoticeSummaries(db, ids) once it lands; this
  // reads the bodies too and drops them.
  return (await getNotices(db, ids)).map((notice) => {
    if (!notice) return undefined;
    const { body: _body, ...summary } = notice;
    return summary;
  });
}
