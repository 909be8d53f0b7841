// What the consultant is searching for: the committed query (never a half-composed
// pinyin string, see useImeSafeInput) and the filters beside the results.
import { create } from 'zustand';

export type DeadlineFilter = 'any' | 'upcoming' | 'passed';

export type SearchFilters = {
  category: string | null;
  province: string | null;
  agency: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  deadline: DeadlineFilter;
  /** Only notices tagged to this client (its id). */
  clientId: number | null;
};

export const NO_SEARCH_FILTERS: SearchFilters = {
  category: null,
  province: null,
  agency: null,
  yearFrom: null,
  yearTo: null,
  deadline: 'any',
  clientId: null,
};

type SearchState = {
  query: string;
  filters: SearchFilters;
  /** Bumped to put the caret in the 搜索 box (Ctrl/Cmd+F, the sidebar's 搜索). */
  focusRequest: number;
  setQuery: (query: string) => void;
  setFilter: <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => void;
  clearFilters: () => void;
  /** Runs a saved search: its query and filters replace the current ones. */
  apply: (query: string, filters: SearchFilters) => void;
  requestFocus: () => void;
};

export const useSearch = create<SearchState>()((set) => ({
  query: '',
  filters: NO_SEARCH_FILTERS,
  focusRequest: 0,
  setQuery: (query) => set({ query }),
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_SEARCH_FILTERS }),
  apply: (query, filters) => set({ query, filters }),
  requestFocus: () => set((state) => ({ focusRequest: state.focusRequest + 1 })),
}));

export function hasSearchFilters(filters: SearchFilters): boolean {
  return (
    filters.category !== null ||
    filters.province !== null ||
    filters.agency !== null ||
    filters.yearFrom !== null ||
    filters.yearTo !== null ||
    filters.deadline !== 'any' ||
    filters.clientId !== null
  );
}
