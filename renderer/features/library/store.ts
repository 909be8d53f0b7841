// The 资料库 list's filters and sort. Kept outside the screen so they survive opening a
// notice in the reader and coming back. 需核对 is the list's own filter (the search engine
// does not know the marks): the list keeps the notices of the browse that carry one.
import { create } from 'zustand';
import { NO_FILTERS, type SearchFilters, type SearchSort, type SortKey } from '../../../shared/search/index.ts';

type LibraryViewState = {
  filters: SearchFilters;
  /** Only the notices marked 需核对. */
  toCheck: boolean;
  sort: Required<SearchSort>;
  /** Replaces the filters (build them with choose / withYear / withValue). */
  setFilters: (filters: SearchFilters) => void;
  /** Clears the search filters and 需核对. */
  clearFilters: () => void;
  setToCheck: (toCheck: boolean) => void;
  /** Clicking a header sorts by it; clicking it again reverses the order. */
  toggleSort: (key: SortKey) => void;
};

/** Dates and deadlines read newest/soonest first naturally; text columns A→Z. */
const FIRST_DIRECTION: Record<SortKey, 'asc' | 'desc'> = {
  relevance: 'desc',
  date: 'desc',
  deadline: 'asc',
  title: 'asc',
  docNumber: 'asc',
  agencies: 'asc',
  category: 'asc',
};

export const useLibraryView = create<LibraryViewState>()((set) => ({
  filters: NO_FILTERS,
  toCheck: false,
  sort: { key: 'date', direction: 'desc' },
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: NO_FILTERS, toCheck: false }),
  setToCheck: (toCheck) => set({ toCheck }),
  toggleSort: (key) =>
    set((state) => ({
      sort:
        state.sort.key === key
          ? { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: FIRST_DIRECTION[key] },
    })),
}));
