// Filters, sort orders and facet counts over the document table: what the library's
// notice list (50,000 rows) asks of the search worker with an empty query, and what
// narrows a query's results.
import { PROVINCES } from '../model/region.ts';
import { dateNumber, type DocTable } from './doc-table.ts';
import { pinyinLetters } from './pinyin.ts';
import type { FacetCount, Facets, SearchFilters, SortOrder } from './types.ts';

/** A compiled filter: true when ordinal `o` passes. */
export type Accept = (o: number) => boolean;

/** Notices tagged to each client, as ordinals (the caller knows the tags). */
export type ClientOrds = (clientId: number) => Iterable<number>;

export function compileFilters(filters: SearchFilters | undefined, docs: DocTable, today: number, clientOrds: ClientOrds): Accept {
  if (!filters) return () => true;
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
  const agencies = flags(filters.agencies, (name) => docs.agencyTable.find(name));
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
  const deadline = filters.deadline;
  if (deadline) {
    if (deadline === 'any') tests.push((o) => (docs.deadlines[o] ?? 0) !== 0);
    else if (deadline === 'none') tests.push((o) => (docs.deadlines[o] ?? 0) === 0);
    else if (deadline === 'upcoming') tests.push((o) => (docs.deadlines[o] ?? 0) >= today && today !== 0);
    else tests.push((o) => (docs.deadlines[o] ?? 0) !== 0 && (docs.deadlines[o] ?? 0) < today);
  }
  if (tests.length === 0) return () => true;
  return (o) => tests.every((test) => test(o));
}

export function todayNumber(today: string | undefined): number {
  return dateNumber(today ?? null);
}

/** Sort orders of all ordinals, computed on demand and kept until the table changes. */
export class SortOrders {
  private readonly cache = new Map<SortOrder, { version: number; order: Uint32Array }>();

  constructor(private readonly docs: DocTable) {}

  /** Every ordinal (dead ones too) in `sort` order; relevance is not an order of the table. */
  order(sort: Exclude<SortOrder, 'relevance'>): Uint32Array {
    const cached = this.cache.get(sort);
    if (cached && cached.version === this.docs.version) return cached.order;
    const order = this.compute(sort);
    this.cache.set(sort, { version: this.docs.version, order });
    return order;
  }

  private compute(sort: Exclude<SortOrder, 'relevance'>): Uint32Array {
    const docs = this.docs;
    const n = docs.count;
    const order = new Uint32Array(n);
    for (let o = 0; o < n; o++) order[o] = o;
    if (sort === 'title') {
      const keys = Array.from(docs.titles.slice(0, n), (title) => `${pinyinLetters(title).full}\u0000${title}`);
      return order.sort((a, b) => ((keys[a] ?? '') < (keys[b] ?? '') ? -1 : (keys[a] ?? '') > (keys[b] ?? '') ? 1 : a - b));
    }
    // Numeric sorts pack (key, ordinal) into one double: a native typed-array sort, no comparator.
    const packed = new Float64Array(n);
    for (let o = 0; o < n; o++) {
      const date = docs.dates[o] ?? 0;
      let key: number;
      if (sort === 'date-desc') key = 99999999 - date; // undated last, then newest id first below
      else if (sort === 'date-asc') key = date === 0 ? 99999999 : date;
      else key = (docs.deadlines[o] ?? 0) === 0 ? 99999999 : (docs.deadlines[o] ?? 0);
      const tie = sort === 'date-desc' ? n - 1 - o : o;
      packed[o] = key * 2 ** 21 + tie;
    }
    packed.sort();
    for (let i = 0; i < n; i++) {
      const tie = (packed[i] ?? 0) % 2 ** 21;
      order[i] = sort === 'date-desc' ? n - 1 - tie : tie;
    }
    return order;
  }
}

/** Facet counts over the ordinals in `ords`. */
export function countFacets(docs: DocTable, ords: ArrayLike<number>, count: number, today: number, agencyLimit = 200): Facets {
  const categories = new Uint32Array(docs.categoryTable.values.length);
  const provinces = new Uint32Array(PROVINCES.length + 1);
  const agencies = new Uint32Array(docs.agencyTable.values.length);
  const years = new Map<number, number>();
  const deadline = { with: 0, without: 0, upcoming: 0, passed: 0 };
  for (let i = 0; i < count; i++) {
    const o = ords[i] ?? 0;
    categories[docs.categories[o] ?? 0] = (categories[docs.categories[o] ?? 0] ?? 0) + 1;
    provinces[docs.provinces[o] ?? 0] = (provinces[docs.provinces[o] ?? 0] ?? 0) + 1;
    for (let a = docs.agencyStarts[o] ?? 0; a < (docs.agencyStarts[o + 1] ?? 0); a++) {
      const id = docs.agencyIds[a] ?? 0;
      agencies[id] = (agencies[id] ?? 0) + 1;
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
    agencies: list(agencies, (i) => docs.agencyTable.values[i] ?? '', agencyLimit),
    years: [...years]
      .map(([year, c]) => ({ value: year === 0 ? '' : String(year), count: c }))
      .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)),
    deadline,
  };
}
