// The per-query state of the matcher, kept from query to query: for every variant of
// every term, a mask per document (all fields, short fields), the lists of documents it
// touched and where candidates come from, the feature weights, the common features it
// reads as bitmaps, and its score function. Allocation-free in the loops that run over
// tens of thousands of documents a keystroke.

/** Score multiplier of features found in a short field (title, 文号, agencies, category, client). */
const SHORT_BOOST = 1.5;
/** Weight of skip-bigram evidence (a title that has the characters around a typo). */
const SKIP_BOOST = 0.5;
/** The most a text variant's score exceeds its body-only score: every feature in a short field, every skip-bigram too. */
export const MAX_BOOST = 1 + SHORT_BOOST + SKIP_BOOST;
/** A term found with a wrong or missing character counts this much of an exact one… */
const FUZZY_FACTOR = 0.45;
/** …or this much when a short field has the characters around the typo (a skip-bigram). */
const FUZZY_IN_CONTEXT_FACTOR = 0.7;
/** Pinyin and initials are all in short fields; they count a little less than characters. */
const PINYIN_FACTOR = 0.9 * (1 + SHORT_BOOST);
const INITIALS_FACTOR = 0.6 * (1 + SHORT_BOOST);

/** A list of ordinals in a growing Uint32Array. */
export class OrdList {
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
export class VariantSlot {
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
  /** Score multiplier (below 1 for a term searched under another word). */
  weight = 1;
  /** A guess (a homophone): its matches are never exact. */
  fuzzy = false;
  /** Summed rarity of the primary features looked up: the score of a body-only strict match before boosts. */
  fullWeight = 0;
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
    this.strict = strict && !this.fuzzy;
    this.strong = this.strict && (s & this.primary) === this.primary;
    return score * this.weight;
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

export const EMPTY = new Uint8Array(0);

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
export function enumerateBitmap(bytes: Uint8Array, base: number, into: OrdList, also: OrdList | null): void {
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
  /** Per result: the terms it lacks, one bit per term. */
  lacking = new Uint32Array(1024);

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
    this.lacking = new Uint32Array(size);
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

export function popcount(x: number): number {
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
