// 发文机关 completed from the notice's own words (shared/parse/agency-context.ts): what
// it fills in, and that it guesses nothing when the words are not there.
import { describe, expect, it } from 'vitest';
import { completeAgencies, isSubUnit } from '../../../shared/parse/agency-context.ts';

describe('completeAgencies', () => {
  it('takes a missing agency from the clause naming who interprets the rules, placed by the title', () => {
    const body = ['现将《淮北市绿色工厂评价管理暂行办法》印发给你们。', '第十九条 本办法由市经济和信息化局负责解释。'];
    expect(completeAgencies([], '关于印发淮北市绿色工厂评价管理暂行办法的通知', body)).toEqual(['淮北市经济和信息化局']);
  });

  it('keeps a full interpreter name as printed', () => {
    const body = ['第二十条 本办法由深圳市科技创新委员会负责解释。'];
    expect(completeAgencies([], '关于印发某办法的通知', body)).toEqual(['深圳市科技创新委员会']);
  });

  it('qualifies an office by the agency the notice calls 我局 and names in a citation', () => {
    const body = ['根据《北京市经济和信息化局关于发布<北京市企业技术中心建设管理办法>的通知》（京经信发〔2018〕7号）……', '为此，我局将于2019年9月10日再次开放网上填报系统。'];
    expect(completeAgencies(['科技标准处'], '北京市关于2019年度企业技术中心年度评价工作相关事项的通知', body)).toEqual(['北京市经济和信息化局科技标准处']);
  });

  it('fills a missing agency from 我局 and the one agency of that kind the notice cites', () => {
    const body = ['根据《杭州市经济和信息化局关于印发某办法的通知》要求，我局决定开展申报。'];
    expect(completeAgencies([], '杭州市关于开展申报工作的通知', body)).toEqual(['杭州市经济和信息化局']);
  });

  it('guesses nothing without such words, or when two agencies could be meant', () => {
    expect(completeAgencies([], '关于开展某项工作的通知', ['请各单位认真组织实施。'])).toEqual([]);
    expect(completeAgencies(['科技标准处'], '北京市关于某事项的通知', ['请企业按时提交材料。'])).toEqual(['科技标准处']);
    const two = ['根据《北京市财政局关于…》和《北京市经济和信息化局关于…》，我局现通知如下。'];
    expect(completeAgencies(['综合处'], '北京市关于某事项的通知', two)).toEqual(['综合处']);
  });

  it('leaves whole agency names alone', () => {
    const body = ['本办法由市场监管总局负责解释。'];
    expect(completeAgencies(['市场监管总局'], '关于印发某办法的通知', body)).toEqual(['市场监管总局']);
    expect(completeAgencies(['北京市科学技术委员会国际合作处'], '北京关于组织申报的通知', ['我局…'])).toEqual(['北京市科学技术委员会国际合作处']);
  });
});

describe('isSubUnit', () => {
  it('tells an office from an agency', () => {
    expect(isSubUnit('科技标准处')).toBe(true);
    expect(isSubUnit('办公室')).toBe(false);
    expect(isSubUnit('北京市科学技术委员会国际合作处')).toBe(false);
    expect(isSubUnit('工业和信息化部')).toBe(false);
  });
});
