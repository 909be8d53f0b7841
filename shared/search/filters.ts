// Working with SearchFilters, the one filter vocabulary of the app: the 资料库 list, the
// 搜索 screen, saved searches and the search worker all speak it. An absent filter lets
// every notice through; a list means any of its values. The screens set one value per
// facet, so they read and write a filter through these helpers rather than by hand.
import type { DeadlineFilter, FacetCount, SearchFilters, ValidityFilter } from './types.ts';

export const NO_FILTERS: SearchFilters = {};

type ListKey = 'categories' | 'provinces' | 'cities' | 'agencies' | 'clientIds' | 'bulletinIds';
type ListValue<K extends ListKey> = NonNullable<SearchFilters[K]>[number];

/** The value a single-choice control shows for a list filter (its first), or null. */
export function chosen<K extends ListKey>(filters: SearchFilters, key: K): ListValue<K> | null {
  const values = filters[key] as readonly ListValue<K>[] | undefined;
  return values?.[0] ?? null;
}

/** `filters` with a list filter set to this one value, or removed for null. */
export function choose<K extends ListKey>(filters: SearchFilters, key: K, value: ListValue<K> | null): SearchFilters {
  const { [key]: _dropped, ...rest } = filters;
  return value === null ? rest : { ...rest, [key]: [value] };
}

/** `filters` with a scalar filter (a year bound, the deadline) set, or removed for null. */
export function withValue<K extends 'yearFrom' | 'yearTo' | 'deadline' | 'validity'>(filters: SearchFilters, key: K, value: NonNullable<SearchFilters[K]> | null): SearchFilters {
  const { [key]: _dropped, ...rest } = filters;
  return value === null ? rest : { ...rest, [key]: value };
}

/** One year: both bounds, or neither. */
export function withYear(filters: SearchFilters, year: number | null): SearchFilters {
  return withValue(withValue(filters, 'yearFrom', year), 'yearTo', year);
}

/** The single year a filter names (both bounds the same), or null. */
export function chosenYear(filters: SearchFilters): number | null {
  return filters.yearFrom !== undefined && filters.yearFrom === filters.yearTo ? filters.yearFrom : null;
}

/** Whether any filter narrows the results. */
export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
}

const DEADLINES: readonly DeadlineFilter[] = ['upcoming', 'passed', 'any', 'none'];

const VALIDITIES: readonly ValidityFilter[] = ['in-force', 'ended'];

export function isValidityFilter(value: unknown): value is ValidityFilter {
  return VALIDITIES.includes(value as ValidityFilter);
}

export function isDeadlineFilter(value: unknown): value is DeadlineFilter {
  return DEADLINES.includes(value as DeadlineFilter);
}

/** A facet's values that can be picked: national notices (no province) and undated ones count under ''. */
export function namedCounts(counts: readonly FacetCount[] | undefined): FacetCount[] {
  return (counts ?? []).filter((entry) => entry.value !== '');
}
