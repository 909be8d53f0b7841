// One notice against one client: excluded with the reason, or a score with reasons.
import { describe, expect, it } from 'vitest';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { explainMatch, relevanceOf, SUGGEST_AT } from '../../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../../shared/match/profile.ts';
import { ENTERPRISE_KINDS, INDUSTRIES, kindsOfQualification, industriesOfText } from '../../../shared/match/vocabulary.ts';
import { bulletinNotice } from '../../support/bulletin-docs.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const beijingGreen: MatchProfile = { name: '北京绿源科技有限公司', region: { province: '北京市' }, industry: '节能环保', qualifications: ['高新技术企业'], size: 'small' };
const texts = (result: ReturnType<typeof explainMatch>) => (result.excluded ? [codeWords.matchReason(result.reason)] : result.reasons.map((r) => codeWords.matchReason(r)));

describe('explainMatch', () => {
  it('excludes a notice of another province, saying which', () => {
    const result = explainMatch(deriveFeatures(bulletinNotice('山西关于做好全省小微企业挂牌')), beijingGreen, '2018-12-01');
    expect(result).toMatchObject({ excluded: true, suggested: false, reason: { kind: 'excluded', why: 'region', region: '山西省' } });
    expect(texts(result)).toEqual(['仅限山西省企业']);
    expect(result.excluded && result.reason.evidence?.text).toContain('在我省行政区域内注册');
  });

  it('excludes a city notice for a client of another city of the province, and doubts one with no city', () => {
    const shenzhen = deriveFeatures(bulletinNotice('深圳市科技创新委员会'));
    expect(texts(explainMatch(shenzhen, { name: '广州', region: { province: '广东省', city: '广州市' } }, '2019-09-10'))).toEqual(['仅限深圳市企业']);
    expect(texts(explainMatch(shenzhen, { name: '广东', region: { province: '广东省' } }, '2019-09-10'))).toContain('地区：深圳市（请核实所在城市）');
    expect(texts(explainMatch(shenzhen, { name: '深圳', region: { province: '广东', city: '深圳' } }, '2019-09-10'))).toContain('地区：深圳市');
  });

  it('excludes a notice only for cities, and one only for another size', () => {
    const cities = explainMatch(deriveFeatures(bulletinNotice('工业和信息化部关于组织申报2019年消费品')), beijingGreen, '2019-09-01');
    expect(texts(cities)).toEqual(['仅面向城市/地方政府，不面向企业']);
    const smallOnly = deriveFeatures(bulletinNotice('山西省关于进一步促进小微工业企业'));
    expect(texts(explainMatch(smallOnly, { name: '大厂', region: { province: '山西' }, size: 'large' }, '2018-09-01'))).toEqual(['仅限小微企业']);
  });

  it('excludes by the founded year when the notice sets an age', () => {
    const notice = deriveFeatures(parsedNotice({ title: '关于申报专项资金的通知', body: ['一、申报条件', '（一）企业成立满3年。'] }));
    expect(texts(explainMatch(notice, { name: '新公司', foundedYear: 2018 }, '2019-06-01'))).toEqual(['要求成立满3年']);
    expect(texts(explainMatch(notice, { name: '老公司', foundedYear: 2010 }, '2019-06-01'))).toContain('成立年限：符合');
  });

  it('scores the reasons, each with its sentence: region, qualification in the conditions, industry, size, deadline, keyword', () => {
    const notice = deriveFeatures(
      parsedNotice({
        title: '北京市关于组织申报2019年节能环保专项资金的通知',
        agencies: ['北京市经济和信息化局'],
        deadline: '2019-01-08',
        body: ['一、申报条件', '（一）在本市注册的小微企业。', '（二）具有高新技术企业资格。', '二、支持标准', '对绿色工厂给予最高不超过500万元的补助。'],
      }),
    );
    const result = explainMatch(notice, { ...beijingGreen, keywords: ['绿色工厂'] }, '2018-12-27');
    expect(texts(result)).toEqual([
      '地区：北京市',
      '规模：小微企业',
      '资质：高新技术企业（申报条件第二条）',
      '行业：节能环保',
      '关键词：绿色工厂',
      '截止 2019-01-08，剩 12 天',
      '支持：资金补助（最高 500万元）',
    ]);
    expect(result.excluded || result.reasons.find((r) => r.kind === 'qualification')?.evidence).toEqual({ text: '（二）具有高新技术企业资格。', place: 2 });
    expect(result).toMatchObject({ excluded: false, suggested: true, score: 100, relevance: 'high' });
  });

  it('a region alone, or words the body mentions in passing, never make a suggestion', () => {
    const local = deriveFeatures(bulletinNotice('关于印发《北京工业互联网'));
    const result = explainMatch(local, beijingGreen, '2018-12-01');
    expect(result).toMatchObject({ excluded: false, suggested: false });
    expect(result.score).toBeLessThan(SUGGEST_AT);
    const mention = deriveFeatures(parsedNotice({ title: '关于推进工作的通知', body: ['推进软件发展。', '推进软件应用。', '软件人才。'] }));
    expect(explainMatch(mention, { name: 'x', industry: '软件和信息技术服务' }, '2018-12-01').suggested).toBe(false);
  });

  it('relevance follows the score', () => {
    expect([relevanceOf(100), relevanceOf(70), relevanceOf(69), relevanceOf(50), relevanceOf(49)]).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });
});

describe('the vocabulary of a client', () => {
  it('reads free text as codes', () => {
    expect(kindsOfQualification('高企')).toEqual(['high-tech']);
    expect(kindsOfQualification('科技型中小企业')).toEqual(['tech-sme']);
    expect(kindsOfQualification('专精特新“小巨人”')).toEqual(['specialised']);
    expect(kindsOfQualification('瞪羚企业')).toEqual([]);
    expect(industriesOfText('环保设备制造')).toEqual(['energy-saving']);
    expect(industriesOfText('')).toEqual([]);
  });

  it('reads every name the client form offers (code-words) as its code, and the codes themselves', () => {
    for (const kind of ENTERPRISE_KINDS) {
      expect(kindsOfQualification(codeWords.enterpriseKinds[kind.id])).toEqual([kind.id]);
      expect(kindsOfQualification(kind.id)).toEqual([kind.id]);
    }
    for (const industry of INDUSTRIES) {
      expect(industriesOfText(codeWords.industries[industry.id])).toEqual([industry.id]);
      expect(industriesOfText(industry.id)).toEqual([industry.id]);
    }
  });

  it('reads what clients saved before codes held: the former ids (城市/地方政府 and 建筑 by name only)', () => {
    expect(kindsOfQualification('上市挂牌企业')).toEqual(['listed']);
    expect(kindsOfQualification('地方政府')).toEqual(['local-government']);
    expect(industriesOfText('建筑')).toEqual(['construction']);
    expect(industriesOfText('建筑设计')).toEqual([]);
  });
});
