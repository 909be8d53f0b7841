// What the consultant is searching for: the committed query (never a half-composed
// pinyin string, see useImeSafeInput) and the filters beside the results, in the one
// filter vocabulary of the app (shared/search/types.ts).
import { create } from 'zustand';
import { NO_FILTERS, type SearchFilters } from '../../../shared/search/index.ts';

type SearchScreenState = {
  query: string;
  filters: SearchFilters;
  /** Bumped to put the caret in the 搜索 box (Ctrl/Cmd+F, the sidebar's 搜索). */
  focusRequest: number;
  setQuery: (query: string) => void;
  /** Replaces the filters (build them with choose / withValue from shared/search). */
  setFilters: (filters: SearchFilters) => void;
  clearFilters: () => void;
  /** Runs a saved search: its query and filters replace the current ones. */
  apply: (query: string, filters: SearchFilters) => void;
  requestFocus: () => void;
};

export const useSearch = create<SearchScreenState>()((set) => ({
  query: '',
  filters: NO_FILTERS,
  focusRequest: 0,
  setQuery: (query) => set({ query }),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  apply: (query, filters) => set({ query, filters }),
  requestFocus: () => set((state) => ({ focusRequest: state.focusRequest + 1 })),
}));
