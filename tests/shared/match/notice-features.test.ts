// What a notice offers and to whom, read from its text, each item with its sentence.
import { describe, expect, it } from 'vitest';
import { deriveFeatures, type NoticeFeatures } from '../../../shared/match/notice-features.ts';
import type { Evidence } from '../../../shared/match/evidence.ts';
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { bulletinNotice, bulletinNotices } from '../../support/bulletin-docs.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const features = (fields: Partial<ParsedNotice>): NoticeFeatures => deriveFeatures(parsedNotice(fields));

/** The evidence really is (a cut of) a sentence of the notice, where it says. */
function expectEvidenceIn(notice: ParsedNotice, evidence: Evidence | null | undefined): void {
  expect(evidence).toBeTruthy();
  if (!evidence) return;
  const source = evidence.place === 'title' ? notice.title : evidence.place === 'agencies' ? notice.agencies.join('、') : (notice.body[evidence.place] ?? '');
  for (const piece of evidence.text.split('…').filter((p) => p !== '')) expect(source).toContain(piece);
}

describe('where a notice applies', () => {
  it('national notices apply everywhere', () => {
    expect(deriveFeatures(bulletinNotice('关于知识产权服务民营企业')).scope).toEqual({ kind: 'national' });
  });

  it('a provincial agency limits it to its province, with the sentence that says so', () => {
    const notice = bulletinNotice('山西关于做好全省小微企业挂牌');
    const { scope } = deriveFeatures(notice);
    expect(scope).toMatchObject({ kind: 'regional', label: '山西省', places: [{ province: '山西', city: null }] });
    if (scope.kind === 'regional') {
      expect(scope.evidence.text).toContain('在我省行政区域内注册');
      expectEvidenceIn(notice, scope.evidence);
    }
  });

  it('a city agency limits it to the city, also a city not among the curated names', () => {
    expect(deriveFeatures(bulletinNotice('深圳市科技创新委员会')).scope).toMatchObject({ label: '深圳市', places: [{ province: '广东', city: '深圳' }] });
    expect(deriveFeatures(bulletinNotice('关于印发淮北市绿色工厂')).scope).toMatchObject({ label: '淮北市', places: [{ province: '安徽', city: '淮北' }] });
  });

  it('an economic zone in the title stands for its provinces', () => {
    const { scope } = deriveFeatures(bulletinNotice('关于加强长江经济带'));
    expect(scope.kind === 'regional' && scope.label).toBe('长江经济带');
    expect(scope.kind === 'regional' && scope.places.map((p) => p.province)).toEqual(expect.arrayContaining(['上海', '安徽', '重庆', '云南']));
    expect(scope.kind === 'regional' && scope.places.map((p) => p.province)).not.toContain('北京');
  });

  it('注册地在… in the body narrows it to a district', () => {
    const { scope } = features({ title: '关于开展专项资金申报的通知', agencies: ['北京市科学技术委员会'], body: ['一、申报条件', '（一）注册地在北京市海淀区的企业。'] });
    expect(scope).toMatchObject({ kind: 'regional', label: '北京市海淀区', places: [{ province: '北京', district: '海淀区' }] });
  });
});

describe('whom it is for', () => {
  it('kinds in the title or the conditions are targets, elsewhere mentions', () => {
    const notice = bulletinNotice('山西省关于进一步促进小微工业企业');
    const kinds = deriveFeatures(notice).kinds;
    expect(kinds.find((k) => k.kind === 'small-micro')).toMatchObject({ strength: 'target', evidence: { place: 'title' } });
    expect(kinds.find((k) => k.kind === 'above-scale')).toMatchObject({ strength: 'mention' });
    for (const kind of kinds) expectEvidenceIn(notice, kind.evidence);
  });

  it('科技型中小企业 is the qualification, not also the size', () => {
    const kinds = features({ title: '关于开展科技型中小企业评价工作的通知' }).kinds.map((k) => k.kind);
    expect(kinds).toContain('tech-sme');
    expect(kinds).not.toContain('sme');
  });

  it('industries from the vocabulary, a body mention only when repeated', () => {
    expect(deriveFeatures(bulletinNotice('关于印发《北京工业互联网')).industries.map((i) => i.industry)).toContain('industrial-internet');
    const once = features({ title: '关于做好申报工作的通知', body: ['支持集成电路企业。'] }).industries;
    expect(once).toEqual([]);
    const thrice = features({ title: '关于做好申报工作的通知', body: ['支持集成电路企业。', '集成电路设计。', '芯片制造。'] }).industries;
    expect(thrice).toMatchObject([{ industry: 'ic', strength: 'mention' }]);
  });
});

describe('what it gives', () => {
  it('the largest grant, not a threshold the conditions set', () => {
    const sx = deriveFeatures(bulletinNotice('山西省关于进一步促进小微工业企业'));
    // 年主营业务收入500万元至2000万元 is who may apply; the grants are 5 and 10 万元.
    expect(sx.maxAmount).toMatchObject({ wan: 10, text: '10万元' });
    expect(deriveFeatures(bulletinNotice('浙江省关于组织开展2019年度')).maxAmount).toMatchObject({ wan: 3000, text: '500-3000万元' });
    expect(features({ body: ['对每个项目给予最高不超过1.5亿元支持。'] }).maxAmount?.wan).toBe(15_000);
  });

  it('benefits, and the application with its deadline and sentence', () => {
    const notice = bulletinNotice('北京关于组织申报国家重点研发计划');
    const f = deriveFeatures(notice);
    expect(f.application).toMatchObject({ asks: true, deadline: '2019-01-08' });
    expect(f.application.evidence?.text).toContain('2019年1月8日');
    expectEvidenceIn(notice, f.application.evidence);
    expect(deriveFeatures(bulletinNotice('北京市关于进一步加强绿色政府采购')).benefits.map((b) => b.benefit)).toContain('procurement');
    expect(deriveFeatures(bulletinNotice('关于印发《电子营业执照')).application.asks).toBe(false);
  });

  it('the conditions paragraph, as a heading with its items or inline', () => {
    const listed = features({ body: ['一、申报条件', '（一）在本市注册的企业。', '（二）高新技术企业。', '二、申报材料', '申报书。'] }).conditions;
    expect(listed).toMatchObject({ heading: '申报条件', paragraphs: [{ index: 1, item: '第一条' }, { index: 2, item: '第二条' }] });
    expect(listed?.text).toBe('（一）在本市注册的企业。\n（二）高新技术企业。');
    const inline = deriveFeatures(bulletinNotice('浙江省关于组织开展2019年度')).conditions;
    expect(inline?.heading).toBe('实施主体');
    expect(inline?.text).toContain('实施主体为各市、县（市、区）人民政府');
  });

  it('how old an applicant must be', () => {
    expect(features({ body: ['申报企业须成立满3年。'] }).ageLimit).toMatchObject({ minYears: 3, maxYears: null });
    expect(features({ body: ['企业注册时间不超过5年。'] }).ageLimit).toMatchObject({ minYears: null, maxYears: 5 });
    expect(features({ body: ['企业近三年（含成立不足三年）未发生事故。'] }).ageLimit).toBeNull();
  });
});

describe('deriveFeatures', () => {
  it('is deterministic, and every piece of evidence of the real notices is from the notice', () => {
    for (const notice of bulletinNotices()) {
      const f = deriveFeatures(notice);
      expect(deriveFeatures(notice)).toEqual(f);
      for (const item of [...f.kinds, ...f.industries, ...f.benefits]) expectEvidenceIn(notice, item.evidence);
      if (f.scope.kind === 'regional') expectEvidenceIn(notice, f.scope.evidence);
      if (f.maxAmount) expectEvidenceIn(notice, f.maxAmount.evidence);
      expect(f.keyText.split('\n')).toHaveLength(f.keyPlaces.length);
    }
  });
});
