// Stores hand-made bulletins in a fresh fake-indexeddb library (the library tests'
// helpers), for component tests.
import './browser-globals.ts';
import type { NoticeId } from '../../shared/model/ids.ts';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { catchUpNoticeRelations, storeBulletin, type LibraryDb } from '../../renderer/data/library/index.ts';

export { freshLibrary, notice } from './library-helpers.ts';

/** Stores one bulletin of `notices` with their relations; returns the new notice ids in order. */
export async function addBulletin(db: LibraryDb, fileName: string, issue: string | null, notices: ParsedNotice[]): Promise<NoticeId[]> {
  const outcome = await storeBulletin(db, {
    fileName,
    format: 'txt',
    contentHash: `hash-of-${fileName}`,
    byteLength: 1000,
    bulletin: { publisher: '北京关键要素科技有限公司', issue },
    notices,
  });
  if (outcome.status !== 'added') throw new Error(`${fileName} was not added`);
  // What the search worker does after each import in the app (validity-sync.ts).
  await catchUpNoticeRelations(db);
  return outcome.bulletin.noticeIds;
}
