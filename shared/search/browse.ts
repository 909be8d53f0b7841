// Filters, sort orders and facet counts over the document table: what the library's
// notice list (50,000 rows) asks of the search worker with an empty query, and what
// narrows a query's results.
import type { ClientId } from '../model/ids.ts';
import { PROVINCES } from '../model/region.ts';
import { docNumberKey } from '../text/normalize.ts';
import { dateNumber, type DocTable } from './doc-table.ts';
import { pinyinLetters } from './pinyin.ts';
import { canonicalAgency } from './thesaurus/canonical-agency.ts';
import type { FacetCount, Facets, SearchFilters, SearchSort, SortKey } from './types.ts';

// The canonical name of each agency of the table, by id, extended as the table grows.
const canonicalCache = new WeakMap<readonly string[], string[]>();

/** Canonical agency names by agency id (国家发展改革委 and 发展改革委 are 国家发展和改革委员会). */
function canonicalAgencies(docs: DocTable): readonly string[] {
  const values = docs.agencyTable.values;
  let names = canonicalCache.get(values);
  if (!names) canonicalCache.set(values, (names = []));
  for (let i = names.length; i < values.length; i++) names.push(canonicalAgency(values[i] ?? ''));
  return names;
}

/** A compiled filter: true when ordinal `o` passes. */
export type Accept = (o: number) => boolean;

/** Notices tagged to each client, as ordinals (the caller knows the tags). */
export type ClientOrds = (clientId: ClientId) => Iterable<number>;

/** Whether ordinal `o` had ended (时效性) by `today` (0: by any date). */
export type Ended = (o: number, today: number) => boolean;

/** The filters as one test, or null when nothing is filtered. */
export function compileFilters(filters: SearchFilters | undefined, docs: DocTable, today: number, clientOrds: ClientOrds, ended: Ended): Accept | null {
  if (!filters) return null;
  const tests: Accept[] = [];
  const flags = (names: readonly string[] | undefined, find: (name: string) => number | undefined): Uint8Array | null => {
    if (!names || names.length === 0) return null;
    const ids = names.map(find).filter((id): id is number => id !== undefined);
    const set = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) set[id] = 1;
    return set;
  };
  const categories = flags(filters.categories, (name) => docs.categoryTable.find(name));
  if (categories) tests.push((o) => categories[docs.categories[o] ?? 0] === 1);
  const provinces = flags(filters.provinces, (name) => {
    const index = PROVINCES.findIndex((p) => p.short === name);
    return index < 0 ? undefined : index + 1;
  });
  if (provinces) tests.push((o) => provinces[docs.provinces[o] ?? 0] === 1);
  const cities = flags(filters.cities, (name) => docs.cityTable.find(name));
  if (cities) tests.push((o) => (docs.cities[o] ?? 0) !== 0 && cities[docs.cities[o] ?? 0] === 1);
  // An agency chosen by any of its names: every printing of it passes.
  const wanted = filters.agencies && filters.agencies.length > 0 ? new Set(filters.agencies.map(canonicalAgency)) : null;
  const canonical = wanted ? canonicalAgencies(docs) : [];
  const agencies = wanted ? Uint8Array.from(canonical, (name) => (wanted.has(name) ? 1 : 0)) : null;
  if (agencies) {
    tests.push((o) => {
      for (let i = docs.agencyStarts[o] ?? 0; i < (docs.agencyStarts[o + 1] ?? 0); i++) if (agencies[docs.agencyIds[i] ?? 0] === 1) return true;
      return false;
    });
  }
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    const from = (filters.yearFrom ?? 0) * 10000;
    const to = (filters.yearTo ?? 9999) * 10000 + 9999;
    tests.push((o) => {
      const d = docs.dates[o] ?? 0;
      return d !== 0 && d >= from && d <= to;
    });
  }
  if (filters.clientIds && filters.clientIds.length > 0) {
    const tagged = new Uint8Array(docs.count);
    for (const clientId of filters.clientIds) for (const o of clientOrds(clientId)) tagged[o] = 1;
    tests.push((o) => tagged[o] === 1);
  }
  if (filters.bulletinIds && filters.bulletinIds.length > 0) {
    const wanted = new Set(filters.bulletinIds.flatMap((id) => docs.bulletinTable.find(id) ?? []));
    tests.push((o) => {
      for (let i = docs.bulletinStarts[o] ?? 0; i < (docs.bulletinStarts[o + 1] ?? 0); i++) if (wanted.has(docs.bulletinIds[i] ?? -1)) return true;
      return false;
    });
  }
  if (filters.noticeIds) {
    const wanted = new Set(filters.noticeIds);
    tests.push((o) => wanted.has(docs.ids[o] ?? ''));
  }
  const deadline = filters.deadline;
  if (deadline) {
    if (deadline === 'any') tests.push((o) => (docs.deadlines[o] ?? 0) !== 0);
    else if (deadline === 'none') tests.push((o) => (docs.deadlines[o] ?? 0) === 0);
    else if (deadline === 'upcoming') tests.push((o) => (docs.deadlines[o] ?? 0) >= today && today !== 0);
    else tests.push((o) => (docs.deadlines[o] ?? 0) !== 0 && (docs.deadlines[o] ?? 0) < today);
  }
  if (filters.validity === 'in-force') tests.push((o) => !ended(o, today));
  else if (filters.validity === 'ended') tests.push((o) => ended(o, today));
  if (tests.length === 0) return null;
  return (o) => tests.every((test) => test(o));
}

export function todayNumber(today: string | undefined): number {
  return dateNumber(today ?? null);
}

type OrderKey = Exclude<SortKey, 'relevance'>;

/** An ascending order of every ordinal, and how many at its end have no key (they stay last). */
type Ascending = { order: Uint32Array; missing: number };

/** Sort orders of all ordinals, computed on demand and kept until the table changes. */
export class SortOrders {
  private readonly cache = new Map<OrderKey, { version: number; ascending: Ascending }>();

  constructor(private readonly docs: DocTable) {}

  /** Every ordinal (dead ones too) in `sort` order; relevance is not an order of the table. */
  order(sort: SearchSort): Uint32Array {
    const key: OrderKey = sort.key === 'relevance' ? 'date' : sort.key;
    const direction = sort.direction ?? (key === 'date' ? 'desc' : 'asc');
    let cached = this.cache.get(key);
    if (!cached || cached.version !== this.docs.version) {
      cached = { version: this.docs.version, ascending: this.compute(key) };
      this.cache.set(key, cached);
    }
    const { order, missing } = cached.ascending;
    if (direction === 'asc') return order;
    // Descending: the keyed part reversed, the notices without a key still last.
    const keyed = order.length - missing;
    const out = new Uint32Array(order.length);
    for (let i = 0; i < keyed; i++) out[i] = order[keyed - 1 - i] ?? 0;
    out.set(order.subarray(keyed), keyed);
    return out;
  }

  private compute(key: OrderKey): Ascending {
    const docs = this.docs;
    const n = docs.count;
    if (key === 'date' || key === 'deadline') {
      // (key, ordinal) packed in one double: a native typed-array sort, no comparator.
      const values = key === 'date' ? docs.dates : docs.deadlines;
      const packed = new Float64Array(n);
      let missing = 0;
      for (let o = 0; o < n; o++) {
        const value = values[o] ?? 0;
        if (value === 0) missing += 1;
        packed[o] = (value === 0 ? 99999999 : value) * 2 ** 21 + o;
      }
      packed.sort();
      return { order: Uint32Array.from(packed, (v) => v % 2 ** 21), missing };
    }
    const text = this.textKeys(key);
    const order = Array.from({ length: n }, (_, o) => o).sort((a, b) => {
      const ka = text[a] ?? '';
      const kb = text[b] ?? '';
      if (ka === kb) return a - b;
      if (ka === '') return 1;
      if (kb === '') return -1;
      return ka < kb ? -1 : 1;
    });
    return { order: Uint32Array.from(order), missing: text.reduce((sum, k) => sum + (k === '' ? 1 : 0), 0) };
  }

  /** Text sort keys ('' when missing): pinyin first, so Chinese sorts as a Chinese list does. */
  private textKeys(key: 'title' | 'docNumber' | 'agencies' | 'category'): string[] {
    const docs = this.docs;
    const keys: string[] = [];
    for (let o = 0; o < docs.count; o++) {
      let text: string;
      if (key === 'title') text = docs.titles[o] ?? '';
      else if (key === 'docNumber') text = docNumberKey(docs.docNumbers[o] ?? '');
      else if (key === 'agencies') text = docs.agencyNamesOf(o)[0] ?? '';
      else text = docs.categoryTable.values[docs.categories[o] ?? 0] ?? '';
      keys.push(text === '' ? '' : `${pinyinLetters(text).full}\u0000${text}`);
    }
    return keys;
  }
}

/** Facet counts over the ordinals in `ords`. */
export function countFacets(docs: DocTable, ords: ArrayLike<number>, count: number, today: number, ended: Ended, agencyLimit = 200): Facets {
  const categories = new Uint32Array(docs.categoryTable.values.length);
  const provinces = new Uint32Array(PROVINCES.length + 1);
  // Counted under canonical names, once per notice however many of its agencies print one.
  const canonical = canonicalAgencies(docs);
  const agencies = new Map<string, number>();
  const years = new Map<number, number>();
  const deadline = { with: 0, without: 0, upcoming: 0, passed: 0 };
  const validity = { inForce: 0, ended: 0 };
  for (let i = 0; i < count; i++) {
    const o = ords[i] ?? 0;
    if (ended(o, today)) validity.ended += 1;
    else validity.inForce += 1;
    categories[docs.categories[o] ?? 0] = (categories[docs.categories[o] ?? 0] ?? 0) + 1;
    provinces[docs.provinces[o] ?? 0] = (provinces[docs.provinces[o] ?? 0] ?? 0) + 1;
    const from = docs.agencyStarts[o] ?? 0;
    const to = docs.agencyStarts[o + 1] ?? 0;
    for (let a = from; a < to; a++) {
      const name = canonical[docs.agencyIds[a] ?? 0] ?? '';
      let seen = false;
      for (let b = from; b < a && !seen; b++) seen = canonical[docs.agencyIds[b] ?? 0] === name;
      if (!seen) agencies.set(name, (agencies.get(name) ?? 0) + 1);
    }
    const year = Math.floor((docs.dates[o] ?? 0) / 10000);
    years.set(year, (years.get(year) ?? 0) + 1);
    const d = docs.deadlines[o] ?? 0;
    if (d === 0) deadline.without += 1;
    else {
      deadline.with += 1;
      if (today !== 0) {
        if (d >= today) deadline.upcoming += 1;
        else deadline.passed += 1;
      }
    }
  }
  const list = (counts: ArrayLike<number>, name: (i: number) => string, limit = Infinity): FacetCount[] => {
    const out: FacetCount[] = [];
    for (let i = 0; i < counts.length; i++) if ((counts[i] ?? 0) > 0) out.push({ value: name(i), count: counts[i] ?? 0 });
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return out.slice(0, limit);
  };
  return {
    categories: list(categories, (i) => docs.categoryTable.values[i] ?? ''),
    provinces: list(provinces, (i) => (i === 0 ? '' : (PROVINCES[i - 1]?.short ?? ''))),
    agencies: [...agencies]
      .map(([value, c]) => ({ value, count: c }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, agencyLimit),
    years: [...years]
      .map(([year, c]) => ({ value: year === 0 ? '' : String(year), count: c }))
      .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)),
    deadline,
    validity,
  };
}
