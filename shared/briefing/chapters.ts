// One chapter per category and, inside it, each notice: its title as a heading, the
// meta line, the consultant's note in a box, the key points, attachments, contacts
// and the 相关链接 as a link that opens in the browser.
import { AlignmentType, ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Briefing, BriefingItem } from '../model/briefing.ts';
import { RELEVANCE_WORD, chaptersOf, chineseNumber, contactLine, deadlineText, metaLine } from './content.ts';
import { keyPoints, type PointLine, type PointsBudget } from './points.ts';
import { fittedBudget, shortUrl } from './fit.ts';
import { STYLE } from './styles.ts';
import { boxTable } from './tables.ts';
import type { BriefingTemplate } from './templates.ts';
import { ptToTwips } from './measures.ts';

type Block = Paragraph | Table;

function label(text: string): Paragraph {
  return new Paragraph({ style: STYLE.label, text });
}

function statusRuns(item: BriefingItem, briefingDate: string, t: BriefingTemplate): TextRun[] {
  const runs = [new TextRun('相关度：'), new TextRun({ text: RELEVANCE_WORD[item.relevance], bold: true, color: item.relevance === 'high' ? t.color.accent : undefined })];
  // Every deadline, the applicant's next first; 简洁 says it shorter, to keep the meta line to one.
  const deadlines = deadlineText(item.notice, briefingDate, t.front === 'masthead');
  if (deadlines) runs.push(new TextRun(`\u3000${deadlines}`));
  return runs;
}

/** 公文: the meta line and the status line; 简洁: both on one line, to save the page. */
function metaBlocks(item: BriefingItem, briefingDate: string, t: BriefingTemplate): Paragraph[] {
  const meta = metaLine(item.notice, item.validity, t.front === 'masthead');
  const status = statusRuns(item, briefingDate, t);
  if (t.front === 'masthead') return [new Paragraph({ style: STYLE.meta, children: [...(meta ? [new TextRun(`${meta}\u3000`)] : []), ...status] })];
  return [...(meta ? [new Paragraph({ style: STYLE.meta, text: meta })] : []), new Paragraph({ style: STYLE.meta, children: status })];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 2)}……`;
}

function pointParagraph(point: PointLine): Paragraph {
  const children = point.label ? [new TextRun({ text: `${point.label}：`, style: STYLE.pointLabel }), new TextRun(point.text)] : [new TextRun(point.text)];
  // Contacts are names, numbers and addresses: justified, their line would be spread out.
  return new Paragraph({ style: STYLE.point, alignment: point.label === '联系方式' ? AlignmentType.LEFT : undefined, children });
}

function noteBox(note: string, t: BriefingTemplate, width: number): Block[] {
  const lines = note
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return [];
  // 简洁 runs the label into the note's first line, to keep the page.
  const children =
    t.front === 'masthead'
      ? lines.map((line, i) => new Paragraph({ style: STYLE.note, children: [...(i === 0 ? [new TextRun({ text: '顾问点评：', style: STYLE.pointLabel })] : []), new TextRun(line)] }))
      : [new Paragraph({ style: STYLE.label, spacing: { before: 0 }, text: '顾问点评' }), ...lines.map((line) => new Paragraph({ style: STYLE.note, text: line }))];
  // A thin empty paragraph after the table keeps the next label off the box's border
  // (and keeps Word from merging the box with a table that might follow).
  return [boxTable(t, children, width), new Paragraph({ style: STYLE.meta, keepNext: false, spacing: { line: ptToTwips(4), lineRule: 'exact', after: 0 }, children: [] })];
}

/** A link that opens the URL; `shown` is what it reads (简洁 shortens a long one). */
function linkParagraph(url: string, prefix: string | null, shown: string = url): Paragraph {
  return new Paragraph({
    style: STYLE.list,
    children: [...(prefix ? [new TextRun(prefix)] : []), new ExternalHyperlink({ link: url, children: [new TextRun({ text: shown, style: 'Hyperlink' })] })],
  });
}

function noticeBlocks(item: BriefingItem, index: number, briefing: Briefing, t: BriefingTemplate, width: number, budget: PointsBudget): Block[] {
  const { notice } = item;
  const dense = t.front === 'masthead';
  const blocks: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `（${chineseNumber(index + 1)}）${notice.title}` }),
    ...metaBlocks(item, briefing.date, t),
    ...noteBox(item.note, t, width),
  ];

  const { points, chosen } = keyPoints(item, budget);
  if (points.length > 0) {
    if (!dense) blocks.push(label('要点'));
    blocks.push(...points.map(pointParagraph));
  }
  if (notice.attachments.length > 0) {
    // One line at most: the names are in the notice, the briefing says what there is.
    if (dense) blocks.push(new Paragraph({ style: STYLE.list, text: clip(`附件（${notice.attachments.length}）：${notice.attachments.join('；')}`, Math.round(t.points.perPoint * 0.45)) }));
    else blocks.push(label('附件'), ...notice.attachments.map((name, i) => new Paragraph({ style: STYLE.list, text: `${i + 1}. ${name}` })));
  }
  // Found points carry the contacts already; a consultant's own 要点 may not.
  const contacts = chosen ? notice.contacts.map(contactLine).filter(Boolean) : [];
  if (contacts.length > 0) {
    if (dense) blocks.push(pointParagraph({ label: '联系方式', text: contacts.join('；') }));
    else blocks.push(label('联系方式'), ...contacts.map((line) => new Paragraph({ style: STYLE.list, text: line })));
  }
  const links = [...new Set([notice.url, ...notice.links].filter((url): url is string => Boolean(url)))];
  if (links.length > 0) {
    // 简洁 keeps the notice's own 相关链接; the links inside its text are in the library.
    if (dense) blocks.push(linkParagraph(links[0] ?? '', '相关链接：', shortUrl(links[0] ?? '')));
    else blocks.push(label('相关链接'), ...links.map((url) => linkParagraph(url, null)));
  }
  return blocks;
}

/** The chapters, numbered on from `firstNumber` (the overview and 近期截止 come first). */
export function chapterSections(briefing: Briefing, t: BriefingTemplate, width: number, firstNumber: number): Block[] {
  // 简洁 with three notices or fewer: 要点 shortened as needed to keep the page.
  const budget = fittedBudget(briefing, t);
  return chaptersOf(briefing.items).flatMap((chapter, c) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${chineseNumber(firstNumber + c)}、${chapter.category}` }),
    ...chapter.items.flatMap((item, i) => noticeBlocks(item, i, briefing, t, width, budget)),
  ]);
}
