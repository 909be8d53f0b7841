// The briefing's data shaping: dates, titles, chapters, deadlines, key points, and
// table column widths that always add up to the text width.
import { describe, expect, it } from 'vitest';
import { daysLeft, defaultBriefingTitle, issueTitle, formatChineseDate, localIsoDate, type BriefingItem } from '../../../shared/model/briefing.ts';
import { agenciesShort, chaptersOf, chineseNumber, contactLine, deadlineCellLines, deadlineText, metaLine, upcomingDeadlines } from '../../../shared/briefing/content.ts';
import { splitTitle } from '../../../shared/briefing/cover.ts';
import { CELL_PAD_X, columnWidths } from '../../../shared/briefing/tables.ts';
import { BRIEFING_TEMPLATES } from '../../../shared/briefing/templates.ts';
import { textWidthTwips } from '../../../shared/briefing/measures.ts';
import { allLabelledNotices, labelledNotices, sampleBriefing } from '../../support/briefing-fixtures.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const item = (overrides: Partial<BriefingItem['notice']>, extra: Partial<BriefingItem> = {}): BriefingItem => ({
  notice: parsedNotice(overrides),
  note: '',
  relevance: 'medium',
  excerpt: null,
  ...extra,
});

describe('dates and titles', () => {
  it('titles an issue by its year and number', () => {
    expect(issueTitle({ year: 2026, number: 2 })).toBe('政策简报（2026年第2期）');
  });

  it('numbers the command line title by the briefing month', () => {
    expect(defaultBriefingTitle('2018-12-20')).toBe('政策简报（2018年第12期）');
    expect(defaultBriefingTitle('2019-01-03')).toBe('政策简报（2019年第1期）');
  });

  it('prints dates without leading zeros and counts days across month and leap-year ends', () => {
    expect(formatChineseDate('2018-09-05')).toBe('2018年9月5日');
    expect(daysLeft('2019-01-08', '2018-12-20')).toBe(19);
    expect(daysLeft('2020-03-01', '2020-02-28')).toBe(2);
    expect(daysLeft('2018-12-20', '2018-12-20')).toBe(0);
    expect(daysLeft('2018-12-01', '2018-12-20')).toBe(-19);
    expect(localIsoDate(new Date(2018, 0, 7))).toBe('2018-01-07');
    expect(() => daysLeft('2018/12/01', '2018-12-20')).toThrow(RangeError);
  });

  it('splits a trailing （期） off the cover title, and leaves other titles whole', () => {
    expect(splitTitle('政策简报（2018年第12期）')).toEqual({ main: '政策简报', issue: '（2018年第12期）' });
    expect(splitTitle('北京绿源科技有限公司政策快报')).toEqual({ main: '北京绿源科技有限公司政策快报', issue: null });
  });

  it('writes chapter numbers in Chinese', () => {
    expect([1, 2, 9, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '二', '九', '十', '十一', '二十', '二十三']);
  });
});

describe('chapters and deadlines', () => {
  it('makes one chapter per category in first-seen order, keeping every notice', () => {
    const briefing = sampleBriefing(allLabelledNotices(), 'gongwen');
    const chapters = chaptersOf(briefing.items);
    expect(chapters.map((chapter) => chapter.category)).toEqual(['政策文件', '项目申报', '绿色制造', '中小服务平台']);
    expect(chapters.flatMap((chapter) => chapter.items)).toHaveLength(briefing.items.length);
  });

  it('lists deadlines after the briefing date, soonest first, with days left', () => {
    const items = [
      item({ title: 'A', deadline: '2019-01-08' }),
      item({ title: 'B', deadline: '2018-12-19' }),
      item({ title: 'C', deadline: '2018-12-25' }),
      item({ title: 'D', deadline: '2018-12-20' }),
      item({ title: 'E' }),
    ];
    const upcoming = upcomingDeadlines(items, '2018-12-20');
    expect(upcoming.map((entry) => [entry.item.notice.title, entry.daysLeft])).toEqual([
      ['C', 5],
      ['A', 19],
    ]);
  });

  it('lists each of a notice\'s deadlines, the applicant\'s before the district\'s on the same day', () => {
    const both = item({
      title: '两级',
      deadline: '2019-05-08',
      deadlines: [
        { date: '2019-05-08', party: 'applicant', evidence: '' },
        { date: '2019-05-10', party: 'authority', evidence: '' },
      ],
    });
    const sameDay = item({
      title: '同日',
      deadlines: [
        { date: '2019-05-08', party: 'authority', evidence: '' },
        { date: '2019-04-01', party: 'applicant', evidence: '' },
      ],
    });
    // A notice stored before notices kept several: its one deadline, the applicant's.
    const old = item({ title: '旧', deadline: '2019-05-09', deadlines: [] });
    const upcoming = upcomingDeadlines([sameDay, both, old], '2019-05-01');
    expect(upcoming.map((entry) => [entry.item.notice.title, entry.deadline, entry.party, entry.daysLeft])).toEqual([
      ['两级', '2019-05-08', 'applicant', 7],
      ['同日', '2019-05-08', 'authority', 7],
      ['旧', '2019-05-09', 'applicant', 8],
      ['两级', '2019-05-10', 'authority', 9],
    ]);
  });

  it('finds the one open deadline among the labelled notices on 2018-12-20', () => {
    const upcoming = upcomingDeadlines(sampleBriefing(allLabelledNotices(), 'gongwen').items, '2018-12-20');
    expect(upcoming.map((entry) => entry.deadline)).toEqual(['2019-01-08']);
  });
});

describe('deadline lines', () => {
  const twoLevels = item({
    deadline: '2019-05-08',
    deadlines: [
      { date: '2019-05-10', party: 'authority', evidence: '' },
      { date: '2019-05-08', party: 'applicant', evidence: '' },
    ],
  }).notice;
  const batches = item({
    deadline: '2019-03-01',
    deadlines: [
      { date: '2019-03-01', party: 'applicant', evidence: '' },
      { date: '2019-06-30', party: 'applicant', evidence: '' },
      { date: '2019-05-15', party: 'authority', evidence: '' },
    ],
  }).notice;

  it('says one applicant deadline as before, with the days left', () => {
    const one = item({ deadline: '2018-12-31' }).notice;
    expect(deadlineText(one, '2018-12-20')).toBe('申报截止：2018年12月31日（还剩11天）');
    expect(deadlineText(one, '2018-12-20', true)).toBe('截止：2018年12月31日（还剩11天）');
    expect(deadlineText(one, '2018-12-31')).toBe('申报截止：2018年12月31日（今日截止）');
    expect(deadlineText(one, '2019-01-02', true)).toBe('截止：2018年12月31日（已截止）');
    expect(deadlineText(item({}).notice, '2018-12-20')).toBeNull();
    expect(deadlineCellLines(one, '2018-12-20')).toEqual(['2018-12-31']);
    expect(deadlineCellLines(item({}).notice, '2018-12-20')).toEqual(['—']);
  });

  it("puts the applicant's next deadline first, then the others with whose they are", () => {
    expect(deadlineText(twoLevels, '2019-05-05')).toBe('申报截止：2019年5月8日（申报单位，还剩3天）；2019年5月10日（主管部门推荐）');
    // 简洁: short for its one meta line: the briefing's year and the days left out.
    expect(deadlineText(twoLevels, '2019-05-05', true)).toBe('截止：5月8日（申报单位）；5月10日（主管部门推荐）');
    expect(deadlineCellLines(twoLevels, '2019-05-05')).toEqual(['2019-05-08', '申报单位', '2019-05-10', '主管部门推荐']);
    // The applicant's first batch passed: the next one leads, the district's after it, the passed one last.
    expect(deadlineText(batches, '2019-04-01')).toBe(
      '申报截止：2019年6月30日（申报单位，还剩90天）；2019年5月15日（主管部门推荐）；2019年3月1日（申报单位，已截止）',
    );
    // 简洁 leaves out what has passed while something is ahead.
    expect(deadlineText(batches, '2019-04-01', true)).toBe('截止：6月30日（申报单位）；5月15日（主管部门推荐）');
    // Another year than the briefing's keeps its year.
    expect(deadlineText(twoLevels, '2018-12-20', true)).toBe('截止：2019年5月8日（申报单位）；2019年5月10日（主管部门推荐）');
  });

  it("names the district's deadline even when it is the only one", () => {
    const district = item({ deadlines: [{ date: '2019-10-15', party: 'authority', evidence: '' }] }).notice;
    expect(deadlineText(district, '2019-10-01', true)).toBe('截止：10月15日（主管部门推荐）');
    expect(deadlineCellLines(district, '2019-10-01')).toEqual(['2019-10-15', '主管部门推荐']);
    // All passed: 简洁 says the last one, and that it has passed.
    expect(deadlineText(twoLevels, '2019-06-01', true)).toBe('截止：5月10日（主管部门推荐，已截止）');
  });
});

describe('notice lines', () => {
  it('joins 文号 · 发文机关 · 日期 and leaves out what is missing', () => {
    const [first] = labelledNotices('000_2229777bc5f28b07.labels.json');
    expect(first && metaLine(first)).toBe('国市监注（2018）249号 · 市场监管总局 · 2018年12月17日');
    expect(metaLine(item({ agencies: ['甲局', '乙厅'] }).notice)).toBe('甲局、乙厅');
    // 时效性 closes the line where it is known, as the caller words it (codeWords.briefingValidity).
    expect(metaLine(item({ agencies: ['甲局'] }).notice, '现行有效')).toBe('甲局 · 现行有效');
    // Unknown (most notices state none): nothing said, in either template.
    expect(metaLine(item({ agencies: ['甲局'] }).notice, null)).toBe('甲局');
    expect(metaLine(item({ agencies: ['甲局'] }).notice, null, true)).toBe('甲局');
    expect(metaLine(item({ agencies: ['甲局'] }).notice, '已废止（已被《乙办法》废止）')).toBe('甲局 · 已废止（已被《乙办法》废止）');
  });

  it('shortens long agency lists for tables', () => {
    expect(agenciesShort([])).toBe('—');
    expect(agenciesShort(['国家发展改革委', '国家能源局'])).toBe('国家发展改革委、国家能源局');
    expect(agenciesShort(['国家发展改革委', '工业和信息化部', '财政部'])).toBe('国家发展改革委等3部门');
  });

  it('prints a contact with unit, phone and e-mail', () => {
    expect(contactLine({ name: '胡志霞', unit: '山西省地方金融监督管理局', phone: '0351-6819959', email: 'a@b.cn' })).toBe(
      '胡志霞（山西省地方金融监督管理局）\u3000电话：0351-6819959\u3000邮箱：a@b.cn',
    );
  });
});

describe('table columns', () => {
  const specs = [
    { heading: '序号', ems: 2.1 },
    { heading: '标题', weight: 1.75 },
    { heading: '文号', ems: 7.4 },
    { heading: '发文机关', weight: 1 },
    { heading: '日期', ems: 4.8 },
  ];

  for (const template of Object.values(BRIEFING_TEMPLATES)) {
    it(`fill exactly the ${template.label} text width, fixed columns holding their ems`, () => {
      const total = textWidthTwips(template);
      const widths = columnWidths(specs, total, template.sizePt.table);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(total);
      expect(widths[0]).toBe(Math.round(2.1 * template.sizePt.table * 20) + 2 * CELL_PAD_X);
      expect(widths[1]).toBeGreaterThan(widths[3] ?? Infinity);
      expect(widths.every((width) => width > 0)).toBe(true);
    });
  }
});
