// The persisted index: one byte array the library keeps in its `searchIndex` table.
//
//   "PBSX" | u32 format version | u32 header length | u32 checksum | header (JSON, UTF-8) | sections
//
// The checksum covers everything after it: a page of the stored bytes damaged on disk
// (or a write cut short) would otherwise load and answer searches wrongly; with it the
// index is found damaged and rebuilt.
//
// The header holds the strings (notice ids, titles, 文号, agency, category and bulletin
// names, clients) and
// where each typed array lies; the sections are the typed arrays themselves, each at an
// offset that is a multiple of 8, so loading makes views on the bytes instead of copying
// or parsing ~60 MB of postings. Any change to this layout or to what the features mean
// bumps FORMAT_VERSION; an index of another version is rebuilt, never read.
import { textDecoder, textEncoder } from '../platform.ts';
import type { DocNumberColumns } from './doc-number-map.ts';
import type { DocColumns } from './doc-table.ts';
import type { Segment } from './postings.ts';
import type { SearchClient, SearchTag } from './types.ts';

/** 5: the header's client–notice pairs are named `tags`, a client's qualifications `qualifications`. */
export const FORMAT_VERSION = 5;
const MAGIC = 0x58534250; // "PBSX" little-endian


export type IndexState = {
  /** What the owner of the index wants kept with it (e.g. how fresh it is). */
  meta: Record<string, string>;
  columns: DocColumns;
  docNumberMap: DocNumberColumns;
  segments: Segment[];
  clients: SearchClient[];
  tags: SearchTag[];
};

type ArrayKind = 'u8' | 'u16' | 'u32' | 'f64';
type SectionRef = { kind: ArrayKind; offset: number; length: number };
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

type Header = {
  meta: Record<string, string>;
  count: number;
  titles: string[];
  docNumbers: (string | null)[];
  categoryNames: string[];
  agencyNames: string[];
  cityNames: string[];
  bulletinNames: string[];
  ids: string[];
  clients: { id: SearchClient['id']; name: string; qualifications: string[] }[];
  /** [clientId, noticeId] pairs. */
  tags: [string, string][];
  columns: Record<
    'alive' | 'dates' | 'deadlines' | 'categories' | 'provinces' | 'cities' | 'agencyStarts' | 'agencyIds' | 'bulletinStarts' | 'bulletinIds',
    SectionRef
  >;
  docNumberMap: Record<'hashes' | 'ords', SectionRef>;
  segments: (Record<'keys' | 'counts' | 'starts' | 'data', SectionRef> & { base: number; span: number })[];
};

/** Thrown for bytes that are not an index of this format version. */
export class IndexFormatError extends Error {
  override readonly name = 'IndexFormatError';
}

function kindOf(array: TypedArray): ArrayKind {
  if (array instanceof Float64Array) return 'f64';
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Uint16Array) return 'u16';
  return 'u8';
}

// Magic, version, header length, checksum.
const PREFIX = 16;

/**
 * FNV-1a over 32-bit words (then the tail bytes): fast enough for tens of MB at start-up,
 * and any changed byte changes it (a damage check, not a defence against forgery).
 */
export function checksumOf(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  const words = Math.floor(bytes.byteLength / 4);
  const aligned = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, words) : null;
  const view = aligned ? null : new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < words; i++) {
    hash ^= aligned ? (aligned[i] ?? 0) : (view?.getUint32(i * 4, true) ?? 0);
    hash = Math.imul(hash, 0x01000193);
  }
  for (let i = words * 4; i < bytes.byteLength; i++) {
    hash ^= bytes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function encodeIndex(state: IndexState): Uint8Array {
  const sections: TypedArray[] = [];
  const placed: SectionRef[] = [];
  let offset = 0;
  const add = (array: TypedArray): SectionRef => {
    const ref: SectionRef = { kind: kindOf(array), offset, length: array.length };
    sections.push(array);
    placed.push(ref);
    offset += Math.ceil(array.byteLength / 8) * 8;
    return ref;
  };
  const c = state.columns;
  const header: Header = {
    meta: state.meta,
    count: c.ids.length,
    titles: c.titles,
    docNumbers: c.docNumbers,
    categoryNames: c.categoryNames,
    agencyNames: c.agencyNames,
    cityNames: c.cityNames,
    bulletinNames: c.bulletinNames,
    ids: c.ids,
    clients: state.clients.map((client) => ({ id: client.id, name: client.name, qualifications: [...client.qualifications] })),
    tags: state.tags.map((a) => [a.clientId, a.noticeId]),
    columns: {
      alive: add(c.alive),
      dates: add(c.dates),
      deadlines: add(c.deadlines),
      categories: add(c.categories),
      provinces: add(c.provinces),
      cities: add(c.cities),
      agencyStarts: add(c.agencyStarts),
      agencyIds: add(c.agencyIds),
      bulletinStarts: add(c.bulletinStarts),
      bulletinIds: add(c.bulletinIds),
    },
    docNumberMap: { hashes: add(state.docNumberMap.hashes), ords: add(state.docNumberMap.ords) },
    segments: state.segments.map((s) => ({
      keys: add(s.keys),
      counts: add(s.counts),
      starts: add(s.starts),
      data: add(s.data),
      base: s.base,
      span: s.span,
    })),
  };
  const json = textEncoder().encode(JSON.stringify(header));
  const sectionsStart = Math.ceil((PREFIX + json.length) / 8) * 8;
  const out = new Uint8Array(sectionsStart + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, PREFIX);
  sections.forEach((array, i) => {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), sectionsStart + (placed[i]?.offset ?? 0));
  });
  view.setUint32(12, checksumOf(out.subarray(PREFIX)), true);
  return out;
}

/** The format version written in `bytes`, or null when they are not an index at all. */
export function formatVersionOf(bytes: Uint8Array): number | null {
  if (bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(0, true) === MAGIC ? view.getUint32(4, true) : null;
}

export function decodeIndex(input: Uint8Array): IndexState {
  const version = formatVersionOf(input);
  if (version === null) throw new IndexFormatError('不是搜索索引文件 (not a search index)');
  if (version !== FORMAT_VERSION) throw new IndexFormatError(`搜索索引格式 ${version} 与当前版本 ${FORMAT_VERSION} 不同，需要重建`);
  // Typed-array views need aligned offsets: copy once if the bytes sit at an odd place.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(8, true);
  if (bytes.length < PREFIX || PREFIX + jsonLength > bytes.length) throw new IndexFormatError('搜索索引文件不完整 (truncated index)');
  if (view.getUint32(12, true) !== checksumOf(bytes.subarray(PREFIX))) throw new IndexFormatError('搜索索引文件已损坏，校验和不符 (checksum mismatch)');
  const header = JSON.parse(textDecoder('utf-8').decode(bytes.subarray(PREFIX, PREFIX + jsonLength))) as Header;
  const base = bytes.byteOffset + Math.ceil((PREFIX + jsonLength) / 8) * 8;
  const section = <T extends TypedArray>(ref: SectionRef, kind: ArrayKind): T => {
    const size = kind === 'f64' ? 8 : kind === 'u32' ? 4 : kind === 'u16' ? 2 : 1;
    const start = base + ref.offset;
    if (ref.kind !== kind || start + ref.length * size > bytes.byteOffset + bytes.byteLength) {
      throw new IndexFormatError('搜索索引文件已损坏 (corrupt index section)');
    }
    const buffer = bytes.buffer;
    if (kind === 'f64') return new Float64Array(buffer, start, ref.length) as T;
    if (kind === 'u32') return new Uint32Array(buffer, start, ref.length) as T;
    if (kind === 'u16') return new Uint16Array(buffer, start, ref.length) as T;
    return new Uint8Array(buffer, start, ref.length) as T;
  };
  const c = header.columns;
  return {
    meta: header.meta,
    columns: {
      ids: header.ids,
      alive: section(c.alive, 'u8'),
      dates: section(c.dates, 'u32'),
      deadlines: section(c.deadlines, 'u32'),
      categories: section(c.categories, 'u16'),
      provinces: section(c.provinces, 'u8'),
      cities: section(c.cities, 'u16'),
      agencyStarts: section(c.agencyStarts, 'u32'),
      agencyIds: section(c.agencyIds, 'u32'),
      bulletinStarts: section(c.bulletinStarts, 'u32'),
      bulletinIds: section(c.bulletinIds, 'u32'),
      titles: header.titles,
      docNumbers: header.docNumbers,
      categoryNames: header.categoryNames,
      agencyNames: header.agencyNames,
      cityNames: header.cityNames,
      bulletinNames: header.bulletinNames,
    },
    docNumberMap: { hashes: section<Uint32Array>(header.docNumberMap.hashes, 'u32'), ords: section<Uint32Array>(header.docNumberMap.ords, 'u32') },
    segments: header.segments.map((s) => ({
      keys: section<Float64Array>(s.keys, 'f64'),
      counts: section<Uint32Array>(s.counts, 'u32'),
      starts: section<Uint32Array>(s.starts, 'u32'),
      data: section<Uint8Array>(s.data, 'u8'),
      base: s.base,
      span: s.span,
    })),
    clients: header.clients,
    tags: header.tags.map(([clientId, noticeId]) => ({ clientId, noticeId })),
  };
}
