// 简洁's front: a masthead block at the top of the first page instead of a cover and
// a table of contents, so the notices start on page one (three fit the page). The
// title in the accent colour, 专送 and the client with 报告期 at the right, the
// consultant's line over the heavy 版头 rule with the date at the right, then the count.
import { BorderStyle, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { formatChineseDate, type Briefing } from '../model/briefing.ts';
import { countLine, reportPeriodText, upcomingNoticeCount } from './overview.ts';
import { STYLE } from './styles.ts';
import type { BriefingTemplate } from './templates.ts';
import { exactLine, fontSlots, ptToHalfPoints, ptToTwips } from './measures.ts';

export function mastheadBlock(briefing: Briefing, t: BriefingTemplate, width: number): Paragraph[] {
  const { client, consultant } = briefing;
  const titlePt = t.sizePt.coverClient + 4;
  const clientLine = [client.name, client.region, client.industry].filter((part): part is string => Boolean(part?.trim())).join(' · ');
  const consultantLine = [consultant.company, consultant.name ? `顾问：${consultant.name}` : null, consultant.phone ? `电话：${consultant.phone}` : null, consultant.email ? `邮箱：${consultant.email}` : null]
    .filter((part): part is string => Boolean(part))
    .join('　');
  const ruleSpace = 4;
  return [
    new Paragraph({
      style: STYLE.masthead,
      spacing: { ...exactLine(titlePt * 1.4), after: ptToTwips(2) },
      children: [new TextRun({ text: briefing.title, font: fontSlots(t.cjk.title, t.latin.heading), size: ptToHalfPoints(titlePt), bold: true, color: t.color.accent })],
    }),
    new Paragraph({
      style: STYLE.masthead,
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      children: [new TextRun('专送：'), new TextRun({ text: clientLine, bold: true, color: '000000' }), new TextRun({ children: [new Tab(), `报告期：${reportPeriodText(briefing)}`] })],
    }),
    new Paragraph({
      style: STYLE.masthead,
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: t.color.accent, space: ruleSpace } },
      spacing: { ...exactLine(t.linePt.meta), after: ptToTwips(ruleSpace + 6) },
      children: [new TextRun(consultantLine), new TextRun({ children: [new Tab(), formatChineseDate(briefing.date)] })],
    }),
    // The count in the masthead's small type: one line, leaving the page to the notices.
    new Paragraph({ style: STYLE.masthead, spacing: { ...exactLine(t.linePt.meta), after: ptToTwips(4) }, text: countLine(briefing.items, upcomingNoticeCount(briefing)) }),
  ];
}
