// Finding and scoring the notices that match a query plan. For every variant of every
// term, the postings of its features set one bit per feature in a per-document mask
// (all fields, and short fields only). A term is present in a document when one of its
// variants has all its primary bits (strict), or misses no more than its tolerance
// (one wrong or missing character). Scores sum the rarity (IDF) of the features found,
// more for short fields: summed rarity, not strict intersection, is what lets a query
// with a wrong character still find its notice, ranked by how much of it matched.
//
// A query like 企业 matches nearly every notice, so the loops here run over tens of
// thousands of documents per keystroke: they use typed arrays kept from query to query
// (MatchScratch) and no per-document objects or closures.
import type { DocTable } from './doc-table.ts';
import type { QueryPlan, Variant } from './query.ts';
import { decodePostings, findKey, isBitmap, type Segment } from './segment.ts';

/** Score multiplier of features found in a short field (title, 文号, agencies, category, client). */
const SHORT_BOOST = 1.5;
/** Weight of skip-bigram evidence (a title that has the characters around a typo). */
const SKIP_BOOST = 0.5;
/** A term found with a wrong or missing character counts this much of an exact one… */
const FUZZY_FACTOR = 0.45;
/** …or this much when a short field has the characters around the typo (a skip-bigram). */
const FUZZY_IN_CONTEXT_FACTOR = 0.7;
/** Pinyin and initials are all in short fields; they count a little less than characters. */
const PINYIN_FACTOR = 0.9 * (1 + SHORT_BOOST);
const INITIALS_FACTOR = 0.6 * (1 + SHORT_BOOST);
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

/** Views into the scratch arrays: valid until the next query. */
export type MatchResult = {
  /** Number of matching documents. */
  count: number;
  /**
   * False when `ords` holds only the best-scoring matches (at least the number asked
   * for), not all `count` of them.
   */
  complete: boolean;
  ords: Uint32Array;
  scores: Float64Array;
  /** 1 where every term matched exactly. */
  exact: Uint8Array;
};

/** A list of ordinals in a growing Uint32Array. */
class OrdList {
  items = new Uint32Array(256);
  length = 0;

  push(o: number): void {
    if (this.length === this.items.length) {
      const next = new Uint32Array(this.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = o;
  }
}

/** Per-variant state of one query: masks, touched lists, weights. Reused. */
class VariantSlot {
  all = new Uint32Array(0);
  short = new Uint32Array(0);
  /** Every document with any feature of the variant. */
  readonly touched = new OrdList();
  /** Every document with a feature of the variant in a short field. */
  readonly shortTouched = new OrdList();
  /** Documents with its rarest primary feature (or a client or 文号 match): where it can be strict. */
  readonly seeds = new OrdList();
  /** Documents with one of its tolerance + 1 rarest primary features: where it can match at all. */
  readonly fuzzySeeds = new OrdList();
  /** Primary features a match with a wrong character must have without context (see FUZZY_MIN_COVERAGE). */
  minFuzzyFound = 0;
  /** Byte tables: the weighted sum of a mask's bits in four lookups. */
  readonly weights = new Float64Array(1024);
  primary = 0;
  /** Primary bits and the optional ones: what the score counts. */
  counted = 0;
  bonus = 0;
  tolerance = 0;
  /** Primary bits that may never miss (features with numbers or Latin words). */
  hard = 0;
  /** Under 8 units: two missing bigrams must be neighbours (one wrong character). */
  short8 = false;
  /** 0 text, 1 pinyin, 2 initials. */
  kind = 0;
  /** Whether any posting was marked into the masks (set before evaluation). */
  marked = false;
  // Features stored as bitmaps (common bigrams): tested per candidate instead of marked.
  bitmapCount = 0;
  readonly bitmapBytes: Uint8Array[] = [];
  readonly bitmapBase: number[] = [];
  readonly bitmapSpan: number[] = [];
  readonly bitmapBit: number[] = [];
  readonly bitmapShort: boolean[] = [];
  // The usual case, one optimised segment: every bitmap is a range of the same byte
  // array starting at ordinal 0, read through offsets (no per-bitmap object to load).
  private sharedData: Uint8Array | null = null;
  private sharedSpan = 0;
  private readonly sharedOffset = new Int32Array(64);
  private readonly sharedBit = new Int32Array(64);
  private sharedShortBits = 0;
  private shared = true;
  /** Documents in the short-field bitmaps, not yet in shortTouched (see expandShortBitmaps). */
  shortBitmapDocs = 0;
  /** Bitmaps (of one feature and segment) whose documents go into seeds / fuzzySeeds when candidates are listed. */
  readonly pendingSeeds: { list: Uint8Array[]; base: number; seeds: boolean; fuzzy: boolean }[] = [];

  /** Lists the documents of the seeding bitmaps (only the general evaluation needs them). */
  listSeeds(scratch: MatchScratch): void {
    for (const { list, base, seeds, fuzzy } of this.pendingSeeds) {
      const bytes = list.length === 1 ? (list[0] ?? EMPTY) : orBitmaps(list, scratch);
      if (seeds) enumerateBitmap(bytes, base, this.seeds, fuzzy ? this.fuzzySeeds : null);
      else if (fuzzy) enumerateBitmap(bytes, base, this.fuzzySeeds, null);
    }
    this.pendingSeeds.length = 0;
  }

  /** Bits and short bits (in shortBits) of the document at bit `bit` of byte `at` of the shared bitmaps. */
  bitsAt(at: number, bit: number): number {
    const data = this.sharedData ?? EMPTY;
    let bits = 0;
    let shortBits = 0;
    for (let k = 0; k < this.bitmapCount; k++) {
      if (((data[(this.sharedOffset[k] ?? 0) + at] ?? 0) >>> bit) & 1) {
        const b = this.sharedBit[k] ?? 0;
        bits |= b;
        if (this.bitmapShort[k]) shortBits |= b;
      }
    }
    this.shortBits = shortBits >>> 0;
    return bits >>> 0;
  }

  /** Whether every bitmap is a range of one byte array over ordinals 0 … span - 1. */
  sharedOver(span: number): Uint8Array | null {
    return this.shared && this.sharedSpan === span ? this.sharedData : null;
  }

  /** Offsets (into sharedOver's array) of the bitmaps with bit `bit`, and of those in short fields. */
  offsetsOf(bit: number, shortOnly: boolean): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.bitmapCount; k++) {
      if (this.sharedBit[k] === bit && (!shortOnly || this.bitmapShort[k])) out.push(this.sharedOffset[k] ?? 0);
    }
    return out;
  }

  /** Offsets of every short-field bitmap. */
  shortOffsets(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.bitmapCount; k++) if (this.bitmapShort[k]) out.push(this.sharedOffset[k] ?? 0);
    return out;
  }

  addBitmap(bytes: Uint8Array, base: number, span: number, bit: number, inShort: boolean, docs: number): void {
    const k = this.bitmapCount++;
    if (k === 0) {
      this.shared = true;
      this.sharedData = null;
      this.sharedShortBits = 0;
    }
    if (this.shared && base === 0 && k < 64 && (this.sharedData === null || (this.sharedData.buffer === bytes.buffer && this.sharedSpan === span))) {
      if (this.sharedData === null) {
        this.sharedData = new Uint8Array(bytes.buffer);
        this.sharedSpan = span;
      }
      this.sharedOffset[k] = bytes.byteOffset;
      this.sharedBit[k] = bit;
      // A feature may have a short and a body bitmap: only the short one sets short bits.
    } else {
      this.shared = false;
    }
    this.bitmapBytes[k] = bytes;
    this.bitmapBase[k] = base;
    this.bitmapSpan[k] = span;
    this.bitmapBit[k] = bit;
    this.bitmapShort[k] = inShort;
    if (inShort) this.shortBitmapDocs += docs;
  }

  /** Short-field bits of the last bitmapBits call. */
  shortBits = 0;
  /** Strictness of the last score() that matched. */
  strict = false;
  /** Strict with every primary bit in a short field (last score()). */
  strong = false;
  // score() depends only on the two masks, and tens of thousands of documents share a few
  // combinations: a small direct-mapped cache of its answers.
  private readonly memoAll = new Int32Array(64).fill(-1);
  private readonly memoShort = new Int32Array(64);
  private readonly memoScore = new Float64Array(64);
  private readonly memoFlags = new Uint8Array(64);

  /** The score of the variant for a document with masks `m` (all fields) and `s` (short fields); -1 when it does not match. */
  score(m: number, s: number): number {
    const slotIndex = (m ^ Math.imul(s, 0x9e3779b1)) >>> 26;
    if (this.memoAll[slotIndex] === (m | 0) && this.memoShort[slotIndex] === (s | 0)) {
      const flags = this.memoFlags[slotIndex] ?? 0;
      this.strict = (flags & 1) !== 0;
      this.strong = (flags & 2) !== 0;
      return this.memoScore[slotIndex] ?? -1;
    }
    const score = this.computeScore(m, s);
    this.memoAll[slotIndex] = m | 0;
    this.memoShort[slotIndex] = s | 0;
    this.memoScore[slotIndex] = score;
    this.memoFlags[slotIndex] = (this.strict ? 1 : 0) | (this.strong ? 2 : 0);
    return score;
  }

  private computeScore(m: number, s: number): number {
    this.strict = false;
    this.strong = false;
    if (m === 0) return -1;
    const missing = (this.primary & ~m) >>> 0;
    const strict = missing === 0;
    if (!strict) {
      if (this.tolerance === 0 || (missing & this.hard) !== 0) return -1;
      const k = popcount(missing);
      if (k > this.tolerance || (k === 2 && this.short8 && (missing & (missing >>> 1)) === 0)) return -1;
    }
    const weights = this.weights;
    let score = weightedSum(weights, (m & this.counted) >>> 0);
    if (this.kind === 0) {
      if (s !== 0) score += SHORT_BOOST * weightedSum(weights, (s & this.counted) >>> 0) + SKIP_BOOST * weightedSum(weights, (s & this.bonus) >>> 0);
    } else {
      score *= this.kind === 1 ? PINYIN_FACTOR : INITIALS_FACTOR;
    }
    if (!strict) {
      const inContext = (s & this.bonus) !== 0;
      if (!inContext && popcount((m & this.primary) >>> 0) < this.minFuzzyFound) return -1;
      score *= inContext ? FUZZY_IN_CONTEXT_FACTOR : FUZZY_FACTOR;
    }
    this.strict = strict;
    this.strong = strict && (s & this.primary) === this.primary;
    return score;
  }

  /** The feature bits of document `o` in its bitmaps; those of short fields also in shortBits. */
  bitmapBits(o: number): number {
    let bits = 0;
    let shortBits = 0;
    const data = this.sharedData;
    if (this.shared && data !== null && o < this.sharedSpan) return this.bitsAt(o >>> 3, o & 7);
    for (let k = 0; k < this.bitmapCount; k++) {
      const rel = o - (this.bitmapBase[k] ?? 0);
      if (rel < 0 || rel >= (this.bitmapSpan[k] ?? 0)) continue;
      if ((((this.bitmapBytes[k] ?? EMPTY)[rel >>> 3] ?? 0) >>> (rel & 7)) & 1) {
        const bit = this.bitmapBit[k] ?? 0;
        bits |= bit;
        if (this.bitmapShort[k]) shortBits |= bit;
      }
    }
    this.shortBits = shortBits >>> 0;
    return bits >>> 0;
  }

  /** Adds the documents of the short-field bitmaps to shortTouched (once; for the typo pass over short fields). */
  expandShortBitmaps(): void {
    if (this.shortBitmapDocs === 0) return;
    for (let k = 0; k < this.bitmapCount; k++) {
      if (this.bitmapShort[k]) enumerateBitmap(this.bitmapBytes[k] ?? EMPTY, this.bitmapBase[k] ?? 0, this.shortTouched, null);
    }
    this.shortBitmapDocs = 0;
  }

  resize(n: number): void {
    const all = new Uint32Array(n);
    all.set(this.all.subarray(0, Math.min(n, this.all.length)));
    this.all = all;
    const short = new Uint32Array(n);
    short.set(this.short.subarray(0, Math.min(n, this.short.length)));
    this.short = short;
  }

  clear(): void {
    const items = this.touched.items;
    for (let i = 0; i < this.touched.length; i++) {
      const o = items[i] ?? 0;
      this.all[o] = 0;
      this.short[o] = 0;
    }
    this.touched.length = 0;
    this.shortTouched.length = 0;
    this.seeds.length = 0;
    this.fuzzySeeds.length = 0;
    this.weights.fill(0);
    this.bitmapCount = 0;
    this.bitmapBytes.length = 0;
    this.shortBitmapDocs = 0;
    this.pendingSeeds.length = 0;
    this.memoAll.fill(-1);
  }
}

const EMPTY = new Uint8Array(0);

/** The union of bitmaps of one segment, in a scratch buffer. */
function orBitmaps(list: readonly Uint8Array[], scratch: MatchScratch): Uint8Array {
  const size = list[0]?.length ?? 0;
  if (scratch.bitmap.length < size) scratch.bitmap = new Uint8Array(size);
  const out = scratch.bitmap.subarray(0, size);
  out.set(list[0] ?? EMPTY);
  for (let k = 1; k < list.length; k++) {
    const b = list[k] ?? EMPTY;
    for (let i = 0; i < size; i++) out[i] = (out[i] ?? 0) | (b[i] ?? 0);
  }
  return out;
}

/** Pushes the ordinals of a bitmap (bit i = ordinal base + i) to `into` and `also`. */
function enumerateBitmap(bytes: Uint8Array, base: number, into: OrdList, also: OrdList | null): void {
  for (let i = 0; i < bytes.length; i++) {
    let byte = bytes[i] ?? 0;
    while (byte !== 0) {
      const o = base + i * 8 + (31 - Math.clz32(byte & -byte));
      into.push(o);
      also?.push(o);
      byte &= byte - 1;
    }
  }
}

/** Arrays reused from query to query (one set per index). */
export class MatchScratch {
  private slots: VariantSlot[] = [];
  private size = 0;
  stamp = new Uint32Array(0);
  private stampValue = 0;
  postings = new Uint32Array(4096);
  bitmap = new Uint8Array(1024);
  ords = new Uint32Array(1024);
  scores = new Float64Array(1024);
  exact = new Uint8Array(1024);

  ensure(n: number): void {
    if (n <= this.size) return;
    const size = Math.max(n, Math.ceil(this.size * 1.5), 1024);
    for (const slot of this.slots) slot.resize(size);
    const stamp = new Uint32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.ords = new Uint32Array(size);
    this.scores = new Float64Array(size);
    this.exact = new Uint8Array(size);
    this.size = size;
  }

  slot(i: number): VariantSlot {
    while (this.slots.length <= i) {
      const slot = new VariantSlot();
      slot.resize(this.size);
      this.slots.push(slot);
    }
    return this.slots[i] as VariantSlot;
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

/**
 * Sets `bit` (one or more bits) for each of `ords`; notes first-touched documents, and in
 * `seeds` / `fuzzySeeds` those that lacked any of it.
 */
function mark(
  ords: ArrayLike<number>,
  count: number,
  bit: number,
  inShort: boolean,
  slot: VariantSlot,
  seeds: OrdList | null,
  fuzzySeeds: OrdList | null,
): void {
  const all = slot.all;
  const short = slot.short;
  const touched = slot.touched;
  const shortTouched = slot.shortTouched;
  for (let i = 0; i < count; i++) {
    const o = ords[i] ?? 0;
    const m = all[o] ?? 0;
    if (m === 0) touched.push(o);
    if ((m & bit) !== bit) {
      if (seeds !== null) seeds.push(o);
      if (fuzzySeeds !== null) fuzzySeeds.push(o);
    }
    all[o] = m | bit;
    if (inShort) {
      const sm = short[o] ?? 0;
      if (sm === 0) shortTouched.push(o);
      short[o] = sm | bit;
    }
  }
}

/**
 * A feature in more than this share of the documents is not looked up when rarer ones of
 * its variant decide: its postings are the longest to read, its rarity weight is small,
 * and a document having every rare bigram of a phrase but not 关于 is not worth the time.
 */
const COMMON_SHARE = 0.25;
/**
 * The rarest primary features always looked up, however common: two, and enough for a
 * match with a wrong character to show (tolerance + 2), since the rarest ones may be the
 * very bigrams the typo made up.
 */
function alwaysKept(tolerance: number): number {
  return Math.max(2, tolerance + 2);
}
/** A match with a wrong character needs this share of the term's bigrams, or the characters around the typo in a short field. */
const FUZZY_MIN_COVERAGE = 0.6;

/** Marks the postings of the features of `variant` into `slot` and weighs the features. */
function prepare(source: MatchSource, variant: Variant, slot: VariantSlot, scratch: MatchScratch): void {
  const n = Math.max(1, source.docs.live);
  const segments = source.segments;
  slot.kind = variant.kind === 'text' ? 0 : variant.kind === 'pinyin' ? 1 : 2;
  slot.short8 = variant.units.length < 8;
  slot.hard = variant.hardMask;
  // Where each lookup's postings are, and how many documents have each feature.
  const features = variant.features.map((feature) => {
    let frequency = 0;
    const where = feature.lookups.map((lookup) =>
      segments.map((segment) => {
        const t = findKey(segment, lookup.key);
        if (t >= 0) frequency += segment.counts[t] ?? 0;
        return t;
      }),
    );
    const bit = (1 << feature.bit) >>> 0;
    return { feature, bit, where, frequency, primary: (variant.primaryMask & bit) !== 0 };
  });
  const byRarity = features.filter((f) => f.primary).sort((a, b) => a.frequency - b.frequency);
  const dropped = new Set(
    features.filter((f) => f.frequency > n * COMMON_SHARE && (!f.primary || byRarity.indexOf(f) >= alwaysKept(variant.tolerance))),
  );
  const kept = byRarity.filter((f) => !dropped.has(f));
  let droppedBits = 0;
  for (const f of dropped) droppedBits |= f.bit;
  slot.primary = (variant.primaryMask & ~droppedBits) >>> 0;
  slot.counted = ((variant.primaryMask | variant.optionalMask) & ~droppedBits) >>> 0;
  slot.bonus = (variant.bonusMask & ~droppedBits) >>> 0;
  // At least one looked-up primary feature must be found, however tolerant the term.
  slot.tolerance = Math.max(0, Math.min(variant.tolerance, kept.length - 1));
  // Every strict match has the rarest feature; every match with at most `tolerance`
  // missing has one of the tolerance + 1 rarest (pigeonhole).
  const seedFeature = kept[0];
  const fuzzySeedFeatures = new Set(kept.slice(0, slot.tolerance + 1));
  for (const f of features) {
    if (dropped.has(f)) continue;
    const w = idf(Math.min(n, f.frequency), n);
    const byte = f.feature.bit >>> 3;
    const bitInByte = 1 << (f.feature.bit & 7);
    for (let b = 0; b < 256; b++) if (b & bitInByte) slot.weights[byte * 256 + b] = (slot.weights[byte * 256 + b] ?? 0) + w;
    const seeds = f === seedFeature ? slot.seeds : null;
    const fuzzySeeds = fuzzySeedFeatures.has(f) ? slot.fuzzySeeds : null;
    // Bitmaps of this feature that seed candidates, by segment: a document in both the
    // short-field and the body bitmap is listed once.
    const seedBitmaps = new Map<Segment, Uint8Array[]>();
    f.feature.lookups.forEach((lookup, l) => {
      segments.forEach((segment, s) => {
        const t = f.where[l]?.[s] ?? -1;
        if (t < 0) return;
        const count = segment.counts[t] ?? 0;
        if (isBitmap(segment, t)) {
          // A common feature: tested per candidate; listed only where it seeds candidates.
          const bytes = segment.data.subarray(segment.starts[t] ?? 0, segment.starts[t + 1] ?? 0);
          slot.addBitmap(bytes, segment.base, segment.span, f.bit, lookup.short, count);
          if (seeds || fuzzySeeds) seedBitmaps.set(segment, [...(seedBitmaps.get(segment) ?? []), bytes]);
          return;
        }
        if (scratch.postings.length < count) scratch.postings = new Uint32Array(count * 2);
        decodePostings(segment, t, scratch.postings);
        mark(scratch.postings, count, f.bit, lookup.short, slot, seeds, fuzzySeeds);
      });
    });
    for (const [segment, list] of seedBitmaps) slot.pendingSeeds.push({ list, base: segment.base, seeds: seeds !== null, fuzzy: fuzzySeeds !== null });
  }
  slot.minFuzzyFound = Math.ceil(FUZZY_MIN_COVERAGE * popcount(slot.primary) - 1e-9);
  for (const { bits, ords } of source.clientMatches(variant)) mark(ords, ords.length, bits & ~droppedBits, true, slot, slot.seeds, slot.fuzzySeeds);
}

/**
 * Every live document that `accept`s (null: all do) and matches all terms of `plan`, with
 * its score, unordered. When at least `fuzzyCutoff` documents have every term exactly in
 * a short field, only exact matches are returned (matches with a typo would only bury
 * them).
 */
export function matchPlan(
  plan: QueryPlan,
  source: MatchSource,
  scratch: MatchScratch,
  accept: ((o: number) => boolean) | null,
  fuzzyCutoff: number,
  /** The best `need` matches are enough (a ranked page), or null when all are wanted. */
  need: number | null = null,
): MatchResult {
  const docs = source.docs;
  scratch.ensure(docs.count);
  // Variants flattened; term t owns slots termStart[t] .. termStart[t + 1].
  const slots: VariantSlot[] = [];
  const termStart: number[] = [0];
  for (const term of plan.terms) {
    for (const variant of term.variants) {
      const slot = scratch.slot(slots.length);
      prepare(source, variant, slot, scratch);
      slots.push(slot);
    }
    termStart.push(slots.length);
  }
  // Exact 文号: the term (or the whole query) is present in full in those notices.
  const bonus = new Set<number>();
  const force = (t: number, ords: readonly number[]): void => {
    const slot = slots[termStart[t] ?? 0];
    if (!slot || termStart[t] === termStart[t + 1]) return;
    mark(ords, ords.length, slot.primary, true, slot, slot.seeds, slot.fuzzySeeds);
    for (const o of ords) bonus.add(o);
  };
  plan.terms.forEach((term, t) => {
    for (const key of term.docNumberKeys) force(t, source.docNumberOrds(key));
  });
  for (const key of plan.docNumberKeys) {
    const ords = source.docNumberOrds(key);
    plan.terms.forEach((_, t) => force(t, ords));
  }

  for (const slot of slots) slot.marked = slot.touched.length > 0;
  // A variant that found nothing (the traditional spelling of a term, when the notices
  // are in simplified characters) only costs time: dropped when its term has another.
  for (let t = plan.terms.length - 1; t >= 0; t--) {
    const from = termStart[t] ?? 0;
    const to = termStart[t + 1] ?? 0;
    const empty = slots.slice(from, to).map((slot) => !slot.marked && slot.bitmapCount === 0);
    if (empty.every(Boolean) || !empty.some(Boolean)) continue;
    const keep = slots.slice(from, to).filter((_, i) => !empty[i]);
    for (const slot of slots.slice(from, to)) if (!keep.includes(slot)) slot.clear();
    slots.splice(from, to - from, ...keep);
    for (let u = t + 1; u < termStart.length; u++) termStart[u] = (termStart[u] ?? 0) - (to - from - keep.length);
  }
  const terms = plan.terms.length;
  if (need !== null && accept === null && bonus.size === 0 && docs.live === docs.count) {
    const bulk = bulkStrict(slots, termStart, terms, docs.count, need, scratch, fuzzyCutoff);
    if (bulk) {
      for (const slot of slots) slot.clear();
      return bulk;
    }
  }
  for (const slot of slots) slot.listSeeds(scratch);
  const alive = docs.alive;
  const anyDead = docs.live < docs.count;
  const marks = scratch.stamp;
  const stamp = scratch.nextStamp();
  const outOrds = scratch.ords;
  const outScores = scratch.scores;
  const outExact = scratch.exact;
  let count = 0;
  let strictCount = 0;
  /** Strict with every term whole in a short field: the matches a typo'd term would only bury. */
  let strongCount = 0;

  const evaluate = (lists: OrdList[]): void => {
    for (const list of lists) {
      const items = list.items;
      for (let k = 0; k < list.length; k++) {
        const o = items[k] ?? 0;
        if (marks[o] === stamp) continue;
        marks[o] = stamp;
        if ((anyDead && !alive[o]) || (accept !== null && !accept(o))) continue;
        let total = 0;
        let allStrict = true;
        let allStrong = true;
        let t = 0;
        for (; t < terms; t++) {
          let best = -1;
          let bestStrict = false;
          let bestStrong = false;
          for (let v = termStart[t] ?? 0, end = termStart[t + 1] ?? 0; v < end; v++) {
            const slot = slots[v] as VariantSlot;
            // A variant whose features are all common (bitmaps) marked nothing.
            let m = slot.marked ? (slot.all[o] ?? 0) : 0;
            let s = slot.marked ? (slot.short[o] ?? 0) : 0;
            if (slot.bitmapCount > 0) {
              m = (m | slot.bitmapBits(o)) >>> 0;
              s = (s | slot.shortBits) >>> 0;
            }
            const score = slot.score(m, s);
            if (score > best) {
              best = score;
              bestStrict = slot.strict;
              bestStrong = slot.strong;
            }
          }
          if (best < 0) break;
          total += best;
          if (!bestStrict) allStrict = false;
          if (!bestStrong) allStrong = false;
        }
        if (t < terms) continue;
        if (bonus.size > 0 && bonus.has(o)) total += DOC_NUMBER_BONUS;
        outOrds[count] = o;
        outScores[count] = total;
        outExact[count] = allStrict ? 1 : 0;
        count += 1;
        if (allStrict) strictCount += 1;
        if (allStrong) strongCount += 1;
      }
    }
  };
  /** The lists (`seeds` or `touched`) of the term that has the fewest documents in them. */
  const fewest = (pick: (slot: VariantSlot) => OrdList): OrdList[] => {
    let best: OrdList[] = [];
    let size = Infinity;
    for (let t = 0; t < terms; t++) {
      const lists = slots.slice(termStart[t], termStart[t + 1]).map(pick);
      const n = lists.reduce((sum, list) => sum + list.length, 0);
      if (n < size) {
        size = n;
        best = lists;
      }
    }
    return best;
  };
  // Phase 1: documents where the term with the fewest seeds is strict. Every document
  // matching all terms exactly is among them, so their exact count is known after it.
  evaluate(fewest((slot) => slot.seeds));
  // Phase 2, only when few match exactly: documents with a wrong or missing character,
  // anywhere; or when few have the terms whole in a title (many may have the bigrams of
  // a mistyped term scattered over their bodies), those with it in a short field.
  if (strictCount < fuzzyCutoff) evaluate(fewest((slot) => slot.fuzzySeeds));
  else if (strongCount < fuzzyCutoff) {
    evaluate(
      fewest((slot) => {
        slot.expandShortBitmaps();
        return slot.shortTouched;
      }),
    );
  }
  for (const slot of slots) slot.clear();

  if (strongCount >= fuzzyCutoff && strictCount < count) {
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (!outExact[i]) continue;
      outOrds[n] = outOrds[i] ?? 0;
      outScores[n] = outScores[i] ?? 0;
      outExact[n] = 1;
      n += 1;
    }
    count = n;
  }
  return { count, complete: true, ords: outOrds.subarray(0, count), scores: outScores.subarray(0, count), exact: outExact.subarray(0, count) };
}

function popcount8(byte: number): number {
  return popcount(byte & 0xff);
}

/** A bitmap over ordinals 0 … count - 1 of the documents of `list` whose mask has `bit`. */
function bitmapOfMarks(list: OrdList, masks: Uint32Array, bit: number, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < list.length; i++) {
    const o = list.items[i] ?? 0;
    if (((masks[o] ?? 0) & bit) !== 0) out[o >>> 3] = (out[o >>> 3] ?? 0) | (1 << (o & 7));
  }
  return out;
}

type BulkFeature = { offsets: number[]; shortOffsets: number[]; marked: Uint8Array | null; markedShort: Uint8Array | null };

/**
 * The exact matches of a query whose every term has one variant and whose primary
 * features are common (bitmaps of one segment, and marks): counted eight documents at a
 * time by AND-ing bitmap bytes, without listing candidates. Only documents with a term
 * in a short field are scored one by one; the others (the body-only matches, which all
 * score the same) are listed just far enough to fill `need`. Null when the query does
 * not qualify, or when few documents match exactly (then typos are looked for, in the
 * general way).
 */
function bulkStrict(
  slots: readonly VariantSlot[],
  termStart: readonly number[],
  terms: number,
  count: number,
  need: number,
  scratch: MatchScratch,
  fuzzyCutoff: number,
): MatchResult | null {
  if (terms === 0 || slots.length !== terms) return null;
  const bytes = Math.ceil(count / 8);
  let data: Uint8Array | null = null;
  const features: BulkFeature[][] = [];
  const shorts: { offsets: number[]; marked: Uint8Array | null }[] = [];
  for (let t = 0; t < terms; t++) {
    const slot = slots[termStart[t] ?? 0];
    if (!slot || slot.bitmapCount === 0 || slot.counted !== slot.primary || slot.primary === 0) return null;
    const shared = slot.sharedOver(count);
    if (!shared || (data !== null && shared.buffer !== data.buffer)) return null;
    data = shared;
    // Which bits some posting marked (rarer features, or rare short-field lookups).
    let markedBits = 0;
    for (let i = 0; i < slot.touched.length; i++) markedBits |= slot.all[slot.touched.items[i] ?? 0] ?? 0;
    const list: BulkFeature[] = [];
    for (let bit = 1; bit !== 0 && bit <= slot.primary; bit = (bit << 1) >>> 0) {
      if ((slot.primary & bit) === 0) continue;
      const offsets = slot.offsetsOf(bit, false);
      // A common primary feature, read as bitmaps; a rare one would be cheaper the usual way.
      if (offsets.length === 0) return null;
      const marked = (markedBits & bit) !== 0;
      list.push({
        offsets,
        shortOffsets: slot.offsetsOf(bit, true),
        marked: marked ? bitmapOfMarks(slot.touched, slot.all, bit, bytes) : null,
        markedShort: marked ? bitmapOfMarks(slot.shortTouched, slot.short, bit, bytes) : null,
      });
    }
    features.push(list);
    const markedShort = slot.shortTouched.length > 0 ? bitmapOfMarks(slot.shortTouched, slot.short, 0xffffffff, bytes) : null;
    shorts.push({ offsets: slot.shortOffsets(), marked: markedShort });
  }
  if (!data) return null;
  const lastMask = count % 8 === 0 ? 0xff : (1 << (count % 8)) - 1;
  const outOrds = scratch.ords;
  const outScores = scratch.scores;
  const outExact = scratch.exact;
  let listed = 0;
  let bodyOnlyListed = 0;
  let strict = 0;
  let strong = 0;
  // The score of a match with no term in a short field: the same for all of them.
  let bodyOnlyScore = 0;
  for (let t = 0; t < terms; t++) {
    const slot = slots[termStart[t] ?? 0] as VariantSlot;
    bodyOnlyScore += slot.score(slot.primary, 0);
  }
  const orOf = (offsets: readonly number[], at: number): number => {
    let b = 0;
    for (const offset of offsets) b |= data[offset + at] ?? 0;
    return b;
  };
  for (let at = 0; at < bytes; at++) {
    let strictByte = at === bytes - 1 ? lastMask : 0xff;
    let strongByte = strictByte;
    let shortByte = 0;
    for (let t = 0; t < terms && strictByte !== 0; t++) {
      const list = features[t] ?? [];
      for (let f = 0; f < list.length && strictByte !== 0; f++) {
        const feature = list[f] as BulkFeature;
        strictByte &= orOf(feature.offsets, at) | (feature.marked?.[at] ?? 0);
        strongByte &= orOf(feature.shortOffsets, at) | (feature.markedShort?.[at] ?? 0);
      }
      const short = shorts[t];
      shortByte |= orOf(short?.offsets ?? [], at) | (short?.marked?.[at] ?? 0);
    }
    if (strictByte === 0) continue;
    strict += popcount8(strictByte);
    strong += popcount8(strictByte & strongByte);
    let scored = strictByte & shortByte;
    while (scored !== 0) {
      const bit = 31 - Math.clz32(scored & -scored);
      scored &= scored - 1;
      const o = at * 8 + bit;
      let total = 0;
      for (let t = 0; t < terms; t++) {
        const slot = slots[termStart[t] ?? 0] as VariantSlot;
        const m = (slot.bitsAt(at, bit) | (slot.all[o] ?? 0)) >>> 0;
        total += slot.score(m, (slot.shortBits | (slot.short[o] ?? 0)) >>> 0);
      }
      outOrds[listed] = o;
      outScores[listed] = total;
      outExact[listed] = 1;
      listed += 1;
    }
    let bodyOnly = strictByte & ~shortByte;
    while (bodyOnly !== 0 && bodyOnlyListed < need) {
      const bit = 31 - Math.clz32(bodyOnly & -bodyOnly);
      bodyOnly &= bodyOnly - 1;
      outOrds[listed] = at * 8 + bit;
      outScores[listed] = bodyOnlyScore;
      outExact[listed] = 1;
      listed += 1;
      bodyOnlyListed += 1;
    }
  }
  // Typos are looked for (the general way) only when few match exactly and a term may have one.
  const typosPossible = slots.some((slot) => slot.tolerance > 0);
  if (typosPossible && (strict < fuzzyCutoff || strong < fuzzyCutoff)) return null;
  return { count: strict, complete: false, ords: outOrds.subarray(0, listed), scores: outScores.subarray(0, listed), exact: outExact.subarray(0, listed) };
}
