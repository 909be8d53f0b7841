// Feature keys of the inverted index. A key is one exact double: a tag (what kind of
// feature, and in which fields) times 2^50 plus a payload below 2^50 (two units of 25
// bits, or pinyin syllables / initials). One sorted key space for every kind keeps the
// index a single structure that serialises as a few typed arrays.
import { UNIT_LIMIT } from './units.ts';

const PAYLOAD = 2 ** 50;

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

export function pairPayload(a: number, b: number): number {
  return a * UNIT_LIMIT + b;
}

export function featureKey(tag: TagValue, payload: number): number {
  return tag * PAYLOAD + payload;
}

export function tagOf(key: number): TagValue {
  return Math.floor(key / PAYLOAD) as TagValue;
}

/** Syllable pair payload: syllable ids are below 1024. */
export function syllablePairPayload(a: number, b: number): number {
  return a * 1024 + b;
}

/** Initials trigram payload: letters 0..25. */
export function initialsPayload(a: number, b: number, c: number): number {
  return (a * 26 + b) * 26 + c;
}
