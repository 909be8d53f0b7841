// 简洁 promises a page for three notices. Word lays the pages out, not us, so the
// builder estimates: every line of the masthead and of each notice (title, meta line,
// note, 要点, attachments, link) at the template's sizes and line heights, with text
// widths in ems (CJK and full-width one em, Latin about half). While the estimate runs
// past the page, the 要点 budget shrinks, down to a floor; what the consultant wrote
// (notes, their own 要点) is never cut. The estimate errs on the long side.
import type { Briefing, BriefingItem } from '../model/briefing.ts';
import { chaptersOf, contactLine, deadlineText, metaLine } from './content.ts';
import { findPoints, keyPoints, type KeyPoint, type PointsBudget } from './points.ts';
import { A4_MM, type BriefingTemplate } from './templates.ts';
import { textEms } from '../text/width.ts';

/** The most notices a one-page 简洁 briefing is fitted for. */
export const ONE_PAGE_NOTICES = 3;
/** The 要点 budget never goes below this: a notice keeps a line or two. */
const MIN_TOTAL = 60;
const STEP = 10;
/** Points of slack left at the foot for rounding in Word, WPS and LibreOffice. */
const SLACK_PT = 24;
const PT_PER_MM = 72 / 25.4;


/** Lines a text takes in a column `widthPt` wide at `sizePt`, the first line indented `indentEms`. */
function lines(text: string, sizePt: number, widthPt: number, indentEms = 0): number {
  const perLine = Math.max(1, Math.floor(widthPt / sizePt));
  return Math.max(1, Math.ceil((textEms(text) + indentEms) / perLine));
}

/** The shortened form 简洁 prints a link in (the link itself stays whole). */
export function shortUrl(url: string, maxEms = 32): string {
  if (textEms(url) <= maxEms) return url;
  const match = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(url);
  const host = match?.[1] ?? url.slice(0, 24);
  const last = (match?.[2] ?? '').split('/').filter(Boolean).pop() ?? '';
  const tail = last.length > 24 ? `${last.slice(0, 22)}…` : last;
  return `${host}/…/${tail}`;
}

/** Points found per notice, computed once for all the budgets tried. */
type FoundPoints = ReadonlyMap<BriefingItem, readonly KeyPoint[]>;

function noticeHeightPt(item: BriefingItem, index: number, t: BriefingTemplate, widthPt: number, budget: PointsBudget, found: FoundPoints | undefined, briefingDate: string): number {
  const { notice } = item;
  const size = t.sizePt;
  const line = t.linePt;
  const heading2 = Math.max(line.body, size.heading2 * 1.5);
  let height = t.spacePt.heading2Before + t.spacePt.heading2After + heading2 * lines(`（${index + 1}）${notice.title}`, size.heading2, widthPt);
  // The status runs as printed (chapters.ts): 相关度 and the deadlines after full-width spaces.
  const deadlines = deadlineText(notice, briefingDate, true);
  const meta = `${metaLine(notice, item.validity, true)}\u3000相关度：高${deadlines ? `\u3000${deadlines}` : ''}`;
  height += line.meta * lines(meta, size.meta, widthPt) + 3;
  const note = item.note.trim();
  if (note) {
    const noteLines = note
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .reduce((sum, l, i) => sum + lines(`${i === 0 ? '顾问点评：' : ''}${l}`, size.note, widthPt - 16, 2), 0);
    // The box's cell margins (4.5 pt top and bottom) and the spacer under it.
    height += line.note * noteLines + 9 + 4;
  }
  const { points, chosen } = keyPoints(item, budget, found?.get(item));
  for (const point of points) height += line.body * lines(`${point.label ? `${point.label}：` : ''}${point.text}`, size.body, widthPt, 2) + t.spacePt.paragraphAfter;
  if (chosen && notice.contacts.length > 0) height += line.body * lines(notice.contacts.map(contactLine).join('；'), size.body, widthPt, 2);
  if (notice.attachments.length > 0) height += line.body;
  const link = notice.url ?? notice.links[0];
  if (link) height += line.body * lines(`相关链接：${shortUrl(link)}`, size.body, widthPt, 2);
  return height;
}

/** The estimated height of the whole briefing's text, in points. */
export function estimateHeightPt(briefing: Briefing, t: BriefingTemplate, budget: PointsBudget, found?: FoundPoints): number {
  const widthPt = (A4_MM.width - t.marginsMm.left - t.marginsMm.right) * PT_PER_MM;
  const masthead = (t.sizePt.coverClient + 4) * 1.4 + 2 + t.linePt.meta * 3 + 4 + 6 + 4 + 4;
  const heading1 = Math.max(t.linePt.body, t.sizePt.heading1 * 1.5) + t.spacePt.heading1Before + t.spacePt.heading1After;
  let height = masthead;
  for (const chapter of chaptersOf(briefing.items)) {
    height += heading1;
    chapter.items.forEach((item, i) => {
      height += noticeHeightPt(item, i, t, widthPt, budget, found, briefing.date);
    });
  }
  return height;
}

/**
 * The 要点 budget for a 简洁 briefing of up to three notices: the template's, or less,
 * until the estimate fits one page. Other briefings keep the template's budget.
 */
export function fittedBudget(briefing: Briefing, t: BriefingTemplate): PointsBudget {
  const budget: PointsBudget = { ...t.points };
  if (t.front !== 'masthead' || briefing.items.length > ONE_PAGE_NOTICES) return budget;
  const pagePt = (A4_MM.height - t.marginsMm.top - t.marginsMm.bottom) * PT_PER_MM - SLACK_PT;
  const found: FoundPoints = new Map(briefing.items.map((item) => [item, findPoints(item.notice, budget.contacts)]));
  while (budget.total > MIN_TOTAL && estimateHeightPt(briefing, t, budget, found) > pagePt) {
    budget.total -= STEP;
    budget.perPoint = Math.min(budget.perPoint, budget.total);
  }
  return budget;
}
