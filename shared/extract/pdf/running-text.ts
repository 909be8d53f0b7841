// Turns the lines of a PDF back into running text. A PDF has no paragraphs, only
// lines at positions; the layout tells them apart: a wider vertical gap means a new
// paragraph (written as a blank line), an indented line starts one, and a line that
// stops where the next line's first word would not have fitted was wrapped by the
// typesetter, so it is joined to the next (no space between Chinese characters or
// inside a URL).
import type { PdfLine } from './page-lines.ts';
import { isCjk } from '../../text/width.ts';

/** A gap this many times the usual line step separates paragraphs. */
const PARAGRAPH_GAP = 1.3;

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))] ?? 0;
};

/**
 * The usual step between lines of one paragraph, in font sizes: the smallest step
 * that is common (a share of all steps). Not the smallest step: lines of Latin text
 * sit closer than lines with Chinese in most fonts, and a few such lines must not
 * make every Chinese line look like the start of a paragraph.
 */
function usualStep(steps: number[]): number {
  if (steps.length === 0) return 1.2;
  const bins = new Map<number, number[]>();
  for (const step of steps) {
    const bin = Math.round(step * 10);
    const members = bins.get(bin);
    if (members) members.push(step);
    else bins.set(bin, [step]);
  }
  const common = [...bins.entries()].sort((a, b) => a[0] - b[0]).find(([, members]) => members.length >= steps.length * 0.15);
  return quantile(common?.[1] ?? steps, 0.5);
}

/** A line ending like this may end its paragraph even at the margin. */
const ENDS_CLAUSE = /[。！？；：:!?;…]$/;
/** Items of a list or the start of a heading: always their own line. */
const STARTS_ITEM =
  /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.、．]\s*\S|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节]|附件|相关链接|联系人|联系电话|[•·\-*#])/;
const URL_TAIL = /(https?:\/\/|www\.)\S*$/i;
/**
 * The first unbreakable piece of a line: a Latin word (or URL), or one Chinese
 * character, with the punctuation that may not end or start a line (禁则) glued on.
 */
const FIRST_TOKEN = /^[（《「『“‘〔【［([]*(?:[\x21-\x7e]+|.)[，。、；：！？）》」』”’〕】］,.;:!?)\]]*/u;

/** Rough advance widths: full-width for CJK, 0.6 em (a monospace digit; wider than most) for Latin. */
function firstTokenWidth(line: PdfLine): number {
  const token = FIRST_TOKEN.exec(line.text)?.[0] ?? '';
  let width = 0;
  for (const char of token) width += isCjk(char) ? line.size : line.size * 0.6;
  return width;
}

type Geometry = {
  left: number;
  right: number;
  /** Usual baseline-to-baseline distance in font sizes, within a paragraph. */
  step: number;
};

function measure(lines: PdfLine[]): Geometry {
  const lefts = lines.map((line) => line.x);
  const rights = lines.map((line) => line.right);
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b || a.page !== b.page) continue;
    const delta = (a.y - b.y) / Math.max(a.size, b.size);
    if (delta > 0.5) steps.push(delta);
  }
  // The right margin is where many lines end. With too few lines ending there (a short
  // page, a list) there is no margin to wrap at, so nothing counts as wrapped.
  const right = quantile(rights, 0.95);
  const atMargin = lines.filter((line) => line.right >= right - line.size).length;
  return { left: quantile(lefts, 0.1), right: atMargin >= Math.max(3, lines.length * 0.1) ? right : Infinity, step: usualStep(steps) };
}

const STARTS_URL = /^(https?:\/\/|www\.)/i;

/**
 * Whether a line break at the margin falls inside a URL, or between a URL and what
 * is not part of it. Bulletins print link lists: a URL line followed by another URL,
 * or by a date, is not one long URL, even when the first one reaches the margin.
 */
function urlBoundary(before: string, after: string): 'inside' | 'between' | null {
  if (URL_TAIL.test(before)) {
    const continues = /[/._\-=?&#%~:]$/.test(before) || /^[^\s\p{Script=Han}]*[/.=?&#_]/u.test(after);
    // A bare scheme (…(http://) cannot end a URL, whatever follows.
    return (continues && !STARTS_URL.test(after)) || /:\/\/$/.test(before) ? 'inside' : 'between';
  }
  return STARTS_URL.test(after) ? 'between' : null;
}

function joiner(before: string, after: string): string {
  if (urlBoundary(before, after) === 'inside') return '';
  const last = Array.from(before).pop();
  const first = Array.from(after)[0];
  if (isCjk(last) || isCjk(first)) return '';
  if (/\w-$/.test(before)) return '';
  return ' ';
}

/** Text of the lines (pages already stripped of furniture), in reading order. */
export function layoutText(pages: PdfLine[][]): string {
  const lines = pages.flat();
  if (lines.length === 0) return '';
  const geometry = measure(lines);
  // A line was wrapped if the next line's first word would not have fitted after it.
  const wrapsInto = (a: PdfLine, b: PdfLine) => a.right + firstTokenWidth(b) > geometry.right - 0.5 * a.size;
  const isIndented = (line: PdfLine) => line.x > geometry.left + 0.8 * line.size;
  const hasGap = (a: PdfLine, b: PdfLine) => (a.y - b.y) / Math.max(a.size, b.size) > geometry.step * PARAGRAPH_GAP;
  const documentUsesGaps = lines.some((line, i) => {
    const next = lines[i + 1];
    return next !== undefined && next.page === line.page && hasGap(line, next);
  });

  let text = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b) continue;
    const samePage = a.page === b.page;
    const gap = samePage ? hasGap(a, b) || b.y > a.y : false;
    // Where paragraphs are set apart by gaps, a line break without a gap is a wrap
    // even after a full stop or before a list marker; elsewhere those may mark a new
    // paragraph at the margin.
    const wrapped =
      !gap &&
      wrapsInto(a, b) &&
      !isIndented(b) &&
      urlBoundary(a.text, b.text) !== 'between' &&
      Math.abs(a.size - b.size) < 0.5 &&
      (documentUsesGaps || (!ENDS_CLAUSE.test(a.text) && !STARTS_ITEM.test(b.text)));
    if (wrapped) text += joiner(a.text, b.text);
    // A page break that did not continue a wrapped line is taken as a paragraph break
    // when the document separates its paragraphs by gaps.
    else if (gap || (!samePage && documentUsesGaps)) text += '\n\n';
    else text += '\n';
    text += b.text;
  }
  return text;
}
