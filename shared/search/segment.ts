// Inverted-index segments. A frozen segment is four typed arrays: sorted feature keys,
// each key's document count, and its postings (document ordinals, ascending) as
// delta-encoded varints in one byte array. Delta varints keep 50,000 notices' body
// bigrams (~55 million postings) near one byte a posting instead of four, and the
// arrays serialise and load without any parsing. Segments are built in ordinal order
// (a segment's ordinals all follow the previous segment's), so concatenating their
// postings keeps every list sorted.

export type Segment = {
  /** Feature keys, ascending. */
  readonly keys: Float64Array;
  /** Number of postings of each key. */
  readonly counts: Uint32Array;
  /** Byte offset of each key's postings in `data`; one more entry than keys. */
  readonly starts: Uint32Array;
  /** Postings: per key, the first ordinal, then the gaps, as LEB128 varints. */
  readonly data: Uint8Array;
};

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

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Collects postings in memory (a Map per key) until frozen into a Segment. */
export class SegmentBuilder {
  private readonly lists = new Map<number, number[]>();
  private postings = 0;

  /** Records that document `ord` has feature `key`. Ordinals must be added in ascending order. */
  add(key: number, ord: number): void {
    const list = this.lists.get(key);
    if (list === undefined) {
      this.lists.set(key, [ord]);
      this.postings += 1;
    } else if (list[list.length - 1] !== ord) {
      list.push(ord);
      this.postings += 1;
    }
  }

  get size(): number {
    return this.postings;
  }

  /** The postings of `key` (ascending ordinals), for searching before the builder is frozen. */
  get(key: number): readonly number[] | undefined {
    return this.lists.get(key);
  }

  freeze(): Segment {
    const keys = Float64Array.from(this.lists.keys()).sort();
    const counts = new Uint32Array(keys.length);
    const starts = new Uint32Array(keys.length + 1);
    const writer = new ByteWriter(this.postings * 2 + 16);
    for (let t = 0; t < keys.length; t++) {
      const list = this.lists.get(keys[t] ?? 0) ?? [];
      starts[t] = writer.length;
      counts[t] = list.length;
      let previous = 0;
      for (const ord of list) {
        writer.varint(ord - previous);
        previous = ord;
      }
    }
    starts[keys.length] = writer.length;
    return { keys, counts, starts, data: writer.finish() };
  }
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
  const keys: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [];
  const writer = new ByteWriter(segments.reduce((sum, s) => sum + s.data.length, 0) + 16);
  const cursors = new Int32Array(segments.length);
  let buffer = new Uint32Array(1024);
  for (let u = 0; u < unique; u++) {
    const key = allKeys[u] ?? 0;
    const start = writer.length;
    let count = 0;
    let previous = 0;
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s];
      if (!segment) continue;
      const t = cursors[s] ?? 0;
      if (segment.keys[t] !== key) continue;
      cursors[s] = t + 1;
      const n = segment.counts[t] ?? 0;
      if (buffer.length < n) buffer = new Uint32Array(n * 2);
      decodePostings(segment, t, buffer);
      for (let i = 0; i < n; i++) {
        const ord = remap ? (remap[buffer[i] ?? 0] ?? -1) : (buffer[i] ?? 0);
        if (ord < 0) continue;
        writer.varint(ord - previous);
        previous = ord;
        count += 1;
      }
    }
    if (count === 0) {
      writer.length = start;
      continue;
    }
    keys.push(key);
    counts.push(count);
    starts.push(start);
  }
  starts.push(writer.length);
  return {
    keys: Float64Array.from(keys),
    counts: Uint32Array.from(counts),
    starts: Uint32Array.from(starts),
    data: writer.finish(),
  };
}
