// Rebuilds the lines of one PDF page from pdf.js text items. pdf.js gives runs of text
// with a position (baseline start x/y, y pointing up) and a width; the order of runs in
// the content stream is not reliable, so lines are found by baseline and read left to
// right.
import type { PdfTextItem } from '../types.ts';
import { isCjk } from '../../text/width.ts';

export type PdfLine = {
  text: string;
  /** Left end of the first run. */
  x: number;
  /** Right end of the last run. */
  right: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  /** Font size of the line's main run. */
  size: number;
  page: number;
};

type Run = { str: string; x: number; y: number; width: number; size: number };

/** Rotated runs (diagonal watermarks, stamps, side notes) are not part of the reading text. */
function isUpright(transform: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = transform;
  return Math.abs(b) <= Math.abs(a) * 0.05 && Math.abs(c) <= Math.abs(d) * 0.05 && a > 0 && d > 0;
}

function toRun(item: PdfTextItem): Run | null {
  if (item.str === '' || !isUpright(item.transform)) return null;
  const [, , , d = 0, x = 0, y = 0] = item.transform;
  const size = Math.abs(d) || item.height;
  if (!(size > 0)) return null;
  return { str: item.str, x, y, width: item.width, size };
}

const lastChar = (s: string): string | undefined => Array.from(s.trimEnd()).pop();
const firstChar = (s: string): string | undefined => Array.from(s.trimStart())[0];

/**
 * What goes between two runs on one line, from the gap between them. pdf.js reports
 * spaces as runs of their own, but it also invents narrow ones where a typesetter set
 * Chinese apart from Latin (2018 年 typeset as 2018年 plus a fifth of an em), so
 * blank runs are ignored and only the gap counts: a space between Chinese and Latin
 * needs a wider gap; between two Chinese characters a space is meaningful (two
 * agencies on one line) and there is no such automatic spacing to confuse it with.
 */
function separator(before: string, after: string, gap: number, size: number): string {
  if (gap >= size * 3) return '\t';
  const mixed = isCjk(lastChar(before)) !== isCjk(firstChar(after));
  return gap > size * (mixed ? 0.35 : 0.15) ? ' ' : '';
}

function joinRuns(runs: Run[]): string {
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const run of runs) {
    if (run.str.trim() === '') continue;
    text += text === '' ? run.str : separator(text, run.str, run.x - end, Math.max(size, run.size)) + run.str;
    end = Math.max(end, run.x + run.width);
    size = run.size;
  }
  return text.replace(/[ \u00a0]+/g, ' ').trim();
}

/** Lines of a page, top to bottom. */
export function rebuildLines(items: ReadonlyArray<PdfTextItem>, page: number): PdfLine[] {
  const runs = items.map(toRun).filter((run): run is Run => run !== null);
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let baseline = NaN;
  let size = 0;
  for (const run of runs) {
    // Runs whose baselines differ by less than half the larger font size share a line
    // (covers superscripts and the jitter of justified text).
    if (current.length > 0 && Math.abs(run.y - baseline) <= Math.max(size, run.size) * 0.5) {
      current.push(run);
      if (run.size > size && run.str.trim() !== '') {
        size = run.size;
        baseline = run.y;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);

  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    const text = joinRuns(group);
    if (text === '') continue;
    const visible = group.filter((run) => run.str.trim() !== '');
    const main = visible.reduce((best, run) => (run.str.length * run.size > best.str.length * best.size ? run : best));
    const first = visible[0] ?? main;
    const right = Math.max(...visible.map((run) => run.x + run.width));
    lines.push({ text, x: first.x, right, y: main.y, size: main.size, page });
  }
  return lines;
}
