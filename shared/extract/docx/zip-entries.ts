// The entries of a zip as its central directory declares them, read before anything is
// inflated. A .docx of 1 MB can declare a word/document.xml of 600 MB (a zip bomb):
// inflating it exhausts memory before any reader can fail. Checking each entry's declared
// size and compression ratio first lets the import refuse such a file, naming the part.
// The central directory is the zip's own index (APPNOTE.TXT 4.3.12, 4.3.16); ZIP64
// sizes come from the entry's extra field (4.5.3).

export type ZipEntry = {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
// The end record is 22 bytes plus a comment of at most 65,535.
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** A ZIP64 extra field's 8-byte sizes, in the order APPNOTE gives them, for the fields that overflowed. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const read = (): number => {
        if (field + 8 > at + 4 + size) return Number.POSITIVE_INFINITY;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = read();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = read();
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries the zip's central directory lists, or null when there is no readable
 * directory (the caller's reader then reports the file as damaged).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  // A ZIP64 archive stores 0xFFFF here and its real count in the ZIP64 end record; walking
  // the directory until its signature stops covers both.
  for (let i = 0; (count === 0xffff || i < count) && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(nameStart, Math.min(bytes.length, nameStart + nameLength))),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    };
    if (entry.uncompressedSize === U32_MAX || entry.compressedSize === U32_MAX) {
      zip64Sizes(view, nameStart + nameLength, Math.min(extraLength, view.byteLength - nameStart - nameLength), entry);
    }
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

export type ZipLimits = {
  /** No entry may unpack to more than this. */
  entryBytes: number;
  /** Nor may all entries together. */
  totalBytes: number;
  /** Above `ratioFrom` unpacked bytes, an entry may not be more than this many times its packed size. */
  ratio: number;
  ratioFrom: number;
};

export type ZipProblem = { entry: ZipEntry; reason: 'entry-size' | 'ratio' } | { entry: null; reason: 'total-size'; totalBytes: number };

/** The first entry over the limits, or null when every declared size is within them. */
export function zipOverLimits(entries: readonly ZipEntry[], limits: ZipLimits): ZipProblem | null {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.entryBytes) return { entry, reason: 'entry-size' };
    if (entry.uncompressedSize > limits.ratioFrom && entry.uncompressedSize > limits.ratio * Math.max(1, entry.compressedSize)) {
      return { entry, reason: 'ratio' };
    }
    total += entry.uncompressedSize;
  }
  return total > limits.totalBytes ? { entry: null, reason: 'total-size', totalBytes: total } : null;
}
