// One chapter per category and, inside it, each notice: its title as a heading, the
// meta line, the consultant's note in a box, the key points, attachments, contacts
// and the 相关链接 as a link that opens in the browser.
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { daysLeft, formatChineseDate, type Briefing, type BriefingItem } from '../model/briefing.ts';
import { chaptersOf, chineseNumber, contactLine, keyPoints, metaLine } from './content.ts';
import { STYLE } from './styles.ts';
import { boxTable } from './tables.ts';
import type { BriefingTemplate } from './templates.ts';
import { ptToTwips } from './measures.ts';

type Block = Paragraph | Table;

function label(text: string): Paragraph {
  return new Paragraph({ style: STYLE.label, text });
}

function statusLine(item: BriefingItem, briefingDate: string, t: BriefingTemplate): Paragraph {
  const runs = [new TextRun('相关度：'), new TextRun({ text: item.relevance, bold: true, color: item.relevance === '高' ? t.color.accent : undefined })];
  const deadline = item.notice.deadline;
  if (deadline) {
    const left = daysLeft(deadline, briefingDate);
    const when = left > 0 ? `还剩${left}天` : left === 0 ? '今日截止' : '已截止';
    runs.push(new TextRun(`\u3000申报截止：${formatChineseDate(deadline)}（${when}）`));
  }
  return new Paragraph({ style: STYLE.meta, children: runs });
}

function noteBox(note: string, t: BriefingTemplate, width: number): Block[] {
  const lines = note
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return [];
  const children = [
    new Paragraph({ style: STYLE.label, spacing: { before: 0 }, text: '顾问点评' }),
    ...lines.map((line) => new Paragraph({ style: STYLE.note, text: line })),
  ];
  // A thin empty paragraph after the table keeps the next label off the box's border
  // (and keeps Word from merging the box with a table that might follow).
  return [boxTable(t, children, width), new Paragraph({ style: STYLE.meta, keepNext: false, spacing: { line: ptToTwips(4), lineRule: 'exact', after: 0 }, children: [] })];
}

function linkParagraph(url: string): Paragraph {
  return new Paragraph({
    style: STYLE.list,
    children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] })],
  });
}

function noticeBlocks(item: BriefingItem, index: number, briefing: Briefing, t: BriefingTemplate, width: number): Block[] {
  const { notice } = item;
  const blocks: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `（${chineseNumber(index + 1)}）${notice.title}` }),
  ];
  const meta = metaLine(notice, item.validity);
  if (meta) blocks.push(new Paragraph({ style: STYLE.meta, text: meta }));
  blocks.push(statusLine(item, briefing.date, t), ...noteBox(item.note, t, width));

  const { points, chosen } = keyPoints(item);
  if (points.length > 0) {
    blocks.push(label(chosen ? '要点' : '内容摘要'), ...points.map((point) => new Paragraph({ style: STYLE.body, text: point })));
  }
  if (notice.attachments.length > 0) {
    blocks.push(label('附件'), ...notice.attachments.map((name, i) => new Paragraph({ style: STYLE.list, text: `${i + 1}. ${name}` })));
  }
  const contacts = notice.contacts.map(contactLine).filter(Boolean);
  if (contacts.length > 0) {
    blocks.push(label('联系方式'), ...contacts.map((line) => new Paragraph({ style: STYLE.list, text: line })));
  }
  const links = [...new Set([notice.url, ...notice.links].filter((url): url is string => Boolean(url)))];
  if (links.length > 0) blocks.push(label('相关链接'), ...links.map(linkParagraph));
  return blocks;
}

/** The chapters, numbered on from `firstNumber` (the overview and 近期截止 come first). */
export function chapterSections(briefing: Briefing, t: BriefingTemplate, width: number, firstNumber: number): Block[] {
  return chaptersOf(briefing.items).flatMap((chapter, c) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${chineseNumber(firstNumber + c)}、${chapter.category}` }),
    ...chapter.items.flatMap((item, i) => noticeBlocks(item, i, briefing, t, width)),
  ]);
}
