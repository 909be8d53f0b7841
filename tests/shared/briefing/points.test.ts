// 要点 found in real notices (shared/briefing/points.ts): whom a notice is for, the
// money, the deadline, how to apply and whom to call, each a short extract of the
// notice's own words; a policy document opens with its first substantive paragraph;
// the addressee line is never a point; the budget holds for every notice.
import { describe, expect, it } from 'vitest';
import { keyPoints, noticePoints, type KeyPoint } from '../../../shared/briefing/points.ts';
import { BRIEFING_TEMPLATES } from '../../../shared/briefing/templates.ts';
import { bulletinNotice, bulletinNotices } from '../../support/bulletin-docs.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const notices = bulletinNotices();
const budget = BRIEFING_TEMPLATES.compact.points;
/** Room for every point, to see what is found (the budget is tested on its own below). */
const roomy = { total: 1000, perPoint: 120 };

const noticeTitled = bulletinNotice;

const byLabel = (points: KeyPoint[]) => Object.fromEntries(points.map((p) => [p.label, p.text]));

describe('noticePoints', () => {
  it('gives an application notice its money, deadline, way to apply and contacts, from its own sentences', () => {
    const points = byLabel(noticePoints(noticeTitled('山西关于做好全省小微企业挂牌'), roomy));
    expect(points['申报条件']).toMatch(/^2018年10月16日起，在我省行政区域内注册/);
    expect(points['资金标准']).toBe('对符合申报条件的我省小微企业，省财政给予10万元的一次性奖励。');
    expect(points['申报时间']).toBe('各市上报时间截止到2018年12月31日。');
    expect(points['申报方式']).toMatch(/^申请奖励资金的企业应向注册地所在市金融办/);
    expect(points['联系方式']).toMatch(/^胡志霞（山西省地方金融监督管理局）\u3000电话：0351-6819959/);
  });

  it('quotes the deadline sentence without its own 报送时间： label and the online system as the way to apply', () => {
    const points = byLabel(noticePoints(noticeTitled('北京关于组织申报国家重点研发计划'), roomy));
    expect(points['申报时间']).toBe('2019年1月8日17:00前。');
    expect(points['申报方式']).toMatch(/^请各申报单位按通知要求通过国家科技管理信息系统公共服务平台进行网上填报/);
  });

  it('names whom a notice is for under its own heading (实施主体 → 支持对象)', () => {
    const points = byLabel(noticePoints(noticeTitled('浙江省关于组织开展2019年度'), roomy));
    expect(points['支持对象']).toMatch(/^本次重点领域提升发展工作的实施主体为各市、县/);
    // Clipped to the budget, the amount stays in.
    const clipped = byLabel(noticePoints(noticeTitled('浙江省关于组织开展2019年度'), budget));
    expect(clipped['资金标准']).toContain('给予500-3000万元补助');
  });

  it('opens a policy document with its first substantive paragraph, never the addressee line', () => {
    const [first] = noticePoints(noticeTitled('关于印发《电子营业执照管理办法'), budget);
    expect(first).toMatchObject({ label: '内容摘要', place: 1 });
    expect(first?.text).toMatch(/^为加强和规范电子营业执照管理/);
    // 市属各单位，各区财政局…： is an addressee line too, and 为…，现就…通知如下： only announces
    // what follows; so the first point is the first rule.
    expect(noticePoints(noticeTitled('北京市关于进一步加强绿色政府采购'), budget)[0]?.text).toMatch(/^采购环境标志产品/);
    // An addressee line run into the first sentence is cut off.
    expect(noticePoints(noticeTitled('山西省关于进一步促进小微工业企业上规升级'), budget)[0]?.text).toMatch(/^为推动我省小微工业企业上规升级/);
  });

  it('never takes a list of bodies for a summary, nor a link, nor an announcing sentence', () => {
    // 濉溪县经信局，各区经信局，…：is the addressee line too.
    expect(noticePoints(noticeTitled('关于印发淮北市绿色工厂评价管理暂行办法'), roomy)[0]?.text).toMatch(/^现将《淮北市绿色工厂评价管理暂行办法》印发给你们/);
    // 请各申报单位严格按照《…》（下载地址：…）is the notice's own sentence, not an addressee line.
    expect(byLabel(noticePoints(noticeTitled('北京关于组织申报国家重点研发计划'), roomy))['内容摘要']).toMatch(/^请各申报单位严格按照《科技部关于发布/);
    // …已经发布，请…积极申报。有关注意事项如下: keeps its first sentence.
    const shenzhen = parsedNotice({
      title: '深圳市科技创新委员会关于发布2019年企业研究开发资助申请指南的通知',
      deadline: '2019-10-11',
      body: [
        '各有关单位：',
        '深圳市科技创新委员会2019年企业研究开发资助申请指南已经发布，请各有关单位按照指南要求积极申报。有关注意事项如下:',
        '网上填报受理时间：2019年9月6日-2019年10月11日（截止至18：00）',
        '申报时无需提交纸质材料，申报单位在申报时间内在深圳市科技业务管理系统完成提交即可。',
      ],
    });
    expect(noticePoints(shenzhen, roomy).map((p) => [p.label, p.text])).toEqual([
      ['内容摘要', '深圳市科技创新委员会2019年企业研究开发资助申请指南已经发布，请各有关单位按照指南要求积极申报。'],
      ['申报时间', '2019年9月6日-2019年10月11日（截止至18：00）'],
      ['申报方式', '申报时无需提交纸质材料，申报单位在申报时间内在深圳市科技业务管理系统完成提交即可。'],
    ]);
  });

  it('takes no capability (通过网络运行监测系统获得数据) for a way to apply, nor a duty (补助资金使用) for support', () => {
    const points = byLabel(noticePoints(noticeTitled('关于推荐2020年度山东省服务型制造示范企业'), roomy));
    expect(points['申报方式'] ?? '').not.toMatch(/运行监测系统/);
    expect(points['支持内容'] ?? '').not.toMatch(/补助资金使用/);
    expect(points['申报时间']).toMatch(/^各市于9月19日前将申报材料/);
  });

  it('keeps every notice of the three bulletins within the budget, each with at least one point, none an addressee line', () => {
    for (const template of Object.values(BRIEFING_TEMPLATES)) {
      for (const notice of notices) {
        const points = noticePoints(notice, template.points);
        const total = points.filter((p) => p.label !== '联系方式').reduce((sum, p) => sum + p.text.length, 0);
        expect(points.length, notice.title).toBeGreaterThan(0);
        expect(total, notice.title).toBeLessThanOrEqual(template.points.total);
        for (const point of points) {
          expect(point.text.length, notice.title).toBeLessThanOrEqual(point.label === '内容摘要' ? Math.round(template.points.perPoint * 1.6) : template.points.perPoint);
          expect(point.text, notice.title).not.toMatch(/^各[^。]*[：:]$/);
          expect(point.text, notice.title).not.toBe(notice.title);
        }
      }
    }
  });

  it('says nothing it did not find: a notice with no body has no points', () => {
    expect(noticePoints(parsedNotice({ title: '关于某事项的通知', body: [] }), budget)).toEqual([]);
  });
});

describe('keyPoints', () => {
  it("takes the consultant's excerpt when there is one, line by line, without labels", () => {
    const item = { notice: parsedNotice({ body: ['正文'] }), note: '', relevance: 'medium' as const, excerpt: ' 第一点 \n\n第二点\r\n' };
    expect(keyPoints(item, budget)).toEqual({ points: [{ label: null, text: '第一点' }, { label: null, text: '第二点' }], chosen: true });
  });

  it('otherwise the points found in the notice, clipped with …… at the budget', () => {
    const item = { notice: parsedNotice({ title: '关于某办法的通知', body: ['为' + '甲'.repeat(1000) + '。'] }), note: '', relevance: 'medium' as const, excerpt: null };
    const { points, chosen } = keyPoints(item, budget);
    expect(chosen).toBe(false);
    expect(points[0]?.label).toBe('内容摘要');
    expect(points[0]?.text.endsWith('……')).toBe(true);
    expect(points[0]?.text.length).toBeLessThanOrEqual(Math.round(budget.perPoint * 1.6));
  });
});
