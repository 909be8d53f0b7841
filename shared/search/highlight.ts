// Highlights and snippets. A character is highlighted when it belongs to a query
// feature found in the text: a bigram, a single unit, a skip-bigram (around a wrong
// character), or a pinyin syllable pair / initials trigram. Ranges refer to the text as
// it is shown (positions come from the unit reader, which folds per character).
import { initialsPayload, pairPayload, syllablePairPayload } from './features.ts';
import { initialOf, readingsOf } from './pinyin.ts';
import type { QueryPlan } from './query.ts';
import type { Range, Snippet } from './types.ts';
import { isHanUnit, readUnits, UnitBuffer } from './text-units.ts';

// Reused between calls (highlighting is synchronous and never re-entrant).
const buffer = new UnitBuffer();
let marks = new Uint8Array(1024);

/** Reads `text` into the buffer and clears the marks; returns the number of units. */
function load(text: string): number {
  const n = readUnits(text, buffer);
  if (marks.length < n + 2) marks = new Uint8Array(n * 2 + 2);
  else marks.fill(0, 0, n + 2);
  return n;
}

function markText(n: number, h: QueryPlan['highlight']): number {
  const units = buffer.units;
  const leads = h.leads;
  let found = 0;
  for (let i = 0; i < n; i++) {
    const u = units[i] ?? 0;
    // Most characters of a body are in no query term: one Set test rules them out.
    if (!leads.has(u)) continue;
    if (h.unigrams.has(u)) {
      marks[i] = 1;
      found += 1;
    }
    if (i + 1 < n && h.bigrams.has(pairPayload(u, units[i + 1] ?? 0))) {
      marks[i] = marks[i + 1] = 1;
      found += 1;
    }
    if (i + 2 < n && h.skips.has(pairPayload(u, units[i + 2] ?? 0))) {
      marks[i] = marks[i + 1] = marks[i + 2] = 1;
      found += 1;
    }
  }
  return found;
}

function markPinyin(n: number, h: QueryPlan['highlight']): void {
  if (h.pinyinBigrams.size === 0 && h.pinyinUnigrams.size === 0 && h.initials.size === 0) return;
  const readings: (readonly number[])[] = [];
  for (let i = 0; i < n; i++) {
    const unit = buffer.units[i] ?? 0;
    readings.push(isHanUnit(unit) ? readingsOf(unit) : []);
  }
  for (let i = 0; i < n; i++) {
    const here = readings[i] ?? [];
    const next = readings[i + 1] ?? [];
    const after = readings[i + 2] ?? [];
    for (const a of here) {
      if (h.pinyinUnigrams.has(a)) marks[i] = 1;
      for (const b of next) {
        if (h.pinyinBigrams.has(syllablePairPayload(a, b))) marks[i] = marks[i + 1] = 1;
        for (const c of after) {
          if (h.initials.has(initialsPayload(initialOf(a), initialOf(b), initialOf(c)))) marks[i] = marks[i + 1] = marks[i + 2] = 1;
        }
      }
    }
  }
}

function toRanges(n: number): Range[] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!marks[i]) continue;
    const start = buffer.starts[i] ?? 0;
    const end = buffer.ends[i] ?? 0;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === start) last[1] = end;
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Highlight ranges of the query in a short field (title, 文号, agency), pinyin included. */
export function highlightRanges(text: string, plan: QueryPlan): Range[] {
  const n = load(text);
  markText(n, plan.highlight);
  markPinyin(n, plan.highlight);
  return toRanges(n);
}

/** Characters of a snippet, about. */
export const SNIPPET_LENGTH = 80;

type Window = { paragraph: number; start: number; end: number; score: number };

/**
 * The best window of `length` characters in the marked units: runs of adjacent marked
 * units weigh their length squared, so a whole term beats scattered pieces of it.
 */
function bestWindow(n: number, length: number, paragraph: number, best: Window | null): Window | null {
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  const runWeights: number[] = [];
  for (let i = 0; i < n; ) {
    if (!marks[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < n && marks[j + 1]) j += 1;
    runStarts.push(buffer.starts[i] ?? 0);
    runEnds.push(buffer.ends[j] ?? 0);
    runWeights.push((j - i + 1) * (j - i + 1));
    i = j + 1;
  }
  let lo = 0;
  let score = 0;
  for (let hi = 0; hi < runStarts.length; hi++) {
    const end = runEnds[hi] ?? 0;
    score += runWeights[hi] ?? 0;
    while ((runStarts[lo] ?? 0) < end - length && lo < hi) score -= runWeights[lo++] ?? 0;
    if (!best || score > best.score) best = { paragraph, start: runStarts[lo] ?? 0, end, score };
  }
  return best;
}

/**
 * A short passage of the body around its best match (the window of about
 * SNIPPET_LENGTH characters with the most matched text), with its highlights; the start
 * of the body when nothing in it matches (a notice found by its title).
 */
export function makeSnippet(body: readonly string[], plan: QueryPlan, length = SNIPPET_LENGTH): Snippet {
  let best: Window | null = null;
  for (let p = 0; p < body.length; p++) {
    const n = load(body[p] ?? '');
    if (markText(n, plan.highlight) > 0) best = bestWindow(n, length, p, best);
  }
  if (!best) {
    const first = body.find((p) => p.trim().length > 0) ?? '';
    return { text: first.length > length ? `${first.slice(0, length)}…` : first, ranges: [] };
  }
  const paragraph = body[best.paragraph] ?? '';
  const n = load(paragraph);
  markText(n, plan.highlight);
  const spare = Math.max(0, length - (best.end - best.start));
  let begin = Math.max(0, best.start - Math.floor(spare / 3));
  const end = Math.min(paragraph.length, begin + length);
  begin = Math.max(0, Math.min(begin, end - length));
  const prefix = begin > 0 ? '…' : '';
  const ranges: Range[] = [];
  for (const [s, e] of toRanges(n)) {
    if (e <= begin || s >= end) continue;
    ranges.push([Math.max(s, begin) - begin + prefix.length, Math.min(e, end) - begin + prefix.length]);
  }
  return { text: prefix + paragraph.slice(begin, end) + (end < paragraph.length ? '…' : ''), ranges };
}
