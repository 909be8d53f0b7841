// The document's style sheet, made from a template. Content code names styles by id
// (STYLE.*, HeadingLevel.*) and never sets fonts or sizes itself, so a consultant who
// restyles 标题 1 in Word restyles every chapter heading at once.
import { AlignmentType, type IStylesOptions } from 'docx';
import type { BriefingTemplate } from './templates.ts';
import { exactLine, fontSlots, ptToHalfPoints, ptToTwips } from './measures.ts';

/** Paragraph and character style ids of our own (Heading1/2, TOC1/2, Header, Footer, Hyperlink are Word's). */
export const STYLE = {
  body: 'BriefBody',
  meta: 'BriefMeta',
  label: 'BriefLabel',
  note: 'BriefNote',
  list: 'BriefList',
  point: 'BriefPoint',
  pointLabel: 'BriefPointLabel',
  masthead: 'BriefMasthead',
  tableText: 'BriefTableText',
  tableHead: 'BriefTableHead',
  coverTitle: 'BriefCoverTitle',
  coverLine: 'BriefCoverLine',
  tocTitle: 'BriefTocTitle',
} as const;

/** Chinese documents are set with the zh-CN East Asian language, so Word proofs and breaks lines as Chinese. */
const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

export function briefingStyles(t: BriefingTemplate): IStylesOptions {
  const body = fontSlots(t.cjk.body, t.latin.body);
  const heading = fontSlots(t.cjk.heading, t.latin.heading);
  const subheading = fontSlots(t.cjk.subheading, t.latin.heading);
  const bodyIndent = ptToTwips(t.sizePt.body * 2);
  return {
    default: {
      document: {
        run: { font: body, size: ptToHalfPoints(t.sizePt.body), language: LANGUAGE, color: '000000' },
        paragraph: { spacing: { ...exactLine(t.linePt.body), before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED },
      },
      hyperlink: { run: { color: '0563C1', underline: { type: 'single', color: '0563C1' } } },
    },
    paragraphStyles: [
      {
        id: 'Heading1',
        name: 'heading 1',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: { font: heading, size: ptToHalfPoints(t.sizePt.heading1), language: LANGUAGE, color: '000000' },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          alignment: AlignmentType.LEFT,
          spacing: { ...exactLine(Math.max(t.linePt.body, t.sizePt.heading1 * 1.5)), before: ptToTwips(t.spacePt.heading1Before), after: ptToTwips(t.spacePt.heading1After) },
        },
      },
      {
        id: 'Heading2',
        name: 'heading 2',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: { font: subheading, size: ptToHalfPoints(t.sizePt.heading2), language: LANGUAGE, color: '000000' },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
          alignment: AlignmentType.JUSTIFIED,
          spacing: { ...exactLine(Math.max(t.linePt.body, t.sizePt.heading2 * 1.5)), before: ptToTwips(t.spacePt.heading2Before), after: ptToTwips(t.spacePt.heading2After) },
        },
      },
      {
        id: STYLE.body,
        name: 'Briefing Body',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { indent: { firstLine: bodyIndent }, spacing: { ...exactLine(t.linePt.body), after: ptToTwips(t.spacePt.paragraphAfter) } },
      },
      {
        id: STYLE.meta,
        name: 'Briefing Meta',
        basedOn: 'Normal',
        next: STYLE.body,
        run: { size: ptToHalfPoints(t.sizePt.meta), color: t.color.muted },
        paragraph: { keepNext: true, alignment: AlignmentType.LEFT, spacing: { ...exactLine(t.linePt.meta), after: ptToTwips(3) } },
      },
      {
        id: STYLE.label,
        name: 'Briefing Label',
        basedOn: 'Normal',
        next: STYLE.body,
        run: { font: fontSlots(t.cjk.label, t.latin.heading), size: ptToHalfPoints(t.sizePt.label), bold: t.labelBold, color: t.color.label },
        paragraph: { keepNext: true, alignment: AlignmentType.LEFT, spacing: { ...exactLine(t.linePt.label), before: ptToTwips(6), after: ptToTwips(2) } },
      },
      {
        id: STYLE.note,
        name: 'Briefing Note',
        basedOn: 'Normal',
        run: { font: fontSlots(t.cjk.note, t.latin.body), size: ptToHalfPoints(t.sizePt.note) },
        paragraph: { indent: { firstLine: ptToTwips(t.sizePt.note * 2) }, spacing: { ...exactLine(t.linePt.note), before: 0, after: 0 } },
      },
      {
        // Attachments, contacts and links: body type, indented, no first-line indent of their own.
        id: STYLE.list,
        name: 'Briefing List',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.LEFT, indent: { left: bodyIndent } },
      },
      {
        // One 要点: its label run (STYLE.pointLabel) then the extract, wrapped under the first line.
        id: STYLE.point,
        name: 'Briefing Point',
        basedOn: 'Normal',
        paragraph: { indent: { firstLine: bodyIndent }, spacing: { ...exactLine(t.linePt.body), after: ptToTwips(t.spacePt.paragraphAfter) } },
      },
      {
        id: STYLE.masthead,
        name: 'Briefing Masthead',
        basedOn: 'Normal',
        run: { size: ptToHalfPoints(t.sizePt.meta), color: t.color.muted },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { ...exactLine(t.linePt.meta), before: 0, after: 0 } },
      },
      {
        id: STYLE.tableText,
        name: 'Briefing Table Text',
        basedOn: 'Normal',
        run: { size: ptToHalfPoints(t.sizePt.table) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { ...exactLine(t.linePt.table), before: 0, after: 0 } },
      },
      {
        id: STYLE.tableHead,
        name: 'Briefing Table Heading',
        basedOn: STYLE.tableText,
        run: { font: heading, size: ptToHalfPoints(t.sizePt.table) },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.coverTitle,
        name: 'Briefing Cover Title',
        basedOn: 'Normal',
        run: { font: fontSlots(t.cjk.title, t.latin.heading), size: ptToHalfPoints(t.sizePt.coverTitle), bold: true, color: t.color.accent },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exactLine(t.sizePt.coverTitle * 1.6), before: 0, after: 0 } },
      },
      {
        id: STYLE.coverLine,
        name: 'Briefing Cover Line',
        basedOn: 'Normal',
        run: { font: heading, size: ptToHalfPoints(t.sizePt.coverClient) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exactLine(t.sizePt.coverClient * 1.8), before: 0, after: 0 } },
      },
      {
        id: STYLE.tocTitle,
        name: 'Briefing TOC Title',
        basedOn: 'Normal',
        next: 'TOC1',
        run: { font: heading, size: ptToHalfPoints(t.sizePt.heading1 + 2) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exactLine(t.linePt.body * 1.4), after: ptToTwips(12) } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        run: { font: heading },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { ...exactLine(t.linePt.body), before: ptToTwips(4) } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        run: { size: ptToHalfPoints(t.sizePt.body * 0.875) },
        // Wrapped lines line up after the （一） number: 2 characters in, 3 hanging.
        paragraph: { alignment: AlignmentType.LEFT, indent: { left: ptToTwips(t.sizePt.body * 0.875 * 5), hanging: ptToTwips(t.sizePt.body * 0.875 * 3) }, spacing: exactLine(t.linePt.body * 0.875) },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: ptToHalfPoints(t.sizePt.small), color: t.color.muted },
        // The rule under the running header is on its paragraph, not here: the cover's
        // empty first-page header would draw it too.
        paragraph: { alignment: AlignmentType.LEFT, spacing: exactLine(t.linePt.small) },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: ptToHalfPoints(t.sizePt.small), color: t.color.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exactLine(t.linePt.small) },
      },
    ],
    characterStyles: [
      {
        id: STYLE.pointLabel,
        name: 'Briefing Point Label',
        basedOn: 'DefaultParagraphFont',
        run: { font: fontSlots(t.cjk.label, t.latin.heading), bold: t.labelBold, color: t.color.label },
      },
    ],
  };
}
