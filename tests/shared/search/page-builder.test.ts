// A build spread over threads: pages indexed apart (PageBuilder) and adopted in order
// make the same index as adding every notice in one thread, byte for byte.
import { describe, expect, it } from 'vitest';
import type { NoticeId } from '../../../shared/model/ids.ts';
import { PageBuilder, SearchIndex, type SearchDoc } from '../../../shared/search/index.ts';
import { bulletinDocs, idOfTitle } from '../../support/bulletin-docs.ts';

/** The index of `docs` adopted in pages of `size`; notices in `gone` leave an empty place. */
function adoptedInPages(docs: readonly SearchDoc[], size: number, gone = new Set<NoticeId>()): SearchIndex {
  const index = new SearchIndex();
  index.beginBulk();
  for (let base = 0; base < docs.length; base += size) {
    const page = docs.slice(base, base + size).map((doc) => (gone.has(doc.id) ? null : doc));
    const builder = new PageBuilder(base);
    page.forEach((doc, position) => {
      if (doc) builder.add(position, doc);
    });
    index.adopt(base, page, builder.finish());
  }
  index.endBulk();
  return index;
}

function builtInOne(docs: readonly SearchDoc[]): SearchIndex {
  const index = new SearchIndex();
  index.addAll(docs);
  return index;
}

describe('an index adopted page by page', () => {
  const docs = bulletinDocs();

  it('is the index built in one thread, byte for byte', () => {
    expect(docs.length).toBeGreaterThan(20);
    expect(adoptedInPages(docs, 7).serialize()).toEqual(builtInOne(docs).serialize());
  });

  it('keeps the place of a notice gone from its page empty, and compaction removes it', () => {
    const gone = idOfTitle(docs, '晋兴板');
    const index = adoptedInPages(docs, 7, new Set([gone]));
    expect(index.size).toBe(docs.length - 1);
    expect(index.has(gone)).toBe(false);
    expect(index.search({ query: '晋兴板', limit: 50 }).hits.map((hit) => hit.id)).not.toContain(gone);
    expect(index.search({ query: '', limit: 0 }).total).toBe(docs.length - 1);
    index.compact();
    expect(index.serialize()).toEqual(builtInOne(docs.filter((doc) => doc.id !== gone)).serialize());
  });

  it('refuses a page adopted out of order', () => {
    const index = new SearchIndex();
    const second = docs.slice(7, 14);
    const builder = new PageBuilder(7);
    second.forEach((doc, position) => builder.add(position, doc));
    expect(() => index.adopt(7, second, builder.finish())).toThrow(/ordinal 7/);
  });
});
