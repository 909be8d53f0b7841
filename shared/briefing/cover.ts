// The cover page, laid out like the 版头 of a Chinese 简报: the title large in the
// accent colour (its （…期） part on a line of its own), the consultant's company and
// the date on one line over a heavy rule, then who it is for (专送) and the period;
// the consultant's contact at the foot. Vertical placement is by space before
// paragraphs, in shares of the template's text height, so both templates keep the
// cover on one page.
import { BorderStyle, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { formatChineseDate, type Briefing } from '../model/briefing.ts';
import { reportPeriodText } from './overview.ts';
import { STYLE } from './styles.ts';
import { A4_MM, type BriefingTemplate } from './templates.ts';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './measures.ts';

/** `政策简报（2018年第12期）` → main `政策简报`, issue `（2018年第12期）`; other titles stay whole. */
export function splitTitle(title: string): { main: string; issue: string | null } {
  const match = /^(.+?)\s*([（(][^（()）]*[）)])$/.exec(title.trim());
  return match?.[1] && match[2] ? { main: match[1], issue: match[2] } : { main: title.trim(), issue: null };
}

export function coverPage(briefing: Briefing, t: BriefingTemplate, width: number): Paragraph[] {
  const textHeight = mmToTwips(A4_MM.height - t.marginsMm.top - t.marginsMm.bottom);
  const at = (share: number) => Math.round(textHeight * share);
  // Every cover line is an exact height, so the page can be summed up and the
  // contact line placed at the foot without spilling onto a second page.
  const lineHeight = ptToTwips(t.sizePt.coverClient * 1.8);
  let used = 0;
  const place = (before: number, height: number) => {
    used += before + height;
    return before;
  };

  const { client, consultant } = briefing;
  const { main, issue } = splitTitle(briefing.title);
  const small = { size: ptToHalfPoints(t.sizePt.coverDetail), color: t.color.muted };
  const clientDetails = [client.region, client.industry].filter((part): part is string => Boolean(part?.trim()));
  const contact = [
    consultant.name ? `顾问：${consultant.name}` : null,
    consultant.phone ? `电话：${consultant.phone}` : null,
    consultant.email ? `邮箱：${consultant.email}` : null,
  ].filter((part): part is string => Boolean(part));

  // A short title is set larger, as a masthead; a long one wraps at the style's size.
  const titlePt = main.length <= 8 ? t.sizePt.coverTitle * 1.5 : t.sizePt.coverTitle;
  const titleLines = Math.ceil((main.length * titlePt) / (width / 20));
  const titleLine = ptToTwips(titlePt * 1.3);
  const paragraphs = [
    new Paragraph({
      style: STYLE.coverTitle,
      spacing: { before: place(at(0.16), titleLine * titleLines), line: titleLine, lineRule: 'exact' },
      children: [new TextRun({ text: main, size: ptToHalfPoints(titlePt) })],
    }),
  ];
  if (issue) paragraphs.push(new Paragraph({ style: STYLE.coverLine, spacing: { before: place(at(0.015), lineHeight) }, children: [new TextRun(issue)] }));
  const ruleSpace = 6;
  paragraphs.push(
    new Paragraph({
      style: STYLE.coverLine,
      spacing: { before: place(at(0.07), lineHeight + ptToTwips(ruleSpace + 3)) },
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      // The 版头 rule: heavy, in the accent colour, under the issuer and the date.
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: t.color.accent, space: ruleSpace } },
      alignment: 'left',
      children: [new TextRun({ text: consultant.company, size: small.size }), new TextRun({ children: [new Tab(), formatChineseDate(briefing.date)], size: small.size })],
    }),
    new Paragraph({ style: STYLE.coverLine, spacing: { before: place(at(0.1), lineHeight) }, children: [new TextRun({ text: '专　送', ...small })] }),
    new Paragraph({ style: STYLE.coverLine, spacing: { before: place(0, lineHeight) }, children: [new TextRun({ text: client.name, size: ptToHalfPoints(t.sizePt.coverClient + 4) })] }),
  );
  if (clientDetails.length > 0) {
    place(0, lineHeight);
    paragraphs.push(new Paragraph({ style: STYLE.coverLine, children: [new TextRun({ text: clientDetails.join(' · '), ...small })] }));
  }
  place(0, lineHeight);
  paragraphs.push(new Paragraph({ style: STYLE.coverLine, children: [new TextRun({ text: `报告期：${reportPeriodText(briefing)}`, ...small })] }));
  if (contact.length > 0) {
    // A line of slack for rounding in other applications.
    const foot = Math.max(at(0.04), textHeight - used - 2 * lineHeight);
    paragraphs.push(new Paragraph({ style: STYLE.coverLine, spacing: { before: foot }, children: [new TextRun({ text: contact.join('　'), ...small })] }));
  }
  return paragraphs;
}
