// 简洁's one-page fit (shared/briefing/fit.ts): the estimate, the 要点 budget shrinking
// until it fits, and links shortened for print (LibreOffice proves the page in render.test.ts).
import { describe, expect, it } from 'vitest';
import { estimateHeightPt, fittedBudget, shortUrl } from '../../../shared/briefing/fit.ts';
import { BRIEFING_TEMPLATES } from '../../../shared/briefing/templates.ts';
import { sampleBriefing, threeApplicationNotices } from '../../support/briefing-fixtures.ts';

const NOTE = '建议关注：与贵司业务直接相关，请于截止前准备申报材料，并与我们联系确认细节。';

describe('fittedBudget', () => {
  const three = threeApplicationNotices();
  const heavy = { ...sampleBriefing(three, 'compact'), items: sampleBriefing(three, 'compact').items.map((item) => ({ ...item, note: `${NOTE}\n${NOTE}`, excerpt: null })) };
  const compact = BRIEFING_TEMPLATES.compact;

  it('keeps the template budget when three notices fit a page', () => {
    const light = { ...heavy, items: heavy.items.map((item) => ({ ...item, note: '' })).slice(0, 1) };
    expect(fittedBudget(light, compact)).toEqual(compact.points);
  });

  it('shrinks the 要点 budget until the estimate fits one page, never below its floor', () => {
    const budget = fittedBudget(heavy, compact);
    expect(budget.total).toBeLessThan(compact.points.total);
    expect(budget.total).toBeGreaterThanOrEqual(60);
    const page = (297 - compact.marginsMm.top - compact.marginsMm.bottom) * (72 / 25.4);
    expect(estimateHeightPt(heavy, compact, budget)).toBeLessThanOrEqual(page);
    expect(estimateHeightPt(heavy, compact, compact.points)).toBeGreaterThan(estimateHeightPt(heavy, compact, budget));
  });

  it('leaves 公文风格 and briefings of more than three notices as they are', () => {
    expect(fittedBudget({ ...heavy, template: 'gongwen' }, BRIEFING_TEMPLATES.gongwen)).toEqual(BRIEFING_TEMPLATES.gongwen.points);
    const four = { ...heavy, items: [...heavy.items, ...heavy.items.slice(0, 1)] };
    expect(fittedBudget(four, compact)).toEqual(compact.points);
  });
});

describe('shortUrl', () => {
  it('keeps a short link whole and shortens a long one to host/…/last part', () => {
    expect(shortUrl('http://kw.beijing.gov.cn/art/1.html')).toBe('http://kw.beijing.gov.cn/art/1.html');
    expect(shortUrl('http://www.miit.gov.cn/n1146295/n1652858/n1652930/n3757019/c7407621/content.html')).toBe('http://www.miit.gov.cn/…/content.html');
    expect(shortUrl('http://www.sdetn.gov.cn/articles/ch00525/201808/d0756403-1184-4b17-93aa-f15867f37c2c.shtml')).toBe('http://www.sdetn.gov.cn/…/d0756403-1184-4b17-93a…');
  });
});
