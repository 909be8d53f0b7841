// The three real bulletins, parsed and indexed as the app and the command line do,
// with two clients tagged to notices: the corpus of the search quality tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoticeId } from '../../shared/model/ids.ts';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { SearchIndex, type SearchDoc } from '../../shared/search/index.ts';
import { BULLETIN_DIR } from './shared-inputs.ts';

export { BULLETIN_DIR };
export const BULLETIN_FILES = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'];

let parsed: ParsedNotice[] | null = null;

/** Every notice of the three bulletins as parsed, in printed order (parsed once per test file). */
export function bulletinNotices(): ParsedNotice[] {
  parsed ??= BULLETIN_FILES.flatMap((file) => parseBulletin(readFileSync(resolve(BULLETIN_DIR, file), 'utf8')).notices);
  return parsed;
}

/** The notice of the three bulletins whose title starts so. */
export function bulletinNotice(titleStart: string): ParsedNotice {
  const found = bulletinNotices().find((n) => n.title.startsWith(titleStart));
  if (!found) throw new Error(`no notice starts with ${titleStart}`);
  return found;
}

/** Every notice of the three bulletins, ids 'n001', 'n002', … in printed order (so id order is printed order). */
export function bulletinDocs(): SearchDoc[] {
  return bulletinNotices().map((notice, i) => ({ ...notice, id: `n${String(i + 1).padStart(3, '0')}` }));
}

export function idOfTitle(docs: readonly SearchDoc[], fragment: string): NoticeId {
  const doc = docs.find((d) => d.title.includes(fragment));
  if (!doc) throw new Error(`no notice titled …${fragment}…`);
  return doc.id;
}

/** The index of the three bulletins, with clients 绿源环保 (→ 绿色政府采购) and 晋城智造 (→ 上规升级). */
export function bulletinIndex(docs: readonly SearchDoc[] = bulletinDocs()): SearchIndex {
  const index = new SearchIndex();
  index.addAll(docs);
  index.setClients([
    { id: 'c1', name: '北京绿源环保科技有限公司', qualifications: ['专精特新', '高新技术企业'] },
    { id: 'c2', name: '晋城智造装备有限公司', qualifications: ['小巨人', '规上企业'] },
  ]);
  index.setTags([
    { clientId: 'c1', noticeId: idOfTitle(docs, '绿色政府采购') },
    { clientId: 'c2', noticeId: idOfTitle(docs, '上规升级') },
  ]);
  return index;
}
