// Which of the known text layouts a bulletin has. Text extracted from a PDF is
// hard-wrapped: most lines fill the column to the same printed width, and a
// paragraph's first line is two cells shorter (its indent). Converted documents
// (markdown or plain text) keep one paragraph per line, so line widths vary freely.
import type { SourceLine } from './lines.ts';
import { displayWidth } from '../text/spacing.ts';

export type Layout = {
  /** Column width in cells when the text is hard-wrapped, else null. */
  wrapWidth: number | null;
};

// Fewer wide lines than this say nothing about the layout.
const MIN_LINES = 6;
// Share of the wide lines that must fill the column or be indented first lines
// (hard-wrapped PDF text scores about 0.6, converted text below 0.2).
const WRAPPED_SHARE = 0.3;
const MIN_COLUMN = 16;

export function detectLayout(lines: readonly SourceLine[]): Layout {
  const counts = new Map<number, number>();
  let considered = 0;
  for (const line of lines) {
    const width = Math.round(displayWidth(line.text));
    if (width < 10) continue;
    considered++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  const count = (width: number): number => counts.get(width) ?? 0;
  // A column of width W: lines of W (± a half-width character) and first lines of W - 2.
  let column = 0;
  let best = 0;
  for (const [width, n] of counts) {
    if (n < 2 || width < MIN_COLUMN) continue;
    const score = count(width - 1) + count(width) + count(width + 1) + count(width - 3) + count(width - 2);
    if (score > best || (score === best && width > column)) {
      column = width;
      best = score;
    }
  }
  const wrapped = considered >= MIN_LINES && best >= considered * WRAPPED_SHARE;
  return { wrapWidth: wrapped ? column : null };
}
