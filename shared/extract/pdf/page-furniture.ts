// Page furniture: running headers, footers and page numbers that a PDF repeats on
// every page. Left in, they would land in the middle of sentences that run across a
// page break. A line is furniture when it sits among the first or last lines of a
// page and either looks like a page number or recurs (digits ignored) at the same
// height on most pages. The height matters: a bulletin's title on page 1 may read
// like the running header of the other pages, but it is not printed where they are.
import type { PdfLine } from './page-lines.ts';

/** How many lines at the top and at the bottom of a page can be furniture. */
const EDGE_LINES = 3;
/** A line recurring at the same edge on at least this share of pages is furniture. */
const RECURRENCE = 0.5;
/** Tolerance, in PDF units (1/72 inch), for "printed at the same height". */
const SAME_HEIGHT = 3;

const PAGE_NUMBER = [
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*页\s*[，,/]?\s*(共\s*[0-9０-９一二三四五六七八九十百]+\s*页)?$/,
  /^共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页$/,
  /^[-—–－]\s*\d+\s*[-—–－]$/,
  /^\d+\s*\/\s*\d+$/,
  /^\d{1,4}$/,
  /^page\s*\d+(\s*(of|\/)\s*\d+)?$/i,
];

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** Digits vary from page to page (第 3 页, dates, issue numbers); the rest must match. */
const furnitureKey = (text: string): string => text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');

type Edge = 'top' | 'bottom';

function edgeLines(lines: PdfLine[], edge: Edge): PdfLine[] {
  return edge === 'top' ? lines.slice(0, EDGE_LINES) : lines.slice(-EDGE_LINES);
}

/** Removes furniture from pages given top to bottom; returns the kept lines per page. */
export function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const drop = new Set<PdfLine>();
  const minPages = Math.max(2, Math.ceil(pages.length * RECURRENCE));
  for (const edge of ['top', 'bottom'] as const) {
    const heights = new Map<string, number[]>();
    for (const lines of pages) {
      for (const line of edgeLines(lines, edge)) {
        const key = furnitureKey(line.text);
        const seen = heights.get(key);
        if (seen) seen.push(line.y);
        else heights.set(key, [line.y]);
      }
    }
    const recurs = (line: PdfLine) =>
      pages.length >= 2 && (heights.get(furnitureKey(line.text)) ?? []).filter((y) => Math.abs(y - line.y) <= SAME_HEIGHT).length >= minPages;
    for (const lines of pages) {
      const candidates = edgeLines(lines, edge);
      // Work inwards from the page edge: furniture sits outside the body, so stop at
      // the first line that is not furniture.
      const ordered = edge === 'top' ? candidates : [...candidates].reverse();
      for (const line of ordered) {
        if (!recurs(line) && !isPageNumber(line.text)) break;
        drop.add(line);
      }
    }
  }
  return pages.map((lines) => lines.filter((line) => !drop.has(line)));
}
