// buildBriefingDocument: a Briefing in, a docx Document out. One A4 section. 公文:
// the cover on a title page without header or footer, then the table of contents, the
// overview, 近期截止 and the chapters under the consultant's running header and a
// 第 X 页 共 Y 页 footer. 简洁: a masthead block, then the chapters from page one.
import { BorderStyle, Document, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Briefing } from '../model/briefing.ts';
import { chapterSections } from './chapters.ts';
import { chineseNumber } from './content.ts';
import { coverPage } from './cover.ts';
import { mastheadBlock } from './masthead.ts';
import { contentsPage, deadlineSection, summarySection } from './overview.ts';
import { briefingStyles } from './styles.ts';
import { A4_MM, BRIEFING_TEMPLATES, type BriefingTemplate } from './templates.ts';
import { mmToTwips, textWidthTwips } from './measures.ts';

function runningHeader(briefing: Briefing, t: BriefingTemplate, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: t.color.tableBorder, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [new TextRun(briefing.consultant.company), new TextRun({ children: [new Tab(), briefing.title] })],
      }),
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
  });
}

export function buildBriefingDocument(briefing: Briefing): Document {
  const t: BriefingTemplate = BRIEFING_TEMPLATES[briefing.template];
  const width = textWidthTwips(t);
  const m = t.marginsMm;
  return new Document({
    title: briefing.title,
    subject: briefing.client.name,
    creator: briefing.consultant.name || briefing.consultant.company,
    description: `${briefing.consultant.company}为${briefing.client.name}编制的政策简报`,
    styles: briefingStyles(t),
    // Word refreshes the TOC (with page numbers) and the page fields on open. Laying
    // the pages out here instead (docx/layout's estimatePageNumbers) takes seconds.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwips(A4_MM.width), height: mmToTwips(A4_MM.height) },
            margin: {
              top: mmToTwips(m.top),
              bottom: mmToTwips(m.bottom),
              left: mmToTwips(m.left),
              right: mmToTwips(m.right),
              header: mmToTwips(m.header),
              footer: mmToTwips(m.footer),
            },
          },
        },
        // The cover's own header and footer: empty, but with the one paragraph a
        // header part must hold (Word reports an empty <w:hdr/> as damaged).
        headers: { default: runningHeader(briefing, t, width), first: new Header({ children: [new Paragraph({ style: 'Header', children: [] })] }) },
        // 简洁's first page has its masthead instead of the running header, and is numbered like the rest.
        footers: { default: pageFooter(), first: t.front === 'cover' ? new Footer({ children: [new Paragraph({ style: 'Footer', children: [] })] }) : pageFooter() },
        children:
          t.front === 'cover'
            ? [
                ...coverPage(briefing, t, width),
                ...contentsPage(),
                ...summarySection(briefing, t, width, chineseNumber(1)),
                ...deadlineSection(briefing, t, width, chineseNumber(2)),
                ...chapterSections(briefing, t, width, 3),
              ]
            : [...mastheadBlock(briefing, t, width), ...chapterSections(briefing, t, width, 1)],
      },
    ],
  });
}
