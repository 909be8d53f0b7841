// Feature keys of the inverted index. A key is one exact double made of two integers:
// `hi` = tag × 2^25 + first unit, `lo` = second unit (or another payload below 2^25);
// key = hi × 2^25 + lo < 2^53. The tag says what kind of feature it is and in which
// fields it was seen. One sorted key space for every kind keeps the index a single
// structure that serialises as a few typed arrays; the two-integer form lets the index
// builder hash keys without allocating a double per feature.
import { UNIT_LIMIT } from './text-units.ts';

/** What a feature is and where it was seen. */
export const Tag = {
  /** Two adjacent units in a short field (title, 文号, agencies, category). */
  shortBigram: 0,
  /** Two adjacent units in the body. */
  bodyBigram: 1,
  /** Units i and i+2 in a short field: evidence for a query with one wrong character. */
  shortSkip: 2,
  /** One unit in a short field (one-character queries, `304`). */
  shortUnigram: 3,
  /** One ASCII unit (number, word) in the body. Chinese characters alone are not indexed in bodies. */
  bodyAsciiUnigram: 4,
  /** Two adjacent pinyin syllables of a title or agency (every reading of a polyphonic character). */
  pinyinBigram: 5,
  /** One pinyin syllable of a title or agency. */
  pinyinUnigram: 6,
  /** Three adjacent pinyin initials (lszz → lsz, szz) of a title or agency. */
  initialsTrigram: 7,
} as const;

export type TagValue = (typeof Tag)[keyof typeof Tag];

/** Receives the features of a document as (hi, lo) pairs. */
export type FeatureSink = { add(hi: number, lo: number): void };

/** `hi` of a feature: its tag and, for pairs, the first unit. */
export function hiOf(tag: TagValue, first = 0): number {
  return tag * UNIT_LIMIT + first;
}

export function keyOf(hi: number, lo: number): number {
  return hi * UNIT_LIMIT + lo;
}

export function pairKey(tag: TagValue, a: number, b: number): number {
  return keyOf(hiOf(tag, a), b);
}

export function singleKey(tag: TagValue, payload: number): number {
  return keyOf(hiOf(tag), payload);
}

/** Syllable pair payload: syllable ids are below 1024. */
export function syllablePairPayload(a: number, b: number): number {
  return a * 1024 + b;
}

/** Initials trigram payload: letters 0..25. */
export function initialsPayload(a: number, b: number, c: number): number {
  return (a * 26 + b) * 26 + c;
}

/** Bigram payload used by highlight sets (two units). */
export function pairPayload(a: number, b: number): number {
  return a * UNIT_LIMIT + b;
}
