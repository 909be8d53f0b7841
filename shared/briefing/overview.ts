// The front matter after the cover: the table of contents, the summary table of
// every chosen notice, and 近期截止 (deadlines still ahead, soonest first).
import { HeadingLevel, Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import { formatChineseDate, RELEVANCE_LEVELS, type Briefing, type BriefingItem } from '../model/briefing.ts';
import { agenciesShort, upcomingDeadlines } from './content.ts';
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
  return [new TextRun({ text: item.relevance, bold: item.relevance === '高', color: item.relevance === '高' ? t.color.accent : undefined })];
}

// Dates are 10 Latin characters (4.67 em in Times New Roman). A 文号 breaks before its
// bracketed year, and 〔2018〕1575号 (7 em and the CJK/Latin gaps) must fit a line.
const DATE_EMS = 4.8;
const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { heading: '序号', ems: 2.1, align: 'center' },
  { heading: '标题', weight: 1.75 },
  { heading: '文号', ems: 7.4 },
  { heading: '发文机关', weight: 1 },
  { heading: '日期', ems: DATE_EMS, align: 'center' },
  { heading: '截止日期', ems: DATE_EMS, align: 'center' },
  { heading: '相关度', ems: 3.1, align: 'center' },
];

export function countLine(items: readonly BriefingItem[], upcoming: number): string {
  const byLevel = RELEVANCE_LEVELS.map((level) => `“${level}”${items.filter((item) => item.relevance === level).length}条`).join('、');
  return `本期共收录政策通知${items.length}条，其中相关度${byLevel}；尚未截止的申报事项${upcoming}项。`;
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
    item.notice.deadline ?? '—',
    relevanceCell(item, t),
  ]);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: `${number}、本期概览` }),
    new Paragraph({ style: STYLE.body, ...BEFORE_TABLE, text: countLine(briefing.items, upcomingDeadlines(briefing.items, briefing.date).length) }),
    gridTable(t, SUMMARY_COLUMNS, rows, width),
  ];
}

const DEADLINE_COLUMNS: readonly ColumnSpec[] = [
  { heading: '截止日期', ems: DATE_EMS, align: 'center' },
  { heading: '剩余天数', ems: 4.4, align: 'center' },
  { heading: '通知', weight: 1 },
  { heading: '相关度', ems: 3.1, align: 'center' },
];

/** Within this many days a deadline is printed in the accent colour. */
const URGENT_DAYS = 7;

export function deadlineSection(briefing: Briefing, t: BriefingTemplate, width: number, number: string): (Paragraph | Table)[] {
  const upcoming = upcomingDeadlines(briefing.items, briefing.date);
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${number}、近期截止` });
  const asOf = formatChineseDate(briefing.date);
  if (upcoming.length === 0) {
    return [heading, new Paragraph({ style: STYLE.body, text: `本期所选通知中，没有在${asOf}之后截止的申报事项。` })];
  }
  const rows = upcoming.map(({ item, deadline, daysLeft }): CellContent[] => [
    deadline,
    [new TextRun({ text: `${daysLeft} 天`, bold: daysLeft <= URGENT_DAYS, color: daysLeft <= URGENT_DAYS ? t.color.accent : undefined })],
    item.notice.title,
    relevanceCell(item, t),
  ]);
  return [
    heading,
    new Paragraph({ style: STYLE.body, ...BEFORE_TABLE, text: `以下${upcoming.length}项申报在${asOf}之后截止，按截止先后排列，剩余天数自简报日期起算：` }),
    gridTable(t, DEADLINE_COLUMNS, rows, width),
  ];
}
