// The widths the consultant gave the library table's columns by dragging their edges,
// remembered across sessions (localStorage: a view preference, not library data, so it
// stays out of backups).
import { create } from 'zustand';
import { clampWidth, RESIZABLE } from './columns.ts';

const STORAGE_KEY = 'policy-desk:column-widths';

function load(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => RESIZABLE.has(entry[0]) && typeof entry[1] === 'number' && Number.isFinite(entry[1])));
  } catch {
    return {};
  }
}

function save(widths: Record<string, number>): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(widths));
  } catch {
    // Storage full or disabled: the widths last for this session.
  }
}

type ColumnWidthsState = {
  widths: Readonly<Record<string, number>>;
  setWidth: (id: string, px: number) => void;
  /** Back to the width from content and window (a double click on the edge). */
  reset: (id: string) => void;
};

export const useColumnWidths = create<ColumnWidthsState>()((set) => ({
  widths: load(),
  setWidth: (id, px) =>
    set((state) => {
      const widths = { ...state.widths, [id]: clampWidth(px) };
      save(widths);
      return { widths };
    }),
  reset: (id) =>
    set((state) => {
      const { [id]: _dropped, ...widths } = state.widths;
      save(widths);
      return { widths };
    }),
}));

export { STORAGE_KEY as COLUMN_WIDTHS_KEY };
