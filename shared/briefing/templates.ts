// The two page designs of a briefing, as data. The builder reads everything that
// differs between them from here, so a third design is one more const, not a hunt
// for `if (template === ...)` through the code.
//
// Chinese type sizes (字号) in points: 二号 22, 小二 18, 三号 16, 四号 14, 小四 12,
// 五号 10.5, 小五 9.
import type { BriefingTemplateId } from '../model/briefing.ts';

/** East Asian font names as Word, WPS and Windows know them (each aliased in tests/support/fonts.conf). */
export type CjkFonts = {
  /** Running text. */
  body: string;
  /** Chapter headings (一、…) and labels. */
  heading: string;
  /** Notice titles inside a chapter ((一)…). */
  subheading: string;
  /** The cover title. */
  title: string;
  /** The consultant's note: 楷体 sets a comment apart from the notice's own words. */
  note: string;
  /** Labels inside a notice: 顾问点评, 内容摘要, 附件, 联系方式, 相关链接. */
  label: string;
};

export type BriefingTemplate = {
  id: BriefingTemplateId;
  /** The name the UI shows. */
  label: string;
  /** A4 page margins and header/footer distances from the paper edge, in millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  cjk: CjkFonts;
  /** Latin text: body and headings. */
  latin: { body: string; heading: string };
  /** Type sizes in points. */
  sizePt: {
    body: number;
    heading1: number;
    heading2: number;
    coverTitle: number;
    coverClient: number;
    /** The cover's smaller lines: issuer and date, 专送, region, period, contact. */
    coverDetail: number;
    table: number;
    /** Header and footer. */
    small: number;
    /** A notice's 文号 · 发文机关 · 日期 and status lines. */
    meta: number;
    label: number;
    note: number;
  };
  /** Exact line heights in points (exact, so Word, WPS and LibreOffice agree on the page). */
  linePt: { body: number; table: number; small: number; meta: number; label: number; note: number };
  /** Space in points before/after headings and after body paragraphs. */
  spacePt: { heading1Before: number; heading1After: number; heading2Before: number; heading2After: number; paragraphAfter: number };
  /**
   * How the front reads: a cover page and a table of contents (公文), or a masthead
   * block on the first page over the notices (简洁: three notices fit one page).
   */
  front: 'cover' | 'masthead';
  /** 要点 per notice found automatically: characters in all, per point, and contacts named. */
  points: { total: number; perPoint: number; contacts: number };
  /** 公文 sets its third level (the labels) in bold 仿宋; 黑体 needs no bold. */
  labelBold: boolean;
  color: {
    /** Cover title and rule, 高 relevance, urgent deadlines. */
    accent: string;
    /** Labels inside a notice (顾问点评, 要点, …). */
    label: string;
    muted: string;
    noteFill: string;
    noteBorder: string;
    tableHeaderFill: string;
    tableBorder: string;
  };
};

/** 公文风格: close to GB/T 9704-2012 (仿宋 三号 body, 黑体/楷体 headings, 37/35/28/26 mm margins, 28 pt lines). */
export const GONGWEN_TEMPLATE: BriefingTemplate = {
  id: 'gongwen',
  label: '公文风格',
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26, header: 18, footer: 20 },
  cjk: { body: '仿宋', heading: '黑体', subheading: '楷体', title: '宋体', note: '楷体', label: '仿宋' },
  latin: { body: 'Times New Roman', heading: 'Times New Roman' },
  sizePt: { body: 16, heading1: 16, heading2: 16, coverTitle: 26, coverClient: 18, coverDetail: 14, table: 10.5, small: 10.5, meta: 12, label: 16, note: 14 },
  linePt: { body: 28.5, table: 16, small: 15, meta: 18, label: 28.5, note: 22 },
  spacePt: { heading1Before: 12, heading1After: 6, heading2Before: 10, heading2After: 4, paragraphAfter: 0 },
  front: 'cover',
  // About ten lines of 三号 at 27 characters a line.
  points: { total: 300, perPoint: 110, contacts: 2 },
  labelBold: true,
  color: {
    accent: 'C00000',
    label: '000000',
    muted: '595959',
    noteFill: 'F7F3E8',
    noteBorder: 'B8A36A',
    tableHeaderFill: 'EDEDED',
    tableBorder: '808080',
  },
};

/** 简洁: 五号 宋体 body on 20 mm margins, for a denser read. */
export const COMPACT_TEMPLATE: BriefingTemplate = {
  id: 'compact',
  label: '简洁',
  marginsMm: { top: 22, bottom: 20, left: 20, right: 20, header: 10, footer: 10 },
  cjk: { body: '宋体', heading: '黑体', subheading: '黑体', title: '黑体', note: '楷体', label: '黑体' },
  latin: { body: 'Times New Roman', heading: 'Arial' },
  sizePt: { body: 10.5, heading1: 14, heading2: 12, coverTitle: 24, coverClient: 16, coverDetail: 10.5, table: 9, small: 9, meta: 9, label: 10.5, note: 10.5 },
  linePt: { body: 15, table: 13, small: 13, meta: 13, label: 15, note: 15 },
  spacePt: { heading1Before: 8, heading1After: 3, heading2Before: 6, heading2After: 2, paragraphAfter: 1 },
  front: 'masthead',
  // About four lines of 五号 at 48 characters a line: with the title, meta line and a note,
  // three notices fit the page.
  points: { total: 170, perPoint: 90, contacts: 1 },
  labelBold: false,
  color: {
    accent: '1F4E79',
    label: '1F4E79',
    muted: '666666',
    noteFill: 'EEF3F8',
    noteBorder: '8EA9C1',
    tableHeaderFill: 'DCE6F0',
    tableBorder: 'A6A6A6',
  },
};

export const BRIEFING_TEMPLATES: Record<BriefingTemplateId, BriefingTemplate> = {
  gongwen: GONGWEN_TEMPLATE,
  compact: COMPACT_TEMPLATE,
};

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;
