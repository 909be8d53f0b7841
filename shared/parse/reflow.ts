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
// Converted text from PDF sometimes runs several list items into one line.
const INLINE_ITEM = /\s+(?=[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)|(?<=[。；])(?=[一二三四五六七八九十]{1,3}、)/;
const LEADING_HEADING = /^([一二三四五六七八九十]{1,3}、[^\s，。；：,;:]{2,20})\s+(?=\S)/;
const LONG_BLOB = 120;
// `公示时间：…`, `地址：…`: a short label starts a paragraph.
const LABEL_START = /^[\u4e00-\u9fff]{2,10}[:：]/;

/** Brackets and quotes opened in `text` and not yet closed. */
function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '《' || ch === '“') depth++;
    else if ((ch === '）' || ch === '》' || ch === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

function startsOwnParagraph(line: SourceLine): boolean {
  return line.heading > 0 || startsParagraph(line.text) || isDateOnly(line.text);
}

function joinsWrapped(prev: SourceLine, next: SourceLine, paragraph: string, width: number): boolean {
  const prevWidth = displayWidth(prev.text);
  const nextWidth = displayWidth(next.text);
  const full = (w: number): boolean => w >= width - 1.5;
  // A paragraph's first line is indented by two cells.
  const firstLine = (w: number): boolean => w >= width - 3 && !full(w);
  if (!endsSentence(prev.text)) return full(prevWidth) || firstLine(prevWidth) || unclosed(paragraph);
  // The line ends a sentence: the paragraph goes on only when the next line is not
  // the indented first line of a new one (nor a `公示时间：` label line), and a line
  // after an indented first line goes on only if it fills the column.
  if (full(prevWidth)) return !firstLine(nextWidth) && !LABEL_START.test(next.text);
  if (firstLine(prevWidth)) return full(nextWidth);
  return false;
}

function joinsConverted(prev: SourceLine, next: SourceLine, paragraph: string): boolean {
  if (!next.pageBreak && next.gap < 2) return false;
  if (endsSentence(prev.text)) return false;
  return prev.text.length >= MIN_CUT_LINE || unclosed(paragraph);
}

function joiner(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? ' ' : '';
}

/** Splits a long converted line that holds several list items into one paragraph each. */
function splitRunOnItems(paragraph: string): string[] {
  if (paragraph.length < LONG_BLOB || !paragraph.includes('、') && !paragraph.includes('(') && !paragraph.includes('（')) return [paragraph];
  return paragraph.split(INLINE_ITEM).flatMap((part) => {
    const m = LEADING_HEADING.exec(part);
    return m?.[1] ? [m[1], part.slice(m[0].length)] : [part];
  });
}

export function reflow(lines: readonly SourceLine[], layout: Layout): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let prev: SourceLine | null = null;
  for (const line of lines) {
    const joins =
      prev !== null &&
      prev.heading === 0 &&
      !startsOwnParagraph(line) &&
      (layout.wrapWidth !== null ? joinsWrapped(prev, line, current, layout.wrapWidth) : joinsConverted(prev, line, current));
    if (joins) {
      current += joiner(current, line.text) + line.text;
    } else {
      if (current !== '') paragraphs.push(current);
      current = line.text;
    }
    prev = line;
  }
  if (current !== '') paragraphs.push(current);
  const split = layout.wrapWidth === null ? paragraphs.flatMap(splitRunOnItems) : paragraphs;
  return split.map(tidySpaces).filter((p) => p !== '');
}
