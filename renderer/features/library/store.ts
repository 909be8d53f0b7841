// The 资料库 list's filters and sort. Kept outside the screen so they survive opening a
// notice in the reader and coming back.
import { create } from 'zustand';
import { NO_FILTERS, type SearchFilters, type SearchSort, type SortKey } from '../../../shared/search/index.ts';

type LibraryViewState = {
  filters: SearchFilters;
  sort: Required<SearchSort>;
  /** Replaces the filters (build them with choose / withYear / withValue). */
  setFilters: (filters: SearchFilters) => void;
  clearFilters: () => void;
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
  sort: { key: 'date', direction: 'desc' },
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  toggleSort: (key) =>
    set((state) => ({
      sort:
        state.sort.key === key
          ? { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: FIRST_DIRECTION[key] },
    })),
}));
