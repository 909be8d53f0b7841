// The front matter after the cover: the table of contents, the summary table of
// every chosen notice, and 近期截止 (deadlines still ahead, soonest first).
import { HeadingLevel, Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import { formatChineseDate, RELEVANCE_LEVELS, type Briefing, type BriefingItem } from '../model/briefing.ts';
import { deadlinesOf } from '../model/deadlines.ts';
import { agenciesShort, deadlineCellLines, needsParty, PARTY_TEXT, RELEVANCE_WORD, upcomingDeadlines } from './content.ts';
import { STYLE } from './styles.ts';
import { gridTable, type CellContent, type ColumnSpec } from './tables.ts';
import type { BriefingTemplate } from './templates.ts';
import { ptToTwips } from './measures.ts';

export function contentsPage(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE.tocTitle, pageBreakBefore: true, text: '目　　录' }),
    // Filled in from the headings when written (so viewers that run no fields still
    // show it); Word rebuilds it with page numbers on open (features.updateFields).
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

// The sentence that introduces a table stays on its page.
const BEFORE_TABLE = { spacing: { after: ptToTwips(8) }, keepNext: true };

function relevanceCell(item: BriefingItem, t: BriefingTemplate): CellContent {
  return [new TextRun({ text: RELEVANCE_WORD[item.relevance], bold: item.relevance === 'high', color: item.relevance === 'high' ? t.color.accent : undefined })];
}

// Dates are 10 Latin characters: 4.67 em in Times New Roman, but nearly 5 em where the
// digits are drawn in the CJK face (LibreOffice does, in a zh-CN cell), which broke
// 2018-12-31 after its second hyphen at 4.8. A 文号 breaks before its bracketed year,
// and 〔2018〕1575号 (7 em and the CJK/Latin gaps) must fit a line.
const DATE_EMS = 5.1;
/** A deadline column that also says whose each date is (主管部门推荐, 6 characters). */
const PARTY_EMS = 6.3;

function summaryColumns(deadlineEms: number): ColumnSpec[] {
  return [
    { heading: '序号', ems: 2.1, align: 'center' },
    { heading: '标题', weight: 1.75 },
    { heading: '文号', ems: 7.4 },
    { heading: '发文机关', weight: 1 },
    { heading: '日期', ems: DATE_EMS, align: 'center' },
    { heading: '截止日期', ems: deadlineEms, align: 'center' },
    { heading: '相关度', ems: 3.1, align: 'center' },
  ];
}

/** The deadline column is widened only when some notice's deadlines say whose they are. */
function deadlineEms(items: readonly BriefingItem[]): number {
  return items.some((item) => needsParty(deadlinesOf(item.notice))) ? PARTY_EMS : DATE_EMS;
}

/** `upcoming`: the notices with a deadline still ahead (a notice with two is one 申报事项). */
export function countLine(items: readonly BriefingItem[], upcoming: number): string {
  const byLevel = RELEVANCE_LEVELS.map((level) => `“${RELEVANCE_WORD[level]}”${items.filter((item) => item.relevance === level).length}条`).join('、');
  return `本期共收录政策通知${items.length}条，其中相关度${byLevel}；尚未截止的申报事项${upcoming}项。`;
}

/** How many notices have a deadline still ahead. */
export function upcomingNoticeCount(briefing: Pick<Briefing, 'items' | 'date'>): number {
  return new Set(upcomingDeadlines(briefing.items, briefing.date).map((entry) => entry.item)).size;
}

/** 报告期 as printed: the period the consultant chose, else up to the briefing's date. */
export function reportPeriodText(briefing: Pick<Briefing, 'period' | 'date'>): string {
  const { period } = briefing;
  return period ? `${formatChineseDate(period.from)}至${formatChineseDate(period.to)}` : `截至${formatChineseDate(briefing.date)}`;
}

export function summarySection(briefing: Briefing, t: BriefingTemplate, width: number, number: string): (Paragraph | Table)[] {
  const rows = briefing.items.map((item, i): CellContent[] => [
    String(i + 1),
    item.notice.title,
    item.notice.docNumber ?? '—',
    agenciesShort(item.notice.agencies),
    item.notice.date ?? '—',
    // Every deadline, the applicant's next first, each over whose it is when there are several.
    deadlineCellLines(item.notice, briefing.date).join('\n'),
    relevanceCell(item, t),
  ]);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: `${number}、本期概览` }),
    new Paragraph({ style: STYLE.body, ...BEFORE_TABLE, text: countLine(briefing.items, upcomingNoticeCount(briefing)) }),
    gridTable(t, summaryColumns(deadlineEms(briefing.items)), rows, width),
  ];
}

function deadlineColumns(dateEms: number): ColumnSpec[] {
  return [
    { heading: '截止日期', ems: dateEms, align: 'center' },
    { heading: '剩余天数', ems: 4.4, align: 'center' },
    { heading: '通知', weight: 1 },
    { heading: '相关度', ems: 3.1, align: 'center' },
  ];
}

/** Within this many days a deadline is printed in the accent colour. */
const URGENT_DAYS = 7;

export function deadlineSection(briefing: Briefing, t: BriefingTemplate, width: number, number: string): (Paragraph | Table)[] {
  const upcoming = upcomingDeadlines(briefing.items, briefing.date);
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${number}、近期截止` });
  const asOf = formatChineseDate(briefing.date);
  if (upcoming.length === 0) {
    return [heading, new Paragraph({ style: STYLE.body, text: `本期所选通知中，没有在${asOf}之后截止的申报事项。` })];
  }
  // One row per deadline: a notice with the applicant's and the district's date has two,
  // each saying whose it is.
  const labelled = new Set(briefing.items.filter((item) => needsParty(deadlinesOf(item.notice))));
  const rows = upcoming.map(({ item, deadline, party, daysLeft }): CellContent[] => [
    labelled.has(item) ? `${deadline}\n${PARTY_TEXT[party]}` : deadline,
    [new TextRun({ text: `${daysLeft} 天`, bold: daysLeft <= URGENT_DAYS, color: daysLeft <= URGENT_DAYS ? t.color.accent : undefined })],
    item.notice.title,
    relevanceCell(item, t),
  ]);
  const notices = new Set(upcoming.map((entry) => entry.item)).size;
  const intro =
    notices === upcoming.length
      ? `以下${notices}项申报在${asOf}之后截止，按截止先后排列，剩余天数自简报日期起算：`
      : `以下${notices}项申报的${upcoming.length}个截止日期在${asOf}之后，按截止先后排列，剩余天数自简报日期起算：`;
  return [
    heading,
    new Paragraph({ style: STYLE.body, ...BEFORE_TABLE, text: intro }),
    gridTable(t, deadlineColumns(upcoming.some((entry) => labelled.has(entry.item)) ? PARTY_EMS : DATE_EMS), rows, width),
  ];
}
