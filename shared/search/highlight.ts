// Highlights and snippets. A character is highlighted when it belongs to a query
// feature found in the text: a bigram, a single unit, a skip-bigram (around a wrong
// character), or a pinyin syllable pair / initials trigram. Ranges refer to the text as
// it is shown (positions come from the unit reader, which folds per character).
import { initialsPayload, pairPayload, syllablePairPayload } from './features.ts';
import { initialOf, readingsOf } from './pinyin.ts';
import type { QueryPlan } from './query.ts';
import type { Range, Snippet } from './types.ts';
import { isHanUnit, readUnits, UnitBuffer } from './units.ts';

type UnitAt = { unit: number; start: number; end: number };

const buffer = new UnitBuffer();

function unitsWithPositions(text: string): UnitAt[] {
  const n = readUnits(text, buffer);
  const out: UnitAt[] = new Array<UnitAt>(n);
  for (let i = 0; i < n; i++) out[i] = { unit: buffer.units[i] ?? 0, start: buffer.starts[i] ?? 0, end: buffer.ends[i] ?? 0 };
  return out;
}

function markText(units: UnitAt[], h: QueryPlan['highlight'], marks: Uint8Array): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]?.unit ?? 0;
    if (h.unigrams.has(u)) marks[i] = 1;
    const next = units[i + 1];
    if (next && h.bigrams.has(pairPayload(u, next.unit))) marks[i] = marks[i + 1] = 1;
    const after = units[i + 2];
    if (after && h.skips.has(pairPayload(u, after.unit))) marks[i] = marks[i + 1] = marks[i + 2] = 1;
  }
}

function markPinyin(units: UnitAt[], h: QueryPlan['highlight'], marks: Uint8Array): void {
  if (h.pinyinBigrams.size === 0 && h.pinyinUnigrams.size === 0 && h.initials.size === 0) return;
  const readings = units.map((u) => (isHanUnit(u.unit) ? readingsOf(u.unit) : []));
  for (let i = 0; i < units.length; i++) {
    const here = readings[i] ?? [];
    const next = readings[i + 1] ?? [];
    const after = readings[i + 2] ?? [];
    for (const a of here) {
      if (h.pinyinUnigrams.has(a)) marks[i] = 1;
      for (const b of next) if (h.pinyinBigrams.has(syllablePairPayload(a, b))) marks[i] = marks[i + 1] = 1;
      for (const b of next) {
        for (const c of after) {
          if (h.initials.has(initialsPayload(initialOf(a), initialOf(b), initialOf(c)))) marks[i] = marks[i + 1] = marks[i + 2] = 1;
        }
      }
    }
  }
}

function toRanges(units: UnitAt[], marks: Uint8Array): Range[] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < units.length; i++) {
    if (!marks[i]) continue;
    const u = units[i];
    if (!u) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === u.start) last[1] = u.end;
    else ranges.push([u.start, u.end]);
  }
  return ranges;
}

/** Highlight ranges of the query in a short field (title, 文号, agency), pinyin included. */
export function highlightRanges(text: string, plan: QueryPlan): Range[] {
  const units = unitsWithPositions(text);
  const marks = new Uint8Array(units.length);
  markText(units, plan.highlight, marks);
  markPinyin(units, plan.highlight, marks);
  return toRanges(units, marks);
}

/** Characters of a snippet, about. */
export const SNIPPET_LENGTH = 80;

type Run = { start: number; end: number; weight: number };

/** Runs of adjacent marked units, weighted by length squared: a whole term beats scattered pieces of it. */
function markedRuns(units: UnitAt[], marks: Uint8Array): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let length = 0;
  for (let i = 0; i <= units.length; i++) {
    const u = units[i];
    if (u && marks[i]) {
      if (run) {
        run.end = u.end;
        length += 1;
      } else {
        run = { start: u.start, end: u.end, weight: 0 };
        length = 1;
      }
      continue;
    }
    if (run) {
      run.weight = length * length;
      runs.push(run);
      run = null;
    }
  }
  return runs;
}

/**
 * A short passage of the body around its best match (the window of about
 * SNIPPET_LENGTH characters with the most matched text, whole terms counting most),
 * with its highlights; the start of the body when nothing in it matches (a notice
 * found by its title).
 */
export function makeSnippet(body: readonly string[], plan: QueryPlan, length = SNIPPET_LENGTH): Snippet {
  let best: { paragraph: number; start: number; end: number; score: number; ranges: Range[] } | null = null;
  for (let p = 0; p < body.length; p++) {
    const units = unitsWithPositions(body[p] ?? '');
    const marks = new Uint8Array(units.length);
    markText(units, plan.highlight, marks);
    const runs = markedRuns(units, marks);
    // Two pointers over the runs: the window of `length` characters with the most weight.
    let lo = 0;
    let score = 0;
    for (let hi = 0; hi < runs.length; hi++) {
      const last = runs[hi];
      if (!last) break;
      score += last.weight;
      while ((runs[lo]?.start ?? 0) < last.end - length && lo < hi) score -= runs[lo++]?.weight ?? 0;
      if (!best || score > best.score) {
        best = { paragraph: p, start: runs[lo]?.start ?? 0, end: last.end, score, ranges: toRanges(units, marks) };
      }
    }
  }
  if (!best) {
    const first = body.find((p) => p.trim().length > 0) ?? '';
    return { text: first.length > length ? `${first.slice(0, length)}…` : first, ranges: [] };
  }
  const paragraph = body[best.paragraph] ?? '';
  const spare = Math.max(0, length - (best.end - best.start));
  let begin = Math.max(0, best.start - Math.floor(spare / 3));
  const end = Math.min(paragraph.length, begin + length);
  begin = Math.max(0, Math.min(begin, end - length));
  const prefix = begin > 0 ? '…' : '';
  const ranges: Range[] = [];
  for (const [s, e] of best.ranges) {
    if (e <= begin || s >= end) continue;
    ranges.push([Math.max(s, begin) - begin + prefix.length, Math.min(e, end) - begin + prefix.length]);
  }
  return { text: prefix + paragraph.slice(begin, end) + (end < paragraph.length ? '…' : ''), ranges };
}
