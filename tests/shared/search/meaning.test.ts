// What a consultant means, over small libraries built for each rule: other words for the
// same thing (also shown), words typed without spaces, a homophone in a short term, a
// term that matches nothing, a 文号 typed without its year, and one agency under its
// several names in the facets and the filter.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '../../../shared/search/index.ts';
import { canonicalAgency } from '../../../shared/search/thesaurus/canonical-agency.ts';
import { planQuery } from '../../../shared/search/query.ts';
import { segmentTerm } from '../../../shared/search/segment.ts';
import { unitsOf } from '../../../shared/search/text-units.ts';

function doc(id: string, title: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, title, docNumber: null, agencies: [], category: '政策文件', date: null, deadline: null, body: [], ...extra };
}

const ids = (index: SearchIndex, query: string, limit = 10): string[] => index.search({ query, limit }).hits.map((hit) => hit.id);

describe('other words for the same thing', () => {
  const index = new SearchIndex();
  index.addAll([
    doc('zizhu', '关于组织申报2023年度企业研发资助资金的通知'),
    doc('butie', '关于开展2023年企业技术改造补贴申报工作的通知'),
    doc('gaoqi', '关于做好高新技术企业认定工作的通知', { body: ['请各区组织辖区企业申报。'] }),
    doc('none', '关于举办安全生产培训班的通知'),
  ]);

  it('finds 技术改造 for 技改 and 资助 for 补贴, after the notice that says the word typed', () => {
    expect(ids(index, '技改')).toEqual(['butie']);
    expect(ids(index, '补贴')).toEqual(['butie', 'zizhu']);
    expect(ids(index, '高企')).toEqual(['gaoqi']);
  });

  it('says what else it searched for', () => {
    const response = index.search({ query: '技改' });
    expect(response.otherForms?.map((e) => e.term)).toEqual(['技改']);
    expect(response.otherForms?.[0]?.forms).toContain('技术改造');
    expect(index.search({ query: '举办' }).otherForms).toBeUndefined();
  });
});

describe('another form of a term', () => {
  it('is not read as mistyped, but one bigram may miss where the notice prints something inside it', () => {
    const term = planQuery('重庆经信委').wider?.(false)?.terms[0];
    const full = unitsOf('重庆经济和信息化委员会');
    const form = term?.variants.find((v) => v.weight < 1 && v.units.join() === full.join());
    // Typed, a term of that length tolerates a wrong character (two bigrams) or more.
    expect(planQuery('重庆经济和信息化委员会').terms[0]?.variants[0]?.tolerance).toBe(3);
    expect(form?.tolerance).toBe(1);
  });

  it('reads a local department typed after its place without 省 or 市 (北京经信局 for 北京市经济和信息化局)', () => {
    const term = planQuery('北京经信局').wider?.(false)?.terms[0];
    const form = term?.variants.find((v) => v.weight < 1 && v.units.join() === unitsOf('北京经济和信息化局').join());
    // 京经 (bigram 1) joins the place to the department: it only adds to the score.
    expect(form?.optionalMask).toBe(1 << 1);
    expect((form?.primaryMask ?? 0) & (1 << 1)).toBe(0);
    // A synonym put in a term is not a department: nothing is left out of it.
    const synonym = planQuery('企业技改').wider?.(false)?.terms[0]?.variants.find((v) => v.weight < 1);
    expect(synonym?.optionalMask).toBe(0);
  });

  it('finds the department first even when many notices have the typed bigrams scattered over their bodies', () => {
    const index = new SearchIndex();
    // Twelve notices whose bodies hold 北京经…, …经信局 and 环保装备 apart, and others.
    const scattered = Array.from({ length: 12 }, (_, i) =>
      doc(`scattered-${i}`, `关于开展第${i + 1}批制造业规范条件申报的通知`, { body: ['北京经济技术开发区各企业：', '请与区经信局联系。', '环保装备制造企业可以申报。'] }),
    );
    const others = Array.from({ length: 30 }, (_, i) => doc(`other-${i}`, `关于开展第${i + 1}批安全生产检查的通知`, { body: ['各区县人民政府：'] }));
    index.addAll([...scattered, ...others, doc('bj', '北京市经济和信息化局关于征集符合环保装备制造业规范条件企业的通知', { agencies: ['北京市经济和信息化局'] })]);
    expect(ids(index, '北京经信局 环保装备', 3)[0]).toBe('bj');
  });

  it('finds 重庆市经济和信息化委员会 for 重庆经信委', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('cq', '关于开展市级工业设计中心认定工作的通知', { agencies: ['重庆市经济和信息化委员会'] }),
      doc('other', '关于开展工业设计中心认定工作的通知', { agencies: ['四川省经济和信息化厅'] }),
    ]);
    expect(ids(index, '重庆经信委')).toEqual(['cq']);
  });
});

describe('words typed without spaces', () => {
  it('cuts a run at the words search knows and at place names; short runs stay whole', () => {
    expect(segmentTerm('专精特新补助申报截止')).toEqual(['专精特新', '补助', '申报截止']);
    expect(segmentTerm('广东发改委')).toEqual(['广东', '发改委']);
    // A one-character piece joins its neighbour: 省 is searched with 工信厅.
    expect(segmentTerm('省工信厅')).toEqual(['省工信厅']);
    expect(segmentTerm('首台桃')).toEqual(['首台桃']);
    expect(segmentTerm('工信部联节2016304号')).toEqual(['工信部联节2016304号']);
  });

  it('finds a notice whose words stand apart, and ranks the one with the run as typed first', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('apart', '关于开展专精特新中小企业奖补资金申报的通知', { body: ['申报截止时间为2024年5月10日。', '补助标准按有关规定执行。'] }),
      doc('together', '专精特新补助申报截止时间调整的通知'),
      doc('none', '关于开展安全生产检查的通知'),
    ]);
    expect(ids(index, '专精特新补助申报截止')).toEqual(['together', 'apart']);
  });

  it('finds a province department by its short name', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('gd', '关于开展2023年省级企业技术中心认定工作的通知', { agencies: ['广东省发展和改革委员会'] }),
      doc('js', '关于开展2023年省级企业技术中心认定工作的通知（江苏）', { agencies: ['江苏省发展和改革委员会'] }),
      doc('gx', '关于开展工业设计中心认定工作的通知', { agencies: ['广东省工业和信息化厅'] }),
    ]);
    const { hits } = index.search({ query: '广东发改委 企业技术中心' });
    expect(hits[0]?.id).toBe('gd');
    expect(hits[0]?.lacking).toBeUndefined();
    // 江苏's lacks 广东: it may follow, marked.
    expect(hits.slice(1).every((hit) => hit.lacking?.includes('广东'))).toBe(true);
    expect(ids(index, '省工信厅')).toEqual(['gx']);
  });
});

describe('a wrong character in a short term', () => {
  const index = new SearchIndex();
  index.addAll([
    doc('shoutai', '关于组织申报2021年度首台套产品认定的通知'),
    doc('qiye', '关于做好中小企业服务工作的通知'),
    doc('other', '关于开展安全生产检查的通知'),
  ]);

  it('finds the homophone (首台桃 for 首台套, 其业 for 企业), marked as not exact', () => {
    const hits = index.search({ query: '首台桃' }).hits;
    expect(hits.map((hit) => hit.id)).toEqual(['shoutai']);
    expect(hits[0]?.exact).toBe(false);
    expect(ids(index, '中小其业')).toEqual(['qiye']);
  });

  it('ranks every exact match above every guess', () => {
    const more = new SearchIndex();
    more.addAll([doc('guess', '关于首台套产品的通知'), doc('exact', '关于首台桃园项目建设的通知')]);
    const hits = more.search({ query: '首台桃' }).hits;
    expect(hits.map((hit) => [hit.id, hit.exact])).toEqual([
      ['exact', true],
      ['guess', false],
    ]);
  });
});

describe('a term that matches nothing', () => {
  const index = new SearchIndex();
  index.addAll([
    doc('both', '北京市关于组织申报绿色工厂的通知'),
    doc('one', '天津市关于组织申报绿色工厂的通知'),
    doc('none', '关于开展安全生产检查的通知'),
  ]);

  it('no longer empties the results: notices with most of the terms follow, marked with the term they lack', () => {
    const { hits } = index.search({ query: '北京 绿色工厂 摇号' });
    // 天津's lacks two of the three terms: not "most of them".
    expect(hits.map((hit) => hit.id)).toEqual(['both']);
    expect(hits[0]?.lacking).toEqual(['摇号']);
    expect(hits[0]?.exact).toBe(false);
  });

  it('puts the notices that have every term first', () => {
    const { hits } = index.search({ query: '北京 绿色工厂 申报' });
    expect(hits[0]?.id).toBe('both');
    expect(hits[0]?.lacking).toBeUndefined();
    expect(hits.slice(1).every((hit) => hit.lacking !== undefined)).toBe(true);
  });
});

describe('a term no notice has', () => {
  it('is lacked by the notice that has the others, even one of them printed with something inside', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('zj', '浙江省人民政府关于实施重大活动临时性管理措施的决定', { body: ['在有关地区采取临时性交通（含高速公路）管理措施。'] }),
      doc('zj-other', '浙江省关于开展工业设计中心认定工作的通知'),
      doc('none', '关于开展安全生产检查的通知'),
    ]);
    const { hits } = index.search({ query: 'G20 交通管理措施 浙江' });
    // The other 浙江 notice lacks two of the three terms.
    expect(hits.map((hit) => hit.id)).toEqual(['zj']);
    expect(hits[0]?.lacking).toEqual(['g20']);
  });
});

describe('a 文号 typed without its year', () => {
  it('finds 苏工信中小〔2020〕88号 from 苏工信中小88号, printed in the body only too', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('field', '关于公布专精特新中小企业名单的通知', { docNumber: '苏工信中小〔2020〕88号' }),
      doc('body', '关于转发省厅通知的通知', { body: ['根据《关于公布名单的通知》（苏工信中小〔2019〕88号）要求，现转发给你们。'] }),
      doc('other', '关于公布名单的通知', { docNumber: '苏工信中小〔2020〕89号' }),
    ]);
    expect(ids(index, '苏工信中小88号').sort()).toEqual(['body', 'field']);
  });
});

describe('one agency under its several names', () => {
  it('reads central and local names as their full names', () => {
    expect(canonicalAgency('国家发展改革委')).toBe('国家发展和改革委员会');
    expect(canonicalAgency('发展改革委')).toBe('国家发展和改革委员会');
    expect(canonicalAgency('中华人民共和国工业和信息化部')).toBe('工业和信息化部');
    expect(canonicalAgency('广东省发展改革委')).toBe('广东省发展和改革委员会');
    expect(canonicalAgency('上海市经济信息化委')).toBe('上海市经济和信息化委员会');
    expect(canonicalAgency('某某协会')).toBe('某某协会');
  });

  it('lists it once in the facets, filters by any of its names, and keeps the printed name on the notice', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('a', '通知一', { agencies: ['国家发展改革委'] }),
      doc('b', '通知二', { agencies: ['发展改革委', '工业和信息化部'] }),
      doc('c', '通知三', { agencies: ['国家发展和改革委员会'] }),
      doc('d', '通知四', { agencies: ['财政部'] }),
    ]);
    const { facets } = index.search({ query: '', facets: true });
    expect(facets?.agencies.filter((f) => f.value.includes('发展'))).toEqual([{ value: '国家发展和改革委员会', count: 3 }]);
    const filtered = index.search({ query: '', filters: { agencies: ['发展改革委'] }, limit: 10 });
    expect(filtered.hits.map((hit) => hit.id).sort()).toEqual(['a', 'b', 'c']);
    expect(filtered.hits.find((hit) => hit.id === 'a')?.agencies).toEqual(['国家发展改革委']);
  });
});

describe('a known word typed in pinyin', () => {
  it('is searched as the word and its other forms, in bodies too (kuajingdianshang → 跨境电商, 跨境电子商务)', () => {
    const index = new SearchIndex();
    index.addAll([
      doc('body', '关于促进外贸发展的若干措施', { body: ['支持跨境电子商务综合试验区建设。'] }),
      doc('other', '关于开展安全生产检查的通知'),
    ]);
    const response = index.search({ query: 'kuajingdianshang' });
    expect(response.hits.map((hit) => hit.id)).toEqual(['body']);
    expect(response.otherForms?.[0]?.forms).toContain('跨境电商');
  });
});

describe('a number or a Latin word typed against Chinese', () => {
  it('stands alone, while a 文号 stays whole', () => {
    expect(segmentTerm('合肥技改补贴2023')).toEqual(['合肥', '技改', '补贴', '2023']);
    expect(segmentTerm('G20交通管制')).toEqual(['G20', '交通管制']);
    expect(segmentTerm('津滨政发20号')).toEqual(['津滨政发20号']);
    expect(segmentTerm('工信部联节〔2016〕304号')).toEqual(['工信部联节〔2016〕304号']);
    expect(segmentTerm('2023年')).toEqual(['2023年']);
  });
});
