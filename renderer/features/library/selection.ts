// Notices chosen in the 资料库 list with its check boxes, for tagging several at once.
// A click toggles one and remembers it as the anchor; a shift-click selects everything
// between the anchor and the clicked row, in the order the list shows.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { create } from 'zustand';

type SelectionState = {
  selected: ReadonlySet<NoticeId>;
  /** The last notice clicked without shift: where a shift-click range starts. */
  anchor: NoticeId | null;
  /** Toggles `id`; with `range`, selects from the anchor to `id` in `order` instead. */
  click: (id: NoticeId, order: readonly NoticeId[], range: boolean) => void;
  /** Selects every id of `ids`, or clears them all when all are selected already. */
  toggleAll: (ids: readonly NoticeId[]) => void;
  /** Forgets notices that left the library. */
  drop: (ids: readonly NoticeId[]) => void;
  clear: () => void;
};

export const useSelection = create<SelectionState>()((set) => ({
  selected: new Set(),
  anchor: null,
  click: (id, order, range) =>
    set((state) => {
      const from = state.anchor === null ? -1 : order.indexOf(state.anchor);
      const to = order.indexOf(id);
      if (range && from >= 0 && to >= 0) {
        const next = new Set(state.selected);
        for (const between of order.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(between);
        return { selected: next };
      }
      const next = new Set(state.selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next, anchor: id };
    }),
  toggleAll: (ids) =>
    set((state) => {
      const all = ids.length > 0 && ids.every((id) => state.selected.has(id));
      const next = new Set(state.selected);
      for (const id of ids) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return { selected: next };
    }),
  drop: (ids) =>
    set((state) => {
      const gone = new Set(ids);
      if (![...state.selected].some((id) => gone.has(id))) return state;
      return { selected: new Set([...state.selected].filter((id) => !gone.has(id))), anchor: state.anchor !== null && gone.has(state.anchor) ? null : state.anchor };
    }),
  clear: () => set({ selected: new Set(), anchor: null }),
}));
