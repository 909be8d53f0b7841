import { describe, expect, it } from 'vitest';
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

  it('does not take a period that is not about the notice itself', () => {
    expect(facts('2019-01-01', '绿色工厂认定有效期为3年，期满重新评价。', '《实施方案》实施期为2年。')).toEqual({ effectiveFrom: null, expiresOn: null, evidence: null });
  });
});

describe('validityOf', () => {
  const none = { effectiveFrom: null, expiresOn: null, evidence: null };
  const repealer: Ender = { id: 2, title: '淮北市绿色工厂评价管理暂行办法', docNumber: '淮经信节能〔2019〕79号', relation: '废止', from: '2019-09-04' };

  it('is 已废止 once a library notice repeals it, with the link', () => {
    const validity = validityOf(none, [repealer], '2026-12-03');
    expect(validity).toMatchObject({ status: '已废止', endedBy: { id: 2, relation: '废止' } });
    expect(validity.reason).toBe('已被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止，2019年9月4日起');
  });

  it('is 已修订 when amended, 已失效 past its 有效期, 现行有效 when it says so, else 未知', () => {
    expect(validityOf(none, [{ ...repealer, relation: '修订' }], '2026-12-03').status).toBe('已修订');
    expect(validityOf({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31', evidence: null }, [], '2026-12-03')).toMatchObject({ status: '已失效', reason: '有效期至2021年12月31日，已过期' });
    expect(validityOf({ effectiveFrom: '2019-01-01', expiresOn: '2021-12-31', evidence: null }, [], '2020-06-01')).toMatchObject({ status: '现行有效', reason: '2019年1月1日起施行；有效期至2021年12月31日' });
    expect(validityOf(none, [], '2026-12-03').status).toBe('未知');
  });

  it('does not end a notice before the repeal takes effect', () => {
    expect(validityOf(none, [{ ...repealer, from: '2027-01-01' }], '2026-12-03')).toMatchObject({ status: '未知', reason: '将于2027年1月1日被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止' });
  });
});
