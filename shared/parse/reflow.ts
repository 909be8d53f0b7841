// Turns a notice's lines into clean paragraphs. In hard-wrapped (PDF) text a line
// that fills the column goes on in the next line; a short line ends its paragraph.
// In converted text every line is a paragraph, except where a page break cut one in
// two (the line before the break stops mid-sentence). Headings and list items
// (一、 （一） 1. 第一条) always start a paragraph of their own.
import type { SourceLine } from './lines.ts';
import type { Layout } from './layout.ts';
import { endsSentence, startsParagraph } from './patterns.ts';
import { isDateOnly } from '../text/chinese-date.ts';
import { displayWidth, tidySpaces } from '../text/spacing.ts';

// A converted line this short that stops without punctuation is a heading or a
// name, not the first half of a paragraph cut by a page break.
const MIN_CUT_LINE = 30;
// Converted text from PDF sometimes runs several list items into one line: a list
// marker after a space, or `N、` right after a sentence, starts a new paragraph.
const INLINE_MARKER = /[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、/g;
const LEADING_HEADING = /^([一二三四五六七八九十]{1,3}、[^\s，。；：,;:]{2,20})\s+(?=\S)/;
const LONG_BLOB = 120;
// `公示时间：…`, `地址：…`: a short label starts a paragraph.
const LABEL_START = /^[\u4e00-\u9fff]{2,10}[:：]/;

/** How many brackets and quotes `text` leaves open (never below zero). */
function openBrackets(text: string, depth: number): number {
  let open = depth;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0xff08 /* （ */ || ch === 0x300a /* 《 */ || ch === 0x201c /* “ */) open++;
    else if ((ch === 0xff09 /* ） */ || ch === 0x300b /* 》 */ || ch === 0x201d /* ” */) && open > 0) open--;
  }
  return open;
}

function startsOwnParagraph(line: SourceLine): boolean {
  return line.heading > 0 || startsParagraph(line.text) || isDateOnly(line.text);
}

function joinsWrapped(prev: SourceLine, next: SourceLine, unclosed: boolean, width: number): boolean {
  const prevWidth = displayWidth(prev.text);
  const nextWidth = displayWidth(next.text);
  const full = (w: number): boolean => w >= width - 1.5;
  // A paragraph's first line is indented by two cells.
  const firstLine = (w: number): boolean => w >= width - 3 && !full(w);
  if (!endsSentence(prev.text)) return full(prevWidth) || firstLine(prevWidth) || unclosed;
  // The line ends a sentence: the paragraph goes on only when the next line is not
  // the indented first line of a new one (nor a `公示时间：` label line), and a line
  // after an indented first line goes on only if it fills the column.
  if (full(prevWidth)) return !firstLine(nextWidth) && !LABEL_START.test(next.text);
  if (firstLine(prevWidth)) return full(nextWidth);
  return false;
}

function joinsConverted(prev: SourceLine, next: SourceLine, unclosed: boolean): boolean {
  if (!next.pageBreak && next.gap < 2) return false;
  if (endsSentence(prev.text)) return false;
  return prev.text.length >= MIN_CUT_LINE || unclosed;
}

function joiner(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? ' ' : '';
}

/** Splits a long converted line that holds several list items into one paragraph each. */
function splitRunOnItems(paragraph: string): string[] {
  if (paragraph.length < LONG_BLOB) return [paragraph];
  const parts: string[] = [];
  let from = 0;
  for (const m of paragraph.matchAll(INLINE_MARKER)) {
    const at = m.index;
    const before = paragraph.charAt(at - 1);
    const afterSpace = before === ' ' || before === '\t';
    if (at <= from || !(afterSpace || (m[0].endsWith('、') && (before === '。' || before === '；')))) continue;
    parts.push(paragraph.slice(from, at).trimEnd());
    from = at;
  }
  parts.push(paragraph.slice(from));
  return parts.flatMap((part) => {
    const m = LEADING_HEADING.exec(part);
    return m?.[1] ? [m[1], part.slice(m[0].length)] : [part];
  });
}

export function reflow(lines: readonly SourceLine[], layout: Layout): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let depth = 0;
  let prev: SourceLine | null = null;
  for (const line of lines) {
    const unclosed = depth > 0;
    const joins =
      prev !== null &&
      prev.heading === 0 &&
      !startsOwnParagraph(line) &&
      (layout.wrapWidth !== null ? joinsWrapped(prev, line, unclosed, layout.wrapWidth) : joinsConverted(prev, line, unclosed));
    if (joins) {
      current += joiner(current, line.text) + line.text;
    } else {
      if (current !== '') paragraphs.push(current);
      current = line.text;
      depth = 0;
    }
    depth = openBrackets(line.text, depth);
    prev = line;
  }
  if (current !== '') paragraphs.push(current);
  const split = layout.wrapWidth === null ? paragraphs.flatMap(splitRunOnItems) : paragraphs;
  return split.map(tidySpaces).filter((p) => p !== '');
}
