// Highlights and snippets. A character is highlighted when it belongs to a query
// feature found in the text: a bigram, a single unit, a skip-bigram (around a wrong
// character), or a pinyin syllable pair / initials trigram. Ranges refer to the text as
// it is shown (positions come from the unit reader, which folds per character).
import { initialsPayload, pairPayload, syllablePairPayload } from './features.ts';
import { initialOf, readingsOf } from './pinyin.ts';
import type { QueryPlan } from './query.ts';
import type { Range, Snippet } from './types.ts';
import { forEachUnit, isHanUnit } from './units.ts';

type UnitAt = { unit: number; start: number; end: number };

function unitsWithPositions(text: string): UnitAt[] {
  const out: UnitAt[] = [];
  forEachUnit(text, (unit, start, end) => out.push({ unit, start, end }));
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

/**
 * A short passage of the body around its best match (the window of SNIPPET_LENGTH
 * characters holding the most highlighted characters), with its highlights; the start
 * of the body when nothing in it matches (a notice found by its title).
 */
export function makeSnippet(body: readonly string[], plan: QueryPlan, length = SNIPPET_LENGTH): Snippet {
  let best: { paragraph: number; start: number; end: number; score: number; ranges: Range[] } | null = null;
  body.forEach((paragraph, index) => {
    const units = unitsWithPositions(paragraph);
    const marks = new Uint8Array(units.length);
    markText(units, plan.highlight, marks);
    const marked = units.filter((_, i) => marks[i]);
    if (marked.length === 0) return;
    // Two pointers: the window of `length` characters with the most marked units.
    let lo = 0;
    for (let hi = 0; hi < marked.length; hi++) {
      const end = marked[hi]?.end ?? 0;
      while ((marked[lo]?.start ?? 0) < end - length) lo += 1;
      const score = hi - lo + 1;
      if (!best || score > best.score) {
        best = { paragraph: index, start: marked[lo]?.start ?? 0, end, score, ranges: toRanges(units, marks) };
      }
    }
  });
  const chosen = best as { paragraph: number; start: number; end: number; ranges: Range[] } | null;
  if (!chosen) {
    const first = body.find((p) => p.trim().length > 0) ?? '';
    return { text: first.length > length ? `${first.slice(0, length)}…` : first, ranges: [] };
  }
  const paragraph = body[chosen.paragraph] ?? '';
  const spare = Math.max(0, length - (chosen.end - chosen.start));
  let begin = Math.max(0, chosen.start - Math.floor(spare / 3));
  const end = Math.min(paragraph.length, begin + length);
  begin = Math.max(0, Math.min(begin, end - length));
  const prefix = begin > 0 ? '…' : '';
  const ranges: Range[] = [];
  for (const [s, e] of chosen.ranges) {
    if (e <= begin || s >= end) continue;
    ranges.push([Math.max(s, begin) - begin + prefix.length, Math.min(e, end) - begin + prefix.length]);
  }
  return { text: prefix + paragraph.slice(begin, end) + (end < paragraph.length ? '…' : ''), ranges };
}
