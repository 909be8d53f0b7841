import { describe, expect, it } from 'vitest';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { findValidity, validityOf, type Ender } from '../../../shared/relations/index.ts';

function facts(date: string | null, ...body: string[]) {
  return findValidity({ title: '关于印发《某某管理办法》的通知', agencies: [], date, body });
}

describe('findValidity', () => {
  it('reads 施行 dates, from the text or the notice’s date', () => {
    expect(facts('2019-09-04', '第二十条 本办法自印发之日起施行。').effectiveFrom).toBe('2019-09-04');
    expect(facts('2019-09-04', '本办法自2019年10月1日起施行。').effectiveFrom).toBe('2019-10-01');
    expect(facts('2019-09-04', '本细则自 2019 年 10 月 1 日起实施，由市经信局负责解释。').effectiveFrom).toBe('2019-10-01');
  });

  it('reads 有效期 as an end date, a number of years or a span of years', () => {
    expect(facts(null, '本办法自2019年1月1日起施行，有效期至2021年12月31日。')).toMatchObject({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31' });
    expect(facts(null, '本办法自2018年10月1日起施行，有效期三年。')).toMatchObject({ effectiveFrom: '2018-10-01', expiresOn: '2021-09-30' });
    expect(facts('2018-08-20', '特制定本方案，实施期限为2018-2020年。').expiresOn).toBe('2020-12-31');
    expect(facts(null, '本政策执行期限为2019年1月1日至2021年12月31日。')).toMatchObject({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31' });
  });

  it('reads a 令’s or 公告’s promulgation note and its own 施行 clauses (real wordings)', () => {
    // 山东省人民政府令第337号, 深圳市人大常委会公告, 上海市人民政府决定: the rule put out is the notice.
    expect(facts('2020-11-23', '《山东省规章和行政规范性文件备案规定》已经2020年11月10日省政府第90次常务会议通过,现予公布,自2021年2月1日起施行。').effectiveFrom).toBe('2021-02-01');
    expect(facts('2014-05-07', '《上海市人民政府关于废止<上海市一次性塑料饭盒管理暂行办法>的决定》已经2014年5月4日市政府第46次常务会议通过,现予公布,自公布之日起生效。').effectiveFrom).toBe('2014-05-07');
    expect(facts('2016-01-12', '制定了国家企业技术中心认定管理办法,现予发布,自2016年4月1日起实施。《国家认定企业技术中心管理办法》(2007年第53号令)同时废止。').effectiveFrom).toBe('2016-04-01');
    expect(facts('2020-01-01', '本条例自公布之日起30日后施行。').effectiveFrom).toBe('2020-01-31');
    expect(facts('2023-03-26', '本公告自2023年1月1日起施行，执行至2027年12月31日。《财政部 税务总局关于…的公告》同时废止。')).toMatchObject({ effectiveFrom: '2023-01-01', expiresOn: '2027-12-31' });
    expect(facts('2025-05-10', '本公告自2025年5月10日起执行。').effectiveFrom).toBe('2025-05-10');
  });

  it('does not take a list’s term or another document’s 施行 for the notice’s', () => {
    expect(facts('2022-06-20', '认定济南一农化工有限公司等2683家企业为2022年度山东省“专精特新”中小企业,有效期三年,现予以公布。')).toEqual({ effectiveFrom: null, expiresOn: null, evidence: null });
    expect(facts('2022-05-01', '近日,市场监管总局公布《国家市场监督管理总局关于修改和废止有关规章的决定》(以下简称《决定》),修改6部规章的部分条款,废止4部规章,自2022年5月1日起施行。').effectiveFrom).toBeNull();
  });

  it('does not take a period that is not about the notice itself', () => {
    expect(facts('2019-01-01', '绿色工厂认定有效期为3年，期满重新评价。', '《实施方案》实施期为2年。')).toEqual({ effectiveFrom: null, expiresOn: null, evidence: null });
  });
});

describe('validityOf', () => {
  const none = { effectiveFrom: null, expiresOn: null, evidence: null };
  const repealer: Ender = { id: 'n2', title: '淮北市绿色工厂评价管理暂行办法', docNumber: '淮经信节能〔2019〕79号', relation: 'repeals', from: '2019-09-04' };

  it('is 已废止 once a library notice repeals it, with the link', () => {
    const validity = validityOf(none, [repealer], '2026-12-03');
    expect(validity).toMatchObject({ status: 'repealed', endedBy: { id: 'n2', relation: 'repeals' } });
    expect(codeWords.validityReason(validity.reason)).toBe('已被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止，2019年9月4日起');
  });

  it('is 已修订 when amended, 已失效 past its 有效期, 现行有效 when it says so, else 未知', () => {
    expect(validityOf(none, [{ ...repealer, relation: 'amends' }], '2026-12-03').status).toBe('amended');
    const expired = validityOf({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31', evidence: null }, [], '2026-12-03');
    expect(expired).toMatchObject({ status: 'expired', reason: { kind: 'expired', expiresOn: '2021-12-31' } });
    expect(codeWords.validityReason(expired.reason)).toBe('有效期至2021年12月31日，已过期');
    const inForce = validityOf({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31', evidence: null }, [], '2020-06-01');
    expect(inForce.status).toBe('in-force');
    expect(codeWords.validityReason(inForce.reason)).toBe('2019年1月1日起施行；有效期至2021年12月31日');
    expect(codeWords.validityReason(validityOf({ effectiveFrom: '2027-01-01', expiresOn: null, evidence: null }, [], '2026-12-03').reason)).toBe('2027年1月1日起施行（尚未施行）');
    expect(validityOf(none, [], '2026-12-03').status).toBe('unknown');
  });

  it('does not end a notice before the repeal takes effect', () => {
    const pending = validityOf(none, [{ ...repealer, from: '2027-01-01' }], '2026-12-03');
    expect(pending.status).toBe('unknown');
    expect(codeWords.validityReason(pending.reason)).toBe('将于2027年1月1日被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止');
    expect(codeWords.validityReason(validityOf(none, [], '2026-12-03').reason)).toBe('未载明施行日期或有效期，库中也没有废止它的通知');
  });
});
