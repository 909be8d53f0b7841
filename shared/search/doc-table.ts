// What the index knows about each document besides its features: the short fields it
// shows and ranks on, and the numbers it filters, sorts and counts facets on. Stored
// column-wise in typed arrays by ordinal (the document's position in the index), so
// browsing 50,000 notices by date or counting facets never touches an object per row.
// Bodies are not kept: snippets ask the caller for them.
import type { NoticeId } from '../model/ids.ts';
import { PROVINCES, extractRegion } from '../model/region.ts';
import type { SearchDoc } from './types.ts';

/** Strings stored once and referred to by number (categories, agencies, cities). */
export class StringTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(values: readonly string[] = []) {
    for (const value of values) this.idOf(value);
  }

  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

const PROVINCE_INDEX = new Map<string, number>(PROVINCES.map((p, i) => [p.short, i + 1]));

type Column = Uint8Array | Uint16Array | Uint32Array;

/** A longer copy of a column (typed arrays do not grow). */
function grown<T extends Column>(column: T, size: number): T {
  const next = new (column.constructor as new (length: number) => T)(size);
  next.set(column);
  return next;
}

/** YYYY-MM-DD → yyyymmdd as a number; 0 for null or anything else. */
export function dateNumber(date: string | null | undefined): number {
  if (!date) return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

export function dateText(value: number): string | null {
  if (value === 0) return null;
  const y = Math.floor(value / 10000);
  const m = Math.floor(value / 100) % 100;
  const d = value % 100;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The columns, as they are serialised. */
export type DocColumns = {
  /** The library's notice id of each ordinal ('' for a gap). */
  ids: NoticeId[];
  alive: Uint8Array;
  dates: Uint32Array;
  deadlines: Uint32Array;
  categories: Uint16Array;
  provinces: Uint8Array;
  cities: Uint16Array;
  /** Agencies of document o are agencyIds[agencyStarts[o] .. agencyStarts[o + 1]). */
  agencyStarts: Uint32Array;
  agencyIds: Uint32Array;
  /** Bulletins of document o are bulletinIds[bulletinStarts[o] .. bulletinStarts[o + 1]), numbers of bulletinNames. */
  bulletinStarts: Uint32Array;
  bulletinIds: Uint32Array;
  titles: string[];
  docNumbers: (string | null)[];
  categoryNames: string[];
  agencyNames: string[];
  cityNames: string[];
  /** The library's bulletin ids, stored once. */
  bulletinNames: string[];
};

export class DocTable {
  /** Number of ordinals in use, dead ones included. */
  count = 0;
  live = 0;
  private capacity: number;
  ids: NoticeId[] = [];
  alive: Uint8Array;
  dates: Uint32Array;
  deadlines: Uint32Array;
  categories: Uint16Array;
  provinces: Uint8Array;
  cities: Uint16Array;
  agencyStarts: Uint32Array;
  agencyIds: Uint32Array;
  agencyLength = 0;
  bulletinStarts: Uint32Array;
  bulletinIds: Uint32Array;
  bulletinLength = 0;
  titles: string[] = [];
  docNumbers: (string | null)[] = [];
  readonly categoryTable: StringTable;
  readonly agencyTable: StringTable;
  readonly cityTable: StringTable;
  readonly bulletinTable: StringTable;
  /** Ordinal of each live document by its library id. */
  readonly ordOf = new Map<NoticeId, number>();
  /** Bumped on every change, so cached sort orders know they are stale. */
  version = 0;

  constructor(columns?: DocColumns) {
    this.capacity = Math.max(64, columns?.ids.length ?? 0);
    this.alive = new Uint8Array(this.capacity);
    this.dates = new Uint32Array(this.capacity);
    this.deadlines = new Uint32Array(this.capacity);
    this.categories = new Uint16Array(this.capacity);
    this.provinces = new Uint8Array(this.capacity);
    this.cities = new Uint16Array(this.capacity);
    this.agencyStarts = new Uint32Array(this.capacity + 1);
    this.agencyIds = new Uint32Array(Math.max(64, columns?.agencyIds.length ?? 0));
    this.bulletinStarts = new Uint32Array(this.capacity + 1);
    this.bulletinIds = new Uint32Array(Math.max(64, columns?.bulletinIds.length ?? 0));
    this.categoryTable = new StringTable(columns?.categoryNames);
    this.agencyTable = new StringTable(columns?.agencyNames);
    this.cityTable = new StringTable(columns?.cityNames ?? ['']);
    this.bulletinTable = new StringTable(columns?.bulletinNames);
    if (!columns) return;
    const n = columns.ids.length;
    this.count = n;
    this.ids = columns.ids;
    this.alive.set(columns.alive);
    this.dates.set(columns.dates);
    this.deadlines.set(columns.deadlines);
    this.categories.set(columns.categories);
    this.provinces.set(columns.provinces);
    this.cities.set(columns.cities);
    this.agencyStarts.set(columns.agencyStarts);
    this.agencyIds.set(columns.agencyIds);
    this.agencyLength = columns.agencyIds.length;
    this.bulletinStarts.set(columns.bulletinStarts);
    this.bulletinIds.set(columns.bulletinIds);
    this.bulletinLength = columns.bulletinIds.length;
    this.titles = columns.titles;
    this.docNumbers = columns.docNumbers;
    for (let o = 0; o < n; o++) {
      if (this.alive[o]) {
        this.ordOf.set(this.ids[o] ?? '', o);
        this.live += 1;
      }
    }
  }

  /** Appends a document and returns its ordinal. The caller has removed any older version. */
  append(doc: SearchDoc): number {
    if (this.count === this.capacity) this.grow();
    const o = this.count++;
    this.ids[o] = doc.id;
    this.alive[o] = 1;
    this.dates[o] = dateNumber(doc.date);
    this.deadlines[o] = dateNumber(doc.deadline);
    this.categories[o] = this.categoryTable.idOf(doc.category);
    const region = extractRegion(doc);
    this.provinces[o] = region.province ? (PROVINCE_INDEX.get(region.province) ?? 0) : 0;
    this.cities[o] = region.city ? this.cityTable.idOf(region.city) : 0;
    if (this.agencyLength + doc.agencies.length > this.agencyIds.length) {
      this.agencyIds = grown(this.agencyIds, Math.max(this.agencyIds.length * 2, this.agencyLength + doc.agencies.length));
    }
    this.agencyStarts[o] = this.agencyLength;
    for (const agency of doc.agencies) this.agencyIds[this.agencyLength++] = this.agencyTable.idOf(agency);
    this.agencyStarts[o + 1] = this.agencyLength;
    const bulletins = doc.bulletinIds ?? [];
    if (this.bulletinLength + bulletins.length > this.bulletinIds.length) {
      this.bulletinIds = grown(this.bulletinIds, Math.max(this.bulletinIds.length * 2, this.bulletinLength + bulletins.length));
    }
    this.bulletinStarts[o] = this.bulletinLength;
    for (const id of bulletins) this.bulletinIds[this.bulletinLength++] = this.bulletinTable.idOf(id);
    this.bulletinStarts[o + 1] = this.bulletinLength;
    this.titles[o] = doc.title;
    this.docNumbers[o] = doc.docNumber;
    this.ordOf.set(doc.id, o);
    this.live += 1;
    this.version += 1;
    return o;
  }

  /**
   * Appends an ordinal that holds no document (dead from the start): the place of a
   * notice that was gone by the time a build running in several threads read its page.
   */
  appendGap(): number {
    if (this.count === this.capacity) this.grow();
    const o = this.count++;
    this.ids[o] = '';
    this.alive[o] = 0;
    this.agencyStarts[o] = this.agencyLength;
    this.agencyStarts[o + 1] = this.agencyLength;
    this.bulletinStarts[o] = this.bulletinLength;
    this.bulletinStarts[o + 1] = this.bulletinLength;
    this.titles[o] = '';
    this.docNumbers[o] = null;
    this.version += 1;
    return o;
  }

  /** Marks the document dead; its ordinal is never reused (postings still name it until compaction). */
  kill(o: number): void {
    if (!this.alive[o]) return;
    this.alive[o] = 0;
    this.ordOf.delete(this.ids[o] ?? '');
    this.live -= 1;
    this.version += 1;
  }

  agencyNamesOf(o: number): string[] {
    const names: string[] = [];
    for (let i = this.agencyStarts[o] ?? 0; i < (this.agencyStarts[o + 1] ?? 0); i++) {
      names.push(this.agencyTable.values[this.agencyIds[i] ?? 0] ?? '');
    }
    return names;
  }

  provinceOf(o: number): string | null {
    const p = this.provinces[o] ?? 0;
    return p === 0 ? null : (PROVINCES[p - 1]?.short ?? null);
  }

  cityOf(o: number): string | null {
    const c = this.cities[o] ?? 0;
    return c === 0 ? null : (this.cityTable.values[c] ?? null);
  }

  /** The columns of the first `count` ordinals (views, not copies). */
  columns(): DocColumns {
    const n = this.count;
    return {
      ids: this.ids.slice(0, n),
      alive: this.alive.subarray(0, n),
      dates: this.dates.subarray(0, n),
      deadlines: this.deadlines.subarray(0, n),
      categories: this.categories.subarray(0, n),
      provinces: this.provinces.subarray(0, n),
      cities: this.cities.subarray(0, n),
      agencyStarts: this.agencyStarts.subarray(0, n + 1),
      agencyIds: this.agencyIds.subarray(0, this.agencyLength),
      bulletinStarts: this.bulletinStarts.subarray(0, n + 1),
      bulletinIds: this.bulletinIds.subarray(0, this.bulletinLength),
      titles: this.titles.slice(0, n),
      docNumbers: this.docNumbers.slice(0, n),
      categoryNames: this.categoryTable.values,
      agencyNames: this.agencyTable.values,
      cityNames: this.cityTable.values,
      bulletinNames: this.bulletinTable.values,
    };
  }

  /**
   * The columns with only the documents `remap` gives a new ordinal, renumbered: what
   * compaction builds a fresh table from.
   */
  compactedColumns(remap: Int32Array): DocColumns {
    const full = this.columns();
    const n = this.live;
    const out: DocColumns = {
      ids: new Array<NoticeId>(n),
      alive: new Uint8Array(n).fill(1),
      dates: new Uint32Array(n),
      deadlines: new Uint32Array(n),
      categories: new Uint16Array(n),
      provinces: new Uint8Array(n),
      cities: new Uint16Array(n),
      agencyStarts: new Uint32Array(n + 1),
      agencyIds: new Uint32Array(this.agencyLength),
      bulletinStarts: new Uint32Array(n + 1),
      bulletinIds: new Uint32Array(this.bulletinLength),
      titles: new Array<string>(n),
      docNumbers: new Array<string | null>(n),
      categoryNames: full.categoryNames,
      agencyNames: full.agencyNames,
      cityNames: full.cityNames,
      bulletinNames: full.bulletinNames,
    };
    let agencyAt = 0;
    let bulletinAt = 0;
    for (let o = 0; o < this.count; o++) {
      const to = remap[o] ?? -1;
      if (to < 0) continue;
      out.ids[to] = full.ids[o] ?? '';
      out.dates[to] = full.dates[o] ?? 0;
      out.deadlines[to] = full.deadlines[o] ?? 0;
      out.categories[to] = full.categories[o] ?? 0;
      out.provinces[to] = full.provinces[o] ?? 0;
      out.cities[to] = full.cities[o] ?? 0;
      out.agencyStarts[to] = agencyAt;
      for (let i = full.agencyStarts[o] ?? 0; i < (full.agencyStarts[o + 1] ?? 0); i++) out.agencyIds[agencyAt++] = full.agencyIds[i] ?? 0;
      out.bulletinStarts[to] = bulletinAt;
      for (let i = full.bulletinStarts[o] ?? 0; i < (full.bulletinStarts[o + 1] ?? 0); i++) out.bulletinIds[bulletinAt++] = full.bulletinIds[i] ?? 0;
      out.titles[to] = full.titles[o] ?? '';
      out.docNumbers[to] = full.docNumbers[o] ?? null;
    }
    out.agencyStarts[n] = agencyAt;
    out.agencyIds = out.agencyIds.slice(0, agencyAt);
    out.bulletinStarts[n] = bulletinAt;
    out.bulletinIds = out.bulletinIds.slice(0, bulletinAt);
    return out;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.dates = grown(this.dates, capacity);
    this.deadlines = grown(this.deadlines, capacity);
    this.agencyStarts = grown(this.agencyStarts, capacity + 1);
    this.bulletinStarts = grown(this.bulletinStarts, capacity + 1);
    this.alive = grown(this.alive, capacity);
    this.provinces = grown(this.provinces, capacity);
    this.categories = grown(this.categories, capacity);
    this.cities = grown(this.cities, capacity);
    this.capacity = capacity;
  }
}
