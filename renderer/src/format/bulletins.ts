// How a bulletin is named on screen. Most issues print their number ((2018) 1202 期);
// one that does not is named by the date of its newest notice, never by its file name
// (files arrive as 003_03e8824eaceeb4ce.txt, which nobody reads).
import type { StoredBulletin } from '../../../shared/model/library.ts';
import { zh } from '../../i18n/zh-CN.ts';

export function bulletinTitle(bulletin: Pick<StoredBulletin, 'issue' | 'newestNoticeDate' | 'fileName'>): string {
  if (bulletin.issue) return bulletin.issue;
  if (bulletin.newestNoticeDate) return zh.library.unnumberedBulletin(bulletin.newestNoticeDate);
  return zh.library.unnumberedBulletinFile(fileStem(bulletin.fileName));
}

/** The file name without its extension. */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
