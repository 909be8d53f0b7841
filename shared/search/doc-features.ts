// The features one document contributes to the index: bigrams (and skip-bigrams and
// single units) of its short fields, pinyin of its title and agencies, bigrams of its
// body. Computed once, at index time; the index stores them, not the text.
import { Tag, featureKey, initialsPayload, pairPayload, syllablePairPayload } from './features.ts';
import { initialOf, readingsOf } from './pinyin.ts';
import type { SearchDoc } from './types.ts';
import { forEachUnit, isAsciiUnit, isHanUnit } from './units.ts';

export type FeatureSink = (key: number) => void;

// Reused between calls: indexing is single-threaded and never re-entrant.
let units = new Float64Array(4096);

function loadUnits(text: string): number {
  let n = 0;
  forEachUnit(text, (unit) => {
    if (n === units.length) {
      const next = new Float64Array(units.length * 2);
      next.set(units);
      units = next;
    }
    units[n++] = unit;
  });
  return n;
}

/** Features of one short field (title, 文号, an agency, the category). */
export function shortFieldFeatures(text: string, sink: FeatureSink): void {
  const n = loadUnits(text);
  for (let i = 0; i < n; i++) {
    const u = units[i] ?? 0;
    sink(featureKey(Tag.shortUnigram, u));
    if (i + 1 < n) sink(featureKey(Tag.shortBigram, pairPayload(u, units[i + 1] ?? 0)));
    if (i + 2 < n) sink(featureKey(Tag.shortSkip, pairPayload(u, units[i + 2] ?? 0)));
  }
}

/** Features of one body: bigrams of all units, and ASCII units (numbers, words) alone. */
export function bodyFeatures(paragraphs: readonly string[], sink: FeatureSink): void {
  // Paragraphs are joined: a phrase wrapped across a paragraph break still matches.
  const n = loadUnits(paragraphs.join('\n'));
  for (let i = 0; i < n; i++) {
    const u = units[i] ?? 0;
    if (isAsciiUnit(u)) sink(featureKey(Tag.bodyAsciiUnigram, u));
    if (i + 1 < n) sink(featureKey(Tag.bodyBigram, pairPayload(u, units[i + 1] ?? 0)));
  }
}

/**
 * Pinyin features of a title or agency: every reading's syllable, syllable pairs and
 * initials trigrams over each run of Chinese characters.
 */
export function pinyinFeatures(text: string, sink: FeatureSink): void {
  const runs: (readonly number[])[][] = [];
  let run: (readonly number[])[] = [];
  forEachUnit(text, (unit) => {
    const readings = isHanUnit(unit) ? readingsOf(unit) : [];
    if (readings.length === 0) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(readings);
    }
  });
  if (run.length > 0) runs.push(run);
  for (const r of runs) {
    for (let i = 0; i < r.length; i++) {
      const here = r[i] ?? [];
      const next = r[i + 1];
      const after = r[i + 2];
      for (const a of here) {
        sink(featureKey(Tag.pinyinUnigram, a));
        if (next) for (const b of next) sink(featureKey(Tag.pinyinBigram, syllablePairPayload(a, b)));
      }
      if (next && after) {
        for (const a of initialSet(here)) {
          for (const b of initialSet(next)) for (const c of initialSet(after)) sink(featureKey(Tag.initialsTrigram, initialsPayload(a, b, c)));
        }
      }
    }
  }
}

function initialSet(readings: readonly number[]): number[] {
  const set: number[] = [];
  for (const r of readings) {
    const i = initialOf(r);
    if (!set.includes(i)) set.push(i);
  }
  return set;
}

/** Every feature of a document. Client names and tags are not here: they live beside the index. */
export function documentFeatures(doc: SearchDoc, sink: FeatureSink): void {
  shortFieldFeatures(doc.title, sink);
  pinyinFeatures(doc.title, sink);
  if (doc.docNumber) shortFieldFeatures(doc.docNumber, sink);
  for (const agency of doc.agencies) {
    shortFieldFeatures(agency, sink);
    pinyinFeatures(agency, sink);
  }
  shortFieldFeatures(doc.category, sink);
  bodyFeatures(doc.body, sink);
}
