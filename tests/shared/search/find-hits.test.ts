// Strict matching, tested directly. A ranked page of a common-word query (企业, 关于 通知)
// is answered by a fast path that ANDs bitmap bytes eight documents at a time
// (find-hits-bulk.ts); asking for every id takes the general path (find-hits.ts). Over a library
// large enough for those words to be stored as bitmaps, both must find the same
// documents with the same scores, and every exact match must hold every term.
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '../../../shared/search/index.ts';
import { bulletinDocs } from '../../support/bulletin-docs.ts';

/** The real notices, twelve times over under new ids (about 400 documents). */
function library(): SearchDoc[] {
  const real = bulletinDocs();
  const docs: SearchDoc[] = [];
  for (let copy = 0; copy < 12; copy++) for (const doc of real) docs.push({ ...doc, id: `n${String(docs.length + 1).padStart(4, '0')}` });
  return docs;
}

function textOf(doc: SearchDoc): string {
  return [doc.title, doc.docNumber ?? '', ...doc.agencies, doc.category, ...doc.body].join('\n');
}

describe('strict matching', () => {
  const docs = library();
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  let index: SearchIndex;
  beforeAll(() => {
    index = new SearchIndex();
    index.addAll(docs);
    index.flush();
  });

  it.each(['企业', '关于 通知', '项目 申报', '绿色 制造', '工业和信息化'])('a ranked page of “%s” agrees with the full match', (query) => {
    const page = index.search({ query, limit: 20 });
    const all = index.search({ query, limit: 20, allIds: true });
    expect(page.total).toBe(all.total);
    expect(page.total).toBeGreaterThan(20);
    expect(page.hits.map((hit) => [hit.id, hit.score])).toEqual(all.hits.map((hit) => [hit.id, hit.score]));
    const terms = query.split(' ');
    for (const hit of page.hits) {
      expect(hit.exact).toBe(true);
      for (const term of terms) expect(textOf(byId.get(hit.id) as SearchDoc), `${hit.title} has ${term}`).toContain(term);
    }
  });

  it('counts exactly the documents that hold every term (other forms are searched only when these find few)', () => {
    for (const query of ['企业', '关于 通知', '项目 申报']) {
      const terms = query.split(' ');
      const holding = docs.filter((doc) => terms.every((term) => textOf(doc).includes(term))).length;
      expect(index.search({ query, limit: 0 }).total, query).toBe(holding);
    }
  });
});
