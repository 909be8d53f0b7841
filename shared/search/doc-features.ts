// The features one document contributes to the index: bigrams (and skip-bigrams and
// single units) of its short fields, pinyin of its title and agencies, bigrams of its
// body. Computed once, at index time; the index stores them, not the text.
import { hiOf, initialsPayload, syllablePairPayload, Tag, type FeatureSink } from './features.ts';
import { initialOf, readingsOf } from './pinyin.ts';
import type { SearchDoc } from './types.ts';
import { DIGITS_BASE, isHanUnit, readUnits, UnitBuffer } from './text-units.ts';

// Reused between calls: indexing is single-threaded and never re-entrant.
const buffer = new UnitBuffer();

/** Features of one short field (title, 文号, an agency, the category, a client's name or tag). */
export function shortFieldFeatures(text: string, sink: FeatureSink): void {
  const n = readUnits(text, buffer);
  const u = buffer.units;
  const unigram = hiOf(Tag.shortUnigram);
  for (let i = 0; i < n; i++) {
    const a = u[i] ?? 0;
    sink.add(unigram, a);
    if (i + 1 < n) sink.add(hiOf(Tag.shortBigram, a), u[i + 1] ?? 0);
    if (i + 2 < n) sink.add(hiOf(Tag.shortSkip, a), u[i + 2] ?? 0);
  }
}

/** Features of one body: bigrams of all units, and ASCII units (numbers, words) alone. */
export function bodyFeatures(paragraphs: readonly string[], sink: FeatureSink): void {
  // Paragraphs are joined: a phrase wrapped across a paragraph break still matches.
  const n = readUnits(paragraphs.join('\n'), buffer);
  const u = buffer.units;
  const bigram = hiOf(Tag.bodyBigram);
  const ascii = hiOf(Tag.bodyAsciiUnigram);
  for (let i = 0; i < n; i++) {
    const a = u[i] ?? 0;
    if (a >= DIGITS_BASE) sink.add(ascii, a);
    if (i + 1 < n) sink.add(bigram + a, u[i + 1] ?? 0);
  }
}

/**
 * Pinyin features of a title or agency: every reading's syllable, syllable pairs and
 * initials trigrams over each run of Chinese characters.
 */
export function pinyinFeatures(text: string, sink: FeatureSink): void {
  const n = readUnits(text, buffer);
  const readings: (readonly number[])[] = [];
  for (let i = 0; i < n; i++) {
    const unit = buffer.units[i] ?? 0;
    readings.push(isHanUnit(unit) ? readingsOf(unit) : []);
  }
  const unigram = hiOf(Tag.pinyinUnigram);
  const bigram = hiOf(Tag.pinyinBigram);
  const trigram = hiOf(Tag.initialsTrigram);
  for (let i = 0; i < n; i++) {
    const here = readings[i] ?? [];
    const next = readings[i + 1] ?? [];
    const after = readings[i + 2] ?? [];
    for (const a of here) {
      sink.add(unigram, a);
      for (const b of next) sink.add(bigram, syllablePairPayload(a, b));
    }
    if (here.length > 0 && next.length > 0 && after.length > 0) {
      for (const a of initialSet(here)) {
        for (const b of initialSet(next)) for (const c of initialSet(after)) sink.add(trigram, initialsPayload(a, b, c));
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

/** Every feature of a document. Client names and qualifications are not here: they live beside the index. */
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
