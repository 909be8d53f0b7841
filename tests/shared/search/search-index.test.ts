// The search index's behaviour: matching rules, highlights, snippets, filters and
// browse, incremental changes, serialisation.
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, IndexFormatError, SearchIndex, formatVersionOf, type SearchDoc, type SearchHit } from '../../../shared/search/index.ts';
import type { NoticeId } from '../../../shared/model/ids.ts';
import { bulletinDocs, bulletinIndex, idOfTitle } from '../../support/bulletin-docs.ts';

function doc(id: NoticeId, title: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, title, docNumber: null, agencies: [], category: '政策文件', date: null, deadline: null, body: [], ...extra };
}

/** Notice `i` of a generated run: 'n01', 'n02', … (id order is the order they were added). */
const numbered = (i: number): NoticeId => `n${String(i).padStart(2, '0')}`;
const titles = (hits: readonly SearchHit[]): string[] => hits.map((hit) => hit.title);
const marked = (text: string, ranges: readonly (readonly [number, number])[]): string[] => ranges.map(([s, e]) => text.slice(s, e));

describe('matching', () => {
  const docs = bulletinDocs();
  let index: SearchIndex;
  beforeAll(() => {
    index = bulletinIndex(docs);
  });

  it('requires every term, in any field; notices lacking one follow, marked', () => {
    const { hits, total } = index.search({ query: '北京 绿色 采购', limit: 50 });
    expect(total).toBeGreaterThan(0);
    const whole = hits.filter((hit) => !hit.lacking);
    const partial = hits.filter((hit) => hit.lacking);
    expect(whole.length).toBeGreaterThan(0);
    expect(hits.slice(0, whole.length)).toEqual(whole);
    for (const hit of partial) expect(hit.lacking?.length).toBe(1);
    for (const hit of whole) {
      const d = docs.find((x) => x.id === hit.id);
      const text = [d?.title, d?.docNumber, ...(d?.agencies ?? []), d?.category, ...(d?.body ?? [])].join('\n');
      for (const term of ['北京', '绿色', '采购']) expect(text, hit.title).toContain(term);
    }
    expect(hits[0]?.title).toContain('绿色政府采购');
  });

  it('tolerates one wrong or missing character in a term of four or more, and says so', () => {
    const wrong = index.search({ query: '电子营业执招', limit: 3 });
    expect(wrong.hits[0]?.title).toContain('电子营业执照');
    expect(wrong.hits[0]?.exact).toBe(false);
    const missing = index.search({ query: '电子营执照', limit: 3 });
    expect(missing.hits[0]?.title).toContain('电子营业执照');
    const exact = index.search({ query: '电子营业执照', limit: 3 });
    expect(exact.hits[0]?.exact).toBe(true);
  });

  it('does not guess for terms shorter than four characters', () => {
    // 晋兴板 is in one notice; 晋兴极 (one character wrong, three in all) matches nothing.
    expect(index.search({ query: '晋兴板' }).total).toBe(1);
    expect(index.search({ query: '晋兴极' }).total).toBe(0);
  });

  it('finds a 文号 printed any way, first', () => {
    const wanted = idOfTitle(docs, '绿色制造标准体系');
    for (const query of ['工信部联节〔2016〕304号', '工信部联节[2016]304号', '工信部联节（2016）304号', '工信部联节2016 304', '工信部联节304号', '304号']) {
      expect(index.search({ query, limit: 1 }).hits[0]?.id, query).toBe(wanted);
    }
  });

  it('matches traditional characters, full width and pinyin', () => {
    expect(index.search({ query: '長江經濟帶', limit: 1 }).hits[0]?.title).toContain('长江经济带');
    expect(index.search({ query: '“贯标１００”', limit: 1 }).hits[0]?.title).toContain('贯标100');
    expect(index.search({ query: 'changjiang jingjidai', limit: 1 }).hits[0]?.title).toContain('长江经济带');
    expect(index.search({ query: 'cjjjd', limit: 1 }).hits[0]?.title).toContain('长江经济带');
  });

  it('finds notices by the names and tags of the clients they are tagged to', () => {
    const probe = new SearchIndex();
    probe.addAll([doc('n1', '关于甲的通知'), doc('n2', '关于乙的通知')]);
    probe.setClients([{ id: 'c7', name: '华创精密机械有限公司', qualifications: ['单项冠军'] }]);
    expect(probe.search({ query: '单项冠军' }).total).toBe(0);
    probe.setNoticeClients('n2', ['c7']);
    expect(probe.search({ query: '单项冠军' }).hits.map((h) => h.id)).toEqual(['n2']);
    expect(probe.search({ query: '华创精密' }).hits.map((h) => h.id)).toEqual(['n2']);
    // Renaming the client changes what finds its notices, without re-indexing them.
    probe.putClient({ id: 'c7', name: '博远智能装备有限公司', qualifications: [] });
    expect(probe.search({ query: '华创精密' }).total).toBe(0);
    expect(probe.search({ query: '博远智能' }).hits.map((h) => h.id)).toEqual(['n2']);
    probe.setNoticeClients('n2', []);
    expect(probe.search({ query: '博远智能' }).total).toBe(0);
    probe.setNoticeClients('n1', ['c7']);
    probe.removeClient('c7');
    expect(probe.search({ query: '博远智能' }).total).toBe(0);
  });
});

describe('highlights and snippets', () => {
  const docs = bulletinDocs();
  const index = bulletinIndex(docs);

  it('marks the matched characters of the title', () => {
    const hit = index.search({ query: '电子营业执照', limit: 1 }).hits[0];
    expect(hit && marked(hit.title, hit.titleRanges)).toEqual(['电子营业执照']);
    const multi = index.search({ query: '北京 采购', limit: 1 }).hits[0];
    expect(multi && marked(multi.title, multi.titleRanges)).toEqual(['北京', '采购']);
  });

  it('marks what a pinyin, traditional or mistyped query matched', () => {
    const pinyin = index.search({ query: 'lvse zhizao biaozhun', limit: 1 }).hits[0];
    expect(pinyin && marked(pinyin.title, pinyin.titleRanges)).toEqual(['绿色制造标准']);
    const traditional = index.search({ query: '綠色製造', limit: 1 }).hits[0];
    expect(traditional && marked(traditional.title, traditional.titleRanges)).toEqual(['绿色制造']);
    const typo = index.search({ query: '清洁能源消钠', limit: 1 }).hits[0];
    expect(typo && marked(typo.title, typo.titleRanges)).toEqual(['清洁能源消']);
  });

  it('marks the 文号 and the agencies', () => {
    const hit = index.search({ query: '国家能源局', limit: 1 }).hits[0];
    expect(hit?.agencies.map((agency, i) => marked(agency, hit.agencyRanges[i] ?? []))).toContainEqual(['国家能源局']);
    const byNumber = index.search({ query: '发改财金 1756', limit: 1 }).hits[0];
    expect(byNumber && marked(byNumber.docNumber ?? '', byNumber.docNumberRanges)).toEqual(['发改财金', '1756']);
  });

  it('cuts a snippet around the best match of the body, with its highlights', () => {
    const body = docs.find((d) => d.title.includes('长江经济带'))?.body ?? [];
    const snippet = index.snippet('危险化学品搬迁', body);
    expect(snippet.text).toContain('危险化学品搬迁');
    expect(snippet.text.length).toBeLessThanOrEqual(82);
    expect(marked(snippet.text, snippet.ranges)).toContain('危险化学品搬迁');
    expect(snippet.text.startsWith('…') || body.some((p) => p.startsWith(snippet.text.replace(/…$/, '')))).toBe(true);
  });

  it('starts at the body when the body does not match', () => {
    const snippet = index.snippet('晋城智造', ['第一段正文。', '第二段。']);
    expect(snippet).toEqual({ text: '第一段正文。', ranges: [] });
  });
});

describe('filters and browse', () => {
  const docs: SearchDoc[] = [
    doc('n1', '北京市关于绿色制造的通知', { agencies: ['北京市经济和信息化局'], category: '绿色制造', date: '2019-03-01', deadline: '2019-04-01', bulletinIds: ['b1'] }),
    doc('n2', '深圳市关于绿色工厂的通知', { agencies: ['深圳市工业和信息化局'], category: '绿色制造', date: '2020-05-01', deadline: '2020-06-30', bulletinIds: ['b1', 'b2'] }),
    doc('n3', '关于推进绿色发展的意见', { agencies: ['工业和信息化部'], category: '政策文件', date: '2018-01-15', bulletinIds: ['b2'] }),
    doc('n4', '山西省关于项目申报的通知', { agencies: ['山西省财政厅'], category: '项目申报', deadline: '2020-06-10', bulletinIds: ['b2'] }),
  ];
  const index = new SearchIndex();
  index.addAll(docs);
  index.setClients([{ id: 'c9', name: '客户甲', qualifications: [] }]);
  index.setTags([{ clientId: 'c9', noticeId: 'n3' }]);
  const ids = (request: Parameters<SearchIndex['search']>[0]): NoticeId[] => index.search({ limit: 100, allIds: true, ...request }).ids ?? [];

  it('browses everything newest first, undated last, and in other orders', () => {
    expect(ids({ query: '' })).toEqual(['n2', 'n1', 'n3', 'n4']);
    expect(ids({ query: '', sort: { key: 'date', direction: 'asc' } })).toEqual(['n3', 'n1', 'n2', 'n4']);
    expect(ids({ query: '', sort: { key: 'deadline' } })).toEqual(['n1', 'n4', 'n2', 'n3']);
    expect(ids({ query: '', sort: { key: 'deadline', direction: 'desc' } })).toEqual(['n2', 'n4', 'n1', 'n3']);
    // By pinyin: bei… < guan… < shan… < shen…
    expect(ids({ query: '', sort: { key: 'title' } })).toEqual(['n1', 'n3', 'n4', 'n2']);
  });

  it('combines filters with each other and with the query', () => {
    expect(ids({ query: '', filters: { categories: ['绿色制造'] } })).toEqual(['n2', 'n1']);
    expect(ids({ query: '', filters: { provinces: ['北京'] } })).toEqual(['n1']);
    expect(ids({ query: '', filters: { provinces: ['广东'] } })).toEqual(['n2']);
    expect(ids({ query: '', filters: { cities: ['深圳'] } })).toEqual(['n2']);
    expect(ids({ query: '', filters: { agencies: ['工业和信息化部', '山西省财政厅'] } })).toEqual(['n3', 'n4']);
    expect(ids({ query: '', filters: { yearFrom: 2019, yearTo: 2020 } })).toEqual(['n2', 'n1']);
    expect(ids({ query: '', filters: { clientIds: ['c9'] } })).toEqual(['n3']);
    expect(ids({ query: '', filters: { bulletinIds: ['b1'] } })).toEqual(['n2', 'n1']);
    expect(ids({ query: '绿色', filters: { categories: ['绿色制造'], yearFrom: 2020 } })).toEqual(['n2']);
    // The 需核对 marks: only these notices, none for an empty list.
    expect(ids({ query: '', filters: { noticeIds: ['n4', 'n1'] } })).toEqual(['n1', 'n4']);
    expect(ids({ query: '', filters: { noticeIds: [] } })).toEqual([]);
    const narrowed = index.search({ query: '', facets: true, filters: { noticeIds: ['n1', 'n3'] } });
    expect(narrowed.facets?.categories).toEqual([
      { value: '政策文件', count: 1 },
      { value: '绿色制造', count: 1 },
    ]);
  });

  it('filters deadlines relative to today', () => {
    const today = '2020-06-15';
    expect(ids({ query: '', today, filters: { deadline: 'upcoming' } })).toEqual(['n2']);
    expect(ids({ query: '', today, filters: { deadline: 'passed' } })).toEqual(['n1', 'n4']);
    expect(ids({ query: '', today, filters: { deadline: 'any' } })).toEqual(['n2', 'n1', 'n4']);
    expect(ids({ query: '', today, filters: { deadline: 'none' } })).toEqual(['n3']);
  });

  it('counts facets of the current result set', () => {
    const { facets, total } = index.search({ query: '', facets: true, today: '2020-06-15' });
    expect(total).toBe(4);
    expect(facets?.categories).toEqual([
      { value: '绿色制造', count: 2 },
      { value: '政策文件', count: 1 },
      { value: '项目申报', count: 1 },
    ]);
    expect(facets?.provinces).toContainEqual({ value: '', count: 1 });
    expect(facets?.provinces).toContainEqual({ value: '广东', count: 1 });
    expect(facets?.years).toEqual([
      { value: '2020', count: 1 },
      { value: '2019', count: 1 },
      { value: '2018', count: 1 },
      { value: '', count: 1 },
    ]);
    expect(facets?.deadline).toEqual({ with: 3, without: 1, upcoming: 1, passed: 2 });
    const narrowed = index.search({ query: '绿色', facets: true, filters: { categories: ['绿色制造'] } });
    expect(narrowed.facets?.agencies.map((a) => a.value).sort()).toEqual(['北京市经济和信息化局', '深圳市工业和信息化局']);
  });
});

describe('incremental changes and serialisation', () => {
  it('adds, replaces and removes documents', () => {
    const index = new SearchIndex();
    index.add(doc('n1', '关于电子营业执照的通知'));
    expect(index.search({ query: '电子营业执照' }).total).toBe(1);
    index.add(doc('n2', '关于绿色制造的通知'));
    index.add(doc('n1', '关于清洁能源消纳的通知'));
    expect(index.size).toBe(2);
    expect(index.search({ query: '电子营业执照' }).total).toBe(0);
    expect(index.search({ query: '清洁能源消纳' }).hits.map((h) => h.id)).toEqual(['n1']);
    expect(index.remove('n2')).toBe(true);
    expect(index.remove('n2')).toBe(false);
    expect(index.search({ query: '绿色制造' }).total).toBe(0);
    expect(index.search({ query: '' }).total).toBe(1);
  });

  it('stays correct through many small additions, segment merges and compaction', () => {
    const index = new SearchIndex();
    for (let i = 1; i <= 30; i++) {
      index.add(doc(numbered(i), `第${i}号关于节能专项资金的通知`, { body: [`正文编号${i}`] }));
      if (i % 3 === 0) index.remove(numbered(i - 1));
      expect(index.search({ query: '节能专项资金' }).total).toBe(index.size);
    }
    expect(index.stats().segments).toBeLessThanOrEqual(9);
    const before = index.search({ query: '节能专项资金', allIds: true }).ids;
    index.compact();
    expect(index.stats()).toMatchObject({ documents: 20, liveDocuments: 20, segments: 1 });
    expect(index.search({ query: '节能专项资金', allIds: true }).ids).toEqual(before);
    // A trailing number may still be being typed (7 → 71…), so others follow; 7 leads.
    expect(index.search({ query: '正文编号7' }).hits[0]?.id).toBe(numbered(7));
    expect(index.search({ query: '正文编号7 ' }).hits.map((h) => h.id)).toEqual([numbered(7)]);
  });

  it('serialises and loads to the same answers, and keeps growing after loading', () => {
    const docs = bulletinDocs();
    const index = bulletinIndex(docs);
    index.remove(idOfTitle(docs, '晋兴板'));
    index.meta = { watermark: '2024-01-01T00:00:00.000Z' };
    const bytes = index.serialize();
    expect(formatVersionOf(bytes)).toBe(FORMAT_VERSION);
    // At an odd offset, as a slice of a larger buffer can be.
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const loaded = SearchIndex.load(shifted.subarray(3));
    expect(loaded.meta).toEqual({ watermark: '2024-01-01T00:00:00.000Z' });
    expect(loaded.stats()).toEqual(index.stats());
    for (const query of ['绿色制造', '北京 采购', '工信部联节2016 304', 'lszz', '綠色製造', '小巨人', '晋兴板', '']) {
      expect(loaded.search({ query, limit: 50, facets: true }), query).toEqual(index.search({ query, limit: 50, facets: true }));
    }
    loaded.add(doc('n1000', '关于晋兴板挂牌的补充通知'));
    expect(loaded.search({ query: '晋兴板' }).hits.map((h) => h.id)).toEqual(['n1000']);
  });

  it('refuses bytes of another format version or that are not an index', () => {
    const bytes = new SearchIndex().serialize();
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, FORMAT_VERSION + 1, true);
    expect(() => SearchIndex.load(other)).toThrow(IndexFormatError);
    expect(() => SearchIndex.load(new Uint8Array([1, 2, 3]))).toThrow(IndexFormatError);
    expect(() => SearchIndex.load(bytes.subarray(0, 20))).toThrow(IndexFormatError);
  });

  it('refuses bytes damaged anywhere after the prefix (one flipped bit in the postings or the header)', () => {
    const bytes = bulletinIndex().serialize();
    for (const at of [16, 100, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const damaged = bytes.slice();
      damaged[at] = (damaged[at] ?? 0) ^ 1;
      expect(() => SearchIndex.load(damaged), `byte ${at}`).toThrow(/校验和不符/);
    }
    expect(SearchIndex.load(bytes.slice()).size).toBe(bulletinIndex().size);
  });
});

describe('ranking', () => {
  it('puts a title match before a body-only match', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('n1', '关于开展调研的通知', { body: ['本次调研涉及电子营业执照的推广应用。'] }),
      doc('n2', '关于推广电子营业执照的通知', { body: ['正文。'] }),
    ]);
    expect(titles(index.search({ query: '电子营业执照' }).hits)).toEqual(['关于推广电子营业执照的通知', '关于开展调研的通知']);
  });
});

describe('ranked pages from bitmaps', () => {
  it('gives the same total and first hits as listing every match', async () => {
    // A generated library where common bigrams (企业, 关于) are stored as bitmaps.
    const { generateCorpus } = await import('../../bench/search-corpus.ts');
    const corpus = generateCorpus(1500, 11);
    const index = new SearchIndex();
    index.addAll(corpus.docs);
    for (const query of ['企业', '关于印发', '绿色工厂', '北京 企业', '通知 工作', '示范企业的通知', 'detong zhi', '殭屍企業']) {
      const page = index.search({ query, limit: 20 });
      // Facets need every match: the complete path.
      const complete = index.search({ query, limit: 20, facets: true });
      expect(page.total, query).toBe(complete.total);
      expect(page.total, query).toBeGreaterThan(20);
      expect(page.hits.map((h) => h.id), query).toEqual(complete.hits.map((h) => h.id));
    }
  });
});
