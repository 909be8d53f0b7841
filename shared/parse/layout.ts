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

export function detectLayout(lines: readonly SourceLine[]): Layout {
  const counts = new Map<number, number>();
  let considered = 0;
  for (const line of lines) {
    const width = Math.round(displayWidth(line.text));
    if (width < 10) continue;
    considered++;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let mode = 0;
  let modeCount = 0;
  for (const [width, count] of counts) {
    if (count > modeCount || (count === modeCount && width > mode)) {
      mode = width;
      modeCount = count;
    }
  }
  // The column width and its neighbours (half-width characters shift a line by ½).
  const near = (counts.get(mode - 1) ?? 0) + modeCount + (counts.get(mode + 1) ?? 0);
  const wrapped = considered >= 20 && mode >= 20 && near >= considered * 0.25;
  return { wrapWidth: wrapped ? mode : null };
}
