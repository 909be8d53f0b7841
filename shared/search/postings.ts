// Inverted-index segments. A frozen segment is four typed arrays: sorted feature keys,
// each key's document count, and its postings (document ordinals, ascending) in one
// byte array, either as delta-encoded varints or, for a key in more than one document
// in eight of the segment, as a bitmap over the segment's ordinals. Delta varints keep
// 50,000 notices' body bigrams (~55 million postings) near one byte a posting instead
// of four; a bitmap is smaller still for common bigrams (关于, 企业), and lets the matcher
// test a document for them without reading 40,000 postings. The arrays serialise and
// load without any parsing. Segments are built in ordinal order (a segment's ordinals
// all follow the previous segment's), so concatenating their postings keeps every list
// sorted.

import { keyOf, type FeatureSink } from './features.ts';
import { UNIT_LIMIT } from './text-units.ts';

export type Segment = {
  /** Feature keys, ascending. */
  readonly keys: Float64Array;
  /** Number of postings of each key. */
  readonly counts: Uint32Array;
  /** Byte offset of each key's postings in `data`; one more entry than keys. */
  readonly starts: Uint32Array;
  /** Postings: per key, the first ordinal, then the gaps, as LEB128 varints; or a bitmap (see isBitmap). */
  readonly data: Uint8Array;
  /** The first ordinal the segment covers (bit 0 of its bitmaps). */
  readonly base: number;
  /** How many ordinals from `base` it covers (the bits of its bitmaps). */
  readonly span: number;
};

/** Whether key `t` is stored as a bitmap: when that is smaller than one byte a posting. */
export function isBitmap(segment: Segment, t: number): boolean {
  return (segment.counts[t] ?? 0) * 8 > segment.span;
}

function storesBitmap(count: number, span: number): boolean {
  return count * 8 > span;
}

/** Index of `key` in the segment, or -1. */
export function findKey(segment: Segment, key: number): number {
  const keys = segment.keys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid] ?? 0;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Decodes the postings of term `t` into `out` (which must hold counts[t] entries) and
 * returns how many were written.
 */
export function decodePostings(segment: Segment, t: number, out: Uint32Array): number {
  const data = segment.data;
  let p = segment.starts[t] ?? 0;
  const n = segment.counts[t] ?? 0;
  if (isBitmap(segment, t)) {
    let k = 0;
    const end = segment.starts[t + 1] ?? p;
    for (let byteAt = p; byteAt < end; byteAt++) {
      let byte = data[byteAt] ?? 0;
      const ord0 = segment.base + (byteAt - p) * 8;
      while (byte !== 0) {
        const bit = 31 - Math.clz32(byte & -byte);
        out[k++] = ord0 + bit;
        byte &= byte - 1;
      }
    }
    return k;
  }
  let ord = 0;
  for (let i = 0; i < n; i++) {
    let byte = data[p++] ?? 0;
    let value = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = data[p++] ?? 0;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    }
    ord += value;
    out[i] = ord;
  }
  return n;
}

/** A byte buffer that grows. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  /** Appends a bitmap of `span` bits with the ordinals ords[from..to) - base set. */
  bitmap(ords: ArrayLike<number>, from: number, to: number, base: number, span: number): void {
    const size = Math.ceil(span / 8);
    if (this.length + size > this.bytes.length) this.grow(size);
    const at = this.length;
    this.bytes.fill(0, at, at + size);
    for (let p = from; p < to; p++) {
      const rel = (ords[p] ?? 0) - base;
      this.bytes[at + (rel >>> 3)] = (this.bytes[at + (rel >>> 3)] ?? 0) | (1 << (rel & 7));
    }
    this.length += size;
  }

  /** Appends ords[from..to) as delta varints. */
  deltas(ords: ArrayLike<number>, from: number, to: number): void {
    let previous = 0;
    for (let p = from; p < to; p++) {
      const ord = ords[p] ?? 0;
      this.varint(ord - previous);
      previous = ord;
    }
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Collects the features of documents added in ordinal order and freezes them into a
 * Segment. Keys live in an open-addressing hash table of typed arrays (a Map keyed by
 * doubles allocates per feature and was ten times slower); each (document, term) pair
 * is appended once to a flat buffer and sorted into postings by counting at freeze time.
 */
export class SegmentBuilder implements FeatureSink {
  // The hash table, one entry of four integers a slot — hi, lo, term + 1 (0: empty),
  // unused — so that a lookup touches one cache line, not three arrays.
  private table = new Int32Array(4 << 16);
  private tableMask = (1 << 16) - 1;
  // Per term, four integers: hi, lo, the last document it was seen in, its count.
  private termInfo = new Int32Array(4 << 15);
  private terms = 0;
  private pairTerm = new Int32Array(1 << 16);
  private pairs = 0;
  private docOrd = new Int32Array(1024);
  private docStart = new Int32Array(1025);
  private docs = 0;
  private ord = -1;

  /** Starts the features of document `ord` (ascending from call to call). */
  begin(ord: number): void {
    if (ord <= this.ord) throw new Error(`ordinals must ascend: ${ord} after ${this.ord}`);
    this.ord = ord;
    if (this.docs + 1 >= this.docOrd.length) {
      this.docOrd = grow32(this.docOrd, this.docOrd.length * 2);
      this.docStart = grow32(this.docStart, this.docOrd.length + 1);
    }
    this.docOrd[this.docs] = ord;
    this.docStart[this.docs] = this.pairs;
    this.docs += 1;
    this.docStart[this.docs] = this.pairs;
  }

  /** Records feature (hi, lo) for the current document. */
  add(hi: number, lo: number): void {
    let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    const mask = this.tableMask;
    const table = this.table;
    let slot = h & mask;
    let entry = table[slot * 4 + 2] ?? 0;
    while (entry !== 0 && (table[slot * 4] !== hi || table[slot * 4 + 1] !== lo)) {
      slot = (slot + 1) & mask;
      entry = table[slot * 4 + 2] ?? 0;
    }
    let term: number;
    if (entry === 0) {
      term = this.newTerm(hi, lo, slot);
    } else {
      term = entry - 1;
      if (this.termInfo[term * 4 + 2] === this.ord) return;
    }
    const info = this.termInfo;
    info[term * 4 + 2] = this.ord;
    info[term * 4 + 3] = (info[term * 4 + 3] ?? 0) + 1;
    if (this.pairs === this.pairTerm.length) this.pairTerm = grow32(this.pairTerm, this.pairs * 2);
    this.pairTerm[this.pairs++] = term;
    this.docStart[this.docs] = this.pairs;
  }

  private newTerm(hi: number, lo: number, slot: number): number {
    const term = this.terms++;
    if (term * 4 === this.termInfo.length) this.termInfo = grow32(this.termInfo, this.termInfo.length * 2);
    this.termInfo[term * 4] = hi;
    this.termInfo[term * 4 + 1] = lo;
    this.termInfo[term * 4 + 2] = -1;
    this.termInfo[term * 4 + 3] = 0;
    this.table[slot * 4] = hi;
    this.table[slot * 4 + 1] = lo;
    this.table[slot * 4 + 2] = term + 1;
    if (this.terms * 2 > this.tableMask) this.rehash();
    return term;
  }

  private rehash(): void {
    const size = (this.tableMask + 1) * 2;
    const table = new Int32Array(size * 4);
    const mask = size - 1;
    for (let term = 0; term < this.terms; term++) {
      const hi = this.termInfo[term * 4] ?? 0;
      const lo = this.termInfo[term * 4 + 1] ?? 0;
      let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo + 0x7f4a7c15, 0x85ebca6b);
      h ^= h >>> 15;
      let slot = h & mask;
      while ((table[slot * 4 + 2] ?? 0) !== 0) slot = (slot + 1) & mask;
      table[slot * 4] = hi;
      table[slot * 4 + 1] = lo;
      table[slot * 4 + 2] = term + 1;
    }
    this.table = table;
    this.tableMask = mask;
  }

  /** (document, feature) pairs collected. */
  get size(): number {
    return this.pairs;
  }

  freeze(): Segment {
    const n = this.terms;
    // Postings by term, ordinals ascending: counting sort of the pairs by term.
    const offsets = new Int32Array(n + 1);
    for (let t = 0; t < n; t++) offsets[t + 1] = (offsets[t] ?? 0) + (this.termInfo[t * 4 + 3] ?? 0);
    const fill = offsets.slice(0, n);
    const ords = new Int32Array(this.pairs);
    for (let d = 0; d < this.docs; d++) {
      const ord = this.docOrd[d] ?? 0;
      for (let p = this.docStart[d] ?? 0; p < (this.docStart[d + 1] ?? 0); p++) {
        const t = this.pairTerm[p] ?? 0;
        const at = fill[t] ?? 0;
        ords[at] = ord;
        fill[t] = at + 1;
      }
    }
    // Keys sorted natively; each key finds its term again through the hash table.
    const keys = new Float64Array(n);
    for (let t = 0; t < n; t++) keys[t] = keyOf(this.termInfo[t * 4] ?? 0, this.termInfo[t * 4 + 1] ?? 0);
    keys.sort();
    const counts = new Uint32Array(n);
    const starts = new Uint32Array(n + 1);
    const writer = new ByteWriter(this.pairs * 2 + 16);
    const base = this.docs > 0 ? (this.docOrd[0] ?? 0) : 0;
    const span = this.docs > 0 ? (this.docOrd[this.docs - 1] ?? 0) - base + 1 : 0;
    for (let k = 0; k < n; k++) {
      const key = keys[k] ?? 0;
      const t = this.termOf(Math.floor(key / UNIT_LIMIT), key % UNIT_LIMIT);
      const from = offsets[t] ?? 0;
      const to = offsets[t + 1] ?? 0;
      starts[k] = writer.length;
      counts[k] = to - from;
      if (storesBitmap(to - from, span)) writer.bitmap(ords, from, to, base, span);
      else writer.deltas(ords, from, to);
    }
    starts[n] = writer.length;
    return { keys, counts, starts, data: writer.finish(), base, span };
  }

  private termOf(hi: number, lo: number): number {
    let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & this.tableMask;
    while (this.table[slot * 4] !== hi || this.table[slot * 4 + 1] !== lo) slot = (slot + 1) & this.tableMask;
    return (this.table[slot * 4 + 2] ?? 1) - 1;
  }
}

function grow32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array.subarray(0, Math.min(array.length, size)));
  return next;
}

/**
 * One segment holding the postings of `segments` (in ordinal order), keeping only the
 * documents `remap` gives a new ordinal (>= 0) and renumbering them: how dead documents
 * leave the index and many small segments become one.
 */
export function mergeSegments(segments: readonly Segment[], remap: Int32Array | null): Segment {
  const allKeys = new Float64Array(segments.reduce((sum, s) => sum + s.keys.length, 0));
  let at = 0;
  for (const segment of segments) {
    allKeys.set(segment.keys, at);
    at += segment.keys.length;
  }
  allKeys.sort();
  let unique = 0;
  for (let i = 0; i < allKeys.length; i++) {
    if (i === 0 || allKeys[i] !== allKeys[i - 1]) allKeys[unique++] = allKeys[i] ?? 0;
  }
  // The ordinals the merged segment covers.
  let base = Infinity;
  let last = -1;
  for (const segment of segments) {
    if (segment.span === 0) continue;
    base = Math.min(base, segment.base);
    last = Math.max(last, segment.base + segment.span - 1);
  }
  if (remap) {
    let first = Infinity;
    let end = -1;
    for (let o = base; o <= last && o < remap.length; o++) {
      const to = remap[o] ?? -1;
      if (to < 0) continue;
      first = Math.min(first, to);
      end = Math.max(end, to);
    }
    base = first;
    last = end;
  }
  let span = last - base + 1;
  if (last < 0 || !Number.isFinite(base)) {
    base = 0;
    span = 0;
  }
  const keys: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [];
  const writer = new ByteWriter(segments.reduce((sum, s) => sum + s.data.length, 0) + 16);
  const cursors = new Int32Array(segments.length);
  let buffer = new Uint32Array(1024);
  let merged = new Uint32Array(1024);
  for (let u = 0; u < unique; u++) {
    const key = allKeys[u] ?? 0;
    let count = 0;
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s];
      if (!segment) continue;
      const t = cursors[s] ?? 0;
      if (segment.keys[t] !== key) continue;
      cursors[s] = t + 1;
      const n = segment.counts[t] ?? 0;
      if (buffer.length < n) buffer = new Uint32Array(n * 2);
      decodePostings(segment, t, buffer);
      if (merged.length < count + n) {
        const next = new Uint32Array((count + n) * 2);
        next.set(merged.subarray(0, count));
        merged = next;
      }
      for (let i = 0; i < n; i++) {
        const ord = remap ? (remap[buffer[i] ?? 0] ?? -1) : (buffer[i] ?? 0);
        if (ord >= 0) merged[count++] = ord;
      }
    }
    if (count === 0) continue;
    keys.push(key);
    counts.push(count);
    starts.push(writer.length);
    if (storesBitmap(count, span)) writer.bitmap(merged, 0, count, base, span);
    else writer.deltas(merged, 0, count);
  }
  starts.push(writer.length);
  return {
    keys: Float64Array.from(keys),
    counts: Uint32Array.from(counts),
    starts: Uint32Array.from(starts),
    data: writer.finish(),
    base,
    span,
  };
}
