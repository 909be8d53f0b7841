// The 资料库 list's filters and sort. Kept outside the screen so they survive opening a
// notice in the reader and coming back.
import { create } from 'zustand';
import { NO_LIST_FILTERS, type ListFilters, type ListSort, type SortKey } from '../../data/search/index.ts';

type LibraryViewState = {
  filters: ListFilters;
  sort: ListSort;
  setFilter: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  clearFilters: () => void;
  /** Clicking a header sorts by it; clicking it again reverses the order. */
  toggleSort: (key: SortKey) => void;
};

/** Dates and deadlines read newest/soonest first naturally; text columns A→Z. */
const FIRST_DIRECTION: Record<SortKey, ListSort['direction']> = {
  date: 'desc',
  deadline: 'asc',
  title: 'asc',
  docNumber: 'asc',
  agencies: 'asc',
  category: 'asc',
};

export const useLibraryView = create<LibraryViewState>()((set) => ({
  filters: NO_LIST_FILTERS,
  sort: { key: 'date', direction: 'desc' },
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_LIST_FILTERS }),
  toggleSort: (key) =>
    set((state) => ({
      sort:
        state.sort.key === key
          ? { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: FIRST_DIRECTION[key] },
    })),
}));

export function hasListFilters(filters: ListFilters): boolean {
  return (
    filters.category !== null ||
    filters.province !== null ||
    filters.agency !== null ||
    filters.year !== null ||
    filters.deadline !== 'any' ||
    filters.bulletinId !== null ||
    filters.clientId !== null
  );
}
