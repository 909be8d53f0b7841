// Finding and scoring the notices that match a query plan. For every variant of every
// term, the postings of its features set one bit per feature in a per-document mask
// (all fields, and short fields only). A term is present in a document when one of its
// variants has all its primary bits (strict), or misses no more than its tolerance
// (one wrong or missing character). Scores sum the rarity (IDF) of the features found,
// more for short fields: summed rarity, not strict intersection, is what lets a query
// with a wrong character still find its notice, ranked by how much of it matched.
import type { DocTable } from './doc-table.ts';
import type { QueryPlan, Term, Variant } from './query.ts';
import { decodePostings, findKey, type Segment } from './segment.ts';

/** Score multiplier of features found in a short field (title, 文号, agencies, category, client). */
const SHORT_BOOST = 1.5;
/** Weight of skip-bigram evidence (a title that has the characters around a typo). */
const SKIP_BOOST = 0.5;
/** A term found with a wrong or missing character counts this much of an exact one. */
const FUZZY_FACTOR = 0.45;
const PINYIN_FACTOR = 0.9;
const INITIALS_FACTOR = 0.6;
/** Added when the query is the notice's 文号 (any printing). */
const DOC_NUMBER_BONUS = 1000;

/** What the matcher reads. */
export type MatchSource = {
  segments: readonly Segment[];
  docs: DocTable;
  /** Ordinals of the notices whose 文号 has this exact-map key. */
  docNumberOrds(key: string): readonly number[];
  /** For each client whose name or tags carry features of `variant`: the bits found and the client's notices' ordinals. */
  clientMatches(variant: Variant): { bits: number; ords: readonly number[] }[];
};

export type MatchResult = {
  count: number;
  ords: Uint32Array;
  scores: Float64Array;
  /** 1 where every term matched exactly. */
  exact: Uint8Array;
};

type PreparedVariant = {
  variant: Variant;
  all: Uint32Array;
  short: Uint32Array;
  touched: number[];
  /** Byte tables: weighted sum of the bits of a mask in four lookups. */
  weights: Float64Array;
};

/** Arrays reused from query to query (one set per index). */
export class MatchScratch {
  private masks: Uint32Array[] = [];
  private size = 0;
  stamp = new Uint32Array(0);
  stampValue = 0;
  postings = new Uint32Array(4096);

  ensure(n: number): void {
    if (n <= this.size) return;
    const size = Math.max(n, Math.ceil(this.size * 1.5), 1024);
    this.masks = this.masks.map((old) => {
      const next = new Uint32Array(size);
      next.set(old);
      return next;
    });
    const stamp = new Uint32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.size = size;
  }

  mask(i: number): Uint32Array {
    while (this.masks.length <= i) this.masks.push(new Uint32Array(this.size));
    return this.masks[i] ?? new Uint32Array(0);
  }

  nextStamp(): number {
    this.stampValue += 1;
    if (this.stampValue === 0xffffffff) {
      this.stamp.fill(0);
      this.stampValue = 1;
    }
    return this.stampValue;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function weightedSum(table: Float64Array, mask: number): number {
  return (
    (table[mask & 0xff] ?? 0) +
    (table[256 + ((mask >>> 8) & 0xff)] ?? 0) +
    (table[512 + ((mask >>> 16) & 0xff)] ?? 0) +
    (table[768 + (mask >>> 24)] ?? 0)
  );
}

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Document frequency of a key: its postings over every segment. */
function documentFrequency(source: MatchSource, key: number): number {
  let df = 0;
  for (const segment of source.segments) {
    const t = findKey(segment, key);
    if (t >= 0) df += segment.counts[t] ?? 0;
  }
  return df;
}

function prepare(source: MatchSource, variant: Variant, all: Uint32Array, short: Uint32Array, scratch: MatchScratch): PreparedVariant {
  const n = Math.max(1, source.docs.live);
  const weights = new Float64Array(1024);
  const touched: number[] = [];
  for (const feature of variant.features) {
    let df = 0;
    for (const lookup of feature.lookups) df = Math.max(df, documentFrequency(source, lookup.key));
    const w = idf(df, n);
    const byte = feature.bit >>> 3;
    const bitInByte = 1 << (feature.bit & 7);
    for (let b = 0; b < 256; b++) if (b & bitInByte) weights[byte * 256 + b] = (weights[byte * 256 + b] ?? 0) + w;
    const bit = (1 << feature.bit) >>> 0;
    for (const lookup of feature.lookups) {
      for (const segment of source.segments) {
        const t = findKey(segment, lookup.key);
        if (t < 0) continue;
        const count = segment.counts[t] ?? 0;
        if (scratch.postings.length < count) scratch.postings = new Uint32Array(count * 2);
        decodePostings(segment, t, scratch.postings);
        mark(scratch.postings, count, bit, lookup.short, all, short, touched);
      }
    }
  }
  for (const { bits, ords } of source.clientMatches(variant)) {
    mark(ords, ords.length, bits, true, all, short, touched);
  }
  return { variant, all, short, touched, weights };
}

function mark(
  ords: ArrayLike<number>,
  count: number,
  bit: number,
  inShort: boolean,
  all: Uint32Array,
  short: Uint32Array,
  touched: number[],
): void {
  for (let i = 0; i < count; i++) {
    const o = ords[i] ?? 0;
    const m = all[o] ?? 0;
    if (m === 0) touched.push(o);
    all[o] = m | bit;
    if (inShort) short[o] = (short[o] ?? 0) | bit;
  }
}

/** Score of one variant in document `o`, or -1 when the variant is not present. Sets `strict`. */
function variantScore(p: PreparedVariant, o: number, out: { strict: boolean }): number {
  const m = p.all[o] ?? 0;
  if (m === 0) return -1;
  const v = p.variant;
  const missing = (v.primaryMask & ~m) >>> 0;
  let strict = true;
  if (missing !== 0) {
    const k = popcount(missing);
    if (k > v.tolerance) return -1;
    // Below 8 units, two missing bigrams must be neighbours: one wrong character.
    if (k === 2 && v.units.length < 8 && (missing & (missing >>> 1)) === 0) return -1;
    strict = false;
  }
  const s = p.short[o] ?? 0;
  const matched = weightedSum(p.weights, (m & v.primaryMask) >>> 0);
  let score: number;
  if (v.kind === 'text') {
    score = matched + SHORT_BOOST * weightedSum(p.weights, (s & v.primaryMask) >>> 0) + SKIP_BOOST * weightedSum(p.weights, (s & v.bonusMask) >>> 0);
  } else {
    score = (v.kind === 'pinyin' ? PINYIN_FACTOR : INITIALS_FACTOR) * (1 + SHORT_BOOST) * matched;
  }
  out.strict = strict;
  return strict ? score : score * FUZZY_FACTOR;
}

/**
 * Every live document that `accept`s and matches all terms of `plan`, with its score.
 * Unordered.
 */
export function matchPlan(plan: QueryPlan, source: MatchSource, scratch: MatchScratch, accept: (o: number) => boolean): MatchResult {
  const docs = source.docs;
  scratch.ensure(docs.count);
  const prepared: PreparedVariant[][] = [];
  let maskIndex = 0;
  for (const term of plan.terms) {
    const list: PreparedVariant[] = [];
    for (const variant of term.variants) {
      const all = scratch.mask(maskIndex++);
      const short = scratch.mask(maskIndex++);
      list.push(prepare(source, variant, all, short, scratch));
    }
    prepared.push(list);
  }
  // Exact 文号: the term (or the whole query) is present in full in those notices.
  const bonus = new Set<number>();
  const forceTerm = (term: Term, list: PreparedVariant[], ords: readonly number[]): void => {
    const first = list[0];
    if (!first) return;
    mark(ords, ords.length, term.variants[0]?.primaryMask ?? 0, true, first.all, first.short, first.touched);
    for (const o of ords) bonus.add(o);
  };
  plan.terms.forEach((term, t) => {
    for (const key of term.docNumberKeys) forceTerm(term, prepared[t] ?? [], source.docNumberOrds(key));
  });
  for (const key of plan.docNumberKeys) {
    const ords = source.docNumberOrds(key);
    plan.terms.forEach((term, t) => forceTerm(term, prepared[t] ?? [], ords));
  }

  // Candidates come from the term present in the fewest documents.
  let driver = 0;
  let fewest = Infinity;
  prepared.forEach((list, t) => {
    const size = list.reduce((sum, p) => sum + p.touched.length, 0);
    if (size < fewest) {
      fewest = size;
      driver = t;
    }
  });
  const stamp = scratch.nextStamp();
  const ords: number[] = [];
  const scores: number[] = [];
  const exact: number[] = [];
  const out = { strict: true };
  for (const p of prepared[driver] ?? []) {
    for (const o of p.touched) {
      if (scratch.stamp[o] === stamp) continue;
      scratch.stamp[o] = stamp;
      if (!docs.alive[o] || !accept(o)) continue;
      let total = 0;
      let allStrict = true;
      let ok = true;
      for (const list of prepared) {
        let best = -1;
        let bestStrict = false;
        for (const q of list) {
          const s = variantScore(q, o, out);
          if (s > best) {
            best = s;
            bestStrict = out.strict;
          }
        }
        if (best < 0) {
          ok = false;
          break;
        }
        total += best;
        allStrict &&= bestStrict;
      }
      if (!ok) continue;
      if (bonus.has(o)) total += DOC_NUMBER_BONUS;
      ords.push(o);
      scores.push(total);
      exact.push(allStrict ? 1 : 0);
    }
  }
  for (const list of prepared) {
    for (const p of list) {
      for (const o of p.touched) {
        p.all[o] = 0;
        p.short[o] = 0;
      }
    }
  }
  return { count: ords.length, ords: Uint32Array.from(ords), scores: Float64Array.from(scores), exact: Uint8Array.from(exact) };
}
