// The inverted index's segments, tested directly: whatever documents and features go in,
// decoding gives back exactly the ordinals each feature was added for, ascending, in
// either encoding (delta varints for rare features, a bitmap for common ones); a merge
// with a remap drops dead documents and renumbers the rest.
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../shared/search/features.ts';
import { SegmentBuilder, decodePostings, findKey, isBitmap, mergeSegments, type Segment } from '../../../shared/search/postings.ts';

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Feature = readonly [hi: number, lo: number];
/** What went in: per feature key, the ordinals it was added for. */
type Expected = Map<number, number[]>;

function build(docs: readonly (readonly [ord: number, features: readonly Feature[]])[]): { segment: Segment; expected: Expected } {
  const builder = new SegmentBuilder();
  const expected: Expected = new Map();
  for (const [ord, features] of docs) {
    builder.begin(ord);
    for (const [hi, lo] of features) {
      builder.add(hi, lo);
      const key = keyOf(hi, lo);
      const ords = expected.get(key) ?? [];
      if (ords.at(-1) !== ord) ords.push(ord);
      expected.set(key, ords);
    }
  }
  return { segment: builder.freeze(), expected };
}

function decoded(segment: Segment): Map<number, number[]> {
  const out = new Map<number, number[]>();
  segment.keys.forEach((key, t) => {
    const buffer = new Uint32Array(segment.counts[t] ?? 0);
    const n = decodePostings(segment, t, buffer);
    out.set(key, [...buffer.subarray(0, n)]);
  });
  return out;
}

/** Random documents: a few very common features, many rare ones, ordinals with gaps. */
function randomDocs(seed: number, docCount: number, firstOrd: number): [number, Feature[]][] {
  const next = random(seed);
  const docs: [number, Feature[]][] = [];
  let ord = firstOrd;
  for (let d = 0; d < docCount; d++) {
    ord += 1 + Math.floor(next() * (next() < 0.05 ? 100 : 2));
    const features: Feature[] = [];
    if (next() < 0.9) features.push([1, 1]); // in nearly every document: a bitmap
    if (next() < 0.3) features.push([2, 7]); // in about a third: a bitmap
    for (let k = Math.floor(next() * 12); k > 0; k--) features.push([3 + Math.floor(next() * 400), Math.floor(next() * 60000)]);
    features.push([1, 1]); // the same feature twice in a document counts once
    docs.push([ord, features]);
  }
  return docs;
}

describe('segments', () => {
  it('decode exactly what was added, in both encodings, over random documents', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const { segment, expected } = build(randomDocs(seed, 600, seed * 10));
      expect(decoded(segment)).toEqual(expected);
      expect([...segment.keys]).toEqual([...expected.keys()].sort((a, b) => a - b));
      const kinds = [...segment.keys].map((_, t) => isBitmap(segment, t));
      expect(kinds, `seed ${seed}: some bitmaps`).toContain(true);
      expect(kinds, `seed ${seed}: some delta lists`).toContain(false);
    }
  });

  it('stores a feature as a bitmap exactly when that is under one byte a posting', () => {
    // 81 ordinals (0 … 80): a bitmap takes 81 bits, so 10 postings (80 bits of varints)
    // stay a list and 11 (88 bits) become a bitmap.
    const docs: [number, Feature[]][] = [];
    for (let ord = 0; ord <= 80; ord++) {
      const features: Feature[] = [[7, 7]];
      if (ord < 10) features.push([5, 5]);
      if (ord < 11) features.push([6, 6]);
      docs.push([ord, features]);
    }
    const { segment } = build(docs);
    const kind = (hi: number, lo: number) => isBitmap(segment, findKey(segment, keyOf(hi, lo)));
    expect(segment.span).toBe(81);
    expect(kind(5, 5)).toBe(false);
    expect(kind(6, 6)).toBe(true);
    expect(kind(7, 7)).toBe(true);
    expect(decoded(segment).get(keyOf(6, 6))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(decoded(segment).get(keyOf(5, 5))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('encodes gaps of any size (multi-byte varints) and ordinals far from zero', () => {
    const ords = [3, 4, 200, 20_000, 2_000_000, 2_000_001, 300_000_000];
    const { segment } = build(ords.map((ord) => [ord, [[9, 9]]]));
    expect(isBitmap(segment, 0)).toBe(false);
    expect(decoded(segment).get(keyOf(9, 9))).toEqual(ords);
    expect(segment.base).toBe(3);
  });

  it('finds keys by binary search, and reports a missing one as -1', () => {
    const { segment } = build(randomDocs(7, 100, 0));
    segment.keys.forEach((key, t) => expect(findKey(segment, key)).toBe(t));
    expect(findKey(segment, keyOf(100_000, 1))).toBe(-1);
    expect(findKey(segment, -1)).toBe(-1);
  });

  it('refuses ordinals that do not ascend', () => {
    const builder = new SegmentBuilder();
    builder.begin(5);
    expect(() => builder.begin(5)).toThrow(/ascend/);
  });

  it('freezes an empty builder to an empty segment', () => {
    const segment = new SegmentBuilder().freeze();
    expect(segment.keys.length).toBe(0);
    expect(segment.span).toBe(0);
  });
});

describe('merging segments', () => {
  it('concatenates consecutive segments into one with the same postings', () => {
    const first = build(randomDocs(11, 300, 0));
    const lastOrd = Math.max(...[...first.expected.values()].flat());
    const second = build(randomDocs(12, 300, lastOrd));
    const merged = mergeSegments([first.segment, second.segment], null);
    const expected = new Map(first.expected);
    for (const [key, ords] of second.expected) expected.set(key, [...(expected.get(key) ?? []), ...ords]);
    expect(decoded(merged)).toEqual(new Map([...expected].sort(([a], [b]) => a - b)));
  });

  it('drops documents the remap removes and renumbers the others, re-choosing each encoding', () => {
    const docs = randomDocs(21, 400, 0);
    const { segment, expected } = build(docs);
    const maxOrd = docs.at(-1)?.[0] ?? 0;
    // Keep every third document, numbered 0, 1, 2, …
    const remap = new Int32Array(maxOrd + 1).fill(-1);
    let next = 0;
    docs.forEach(([ord], i) => {
      if (i % 3 === 0) remap[ord] = next++;
    });
    const merged = mergeSegments([segment], remap);
    const want = new Map<number, number[]>();
    for (const [key, ords] of expected) {
      const kept = ords.map((o) => remap[o] ?? -1).filter((o) => o >= 0);
      if (kept.length > 0) want.set(key, kept);
    }
    expect(decoded(merged)).toEqual(new Map([...want].sort(([a], [b]) => a - b)));
    expect(merged.base).toBe(0);
    expect(merged.span).toBe(next);
    merged.keys.forEach((_, t) => expect(isBitmap(merged, t)).toBe((merged.counts[t] ?? 0) * 8 > merged.span));
  });

  it('merges to an empty segment when the remap keeps nothing', () => {
    const { segment } = build(randomDocs(31, 50, 0));
    const merged = mergeSegments([segment], new Int32Array(100_000).fill(-1));
    expect(merged.keys.length).toBe(0);
    expect(merged.span).toBe(0);
  });
});
