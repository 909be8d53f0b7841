// The three real bulletins, parsed and indexed as the app and the command line do,
// with two clients tagged to notices: the corpus of the search quality tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBulletin } from '../../shared/parse/index.ts';
import { SearchIndex, type SearchDoc } from '../../shared/search/index.ts';
import { BULLETIN_DIR } from './shared-inputs.ts';

export { BULLETIN_DIR };
export const BULLETIN_FILES = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'];

/** Every notice of the three bulletins, ids from 1 in printed order. */
export function bulletinDocs(): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const file of BULLETIN_FILES) {
    const { notices } = parseBulletin(readFileSync(resolve(BULLETIN_DIR, file), 'utf8'));
    for (const notice of notices) docs.push({ ...notice, id: docs.length + 1 });
  }
  return docs;
}

export function idOfTitle(docs: readonly SearchDoc[], fragment: string): number {
  const doc = docs.find((d) => d.title.includes(fragment));
  if (!doc) throw new Error(`no notice titled …${fragment}…`);
  return doc.id;
}

/** The index of the three bulletins, with clients 绿源环保 (→ 绿色政府采购) and 晋城智造 (→ 上规升级). */
export function bulletinIndex(docs: readonly SearchDoc[] = bulletinDocs()): SearchIndex {
  const index = new SearchIndex();
  index.addAll(docs);
  index.setClients([
    { id: 1, name: '北京绿源环保科技有限公司', tags: ['专精特新', '高新技术企业'] },
    { id: 2, name: '晋城智造装备有限公司', tags: ['小巨人', '规上企业'] },
  ]);
  index.setAssignments([
    { clientId: 1, noticeId: idOfTitle(docs, '绿色政府采购') },
    { clientId: 2, noticeId: idOfTitle(docs, '上规升级') },
  ]);
  return index;
}
