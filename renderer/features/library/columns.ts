// The notice list's columns: header text, the sort key a header click uses (客户 and the
// check boxes have none), and the width each takes in the grid template. The title is
// what a consultant reads: every other column is as wide as its text in view needs
// (within limits, so a long 发文机关 or client name is cut with … and shown whole on
// hover), and the title takes the rest. 分类 (also a facet, and in the reader) is left out
// when, with every column at its widest, the title would show fewer than TITLE_CHARS
// characters: at 1440 px the title shows 30 with 文号 and 发文机关 at their widths.
import { zh } from '../../platform/i18n/index.ts';
import type { SortKey } from '../../../shared/search/index.ts';

export type ColumnId = 'select' | 'title' | 'docNumber' | 'agencies' | 'date' | 'category' | 'deadline' | 'clients';

export type Column = { id: ColumnId; label: string; sortKey: SortKey | null; width: string };

/** The widths before anything in view was measured (tests under happy-dom, the first frame). */
export const COLUMNS: readonly Column[] = [
  // The check boxes that choose notices for 关联客户 / 取消关联 (see NoticeTable).
  { id: 'select', label: zh.library.columns.select, sortKey: null, width: '32px' },
  { id: 'title', label: zh.library.columns.title, sortKey: 'title', width: 'minmax(220px, 1fr)' },
  { id: 'docNumber', label: zh.library.columns.docNumber, sortKey: 'docNumber', width: 'minmax(96px, 176px)' },
  { id: 'agencies', label: zh.library.columns.agencies, sortKey: 'agencies', width: 'minmax(96px, 150px)' },
  { id: 'date', label: zh.library.columns.date, sortKey: 'date', width: '84px' },
  { id: 'category', label: zh.library.columns.category, sortKey: 'category', width: '84px' },
  { id: 'deadline', label: zh.library.columns.deadline, sortKey: 'deadline', width: '96px' },
  { id: 'clients', label: zh.library.columns.clients, sortKey: null, width: 'minmax(64px, 108px)' },
];

export const GRID_TEMPLATE = COLUMNS.map((column) => column.width).join(' ');

/** Columns the consultant may drag wider or narrower (not the check boxes). */
export const RESIZABLE = new Set<string>(COLUMNS.filter((column) => column.id !== 'select').map((column) => column.id));
export const MIN_COLUMN_PX = 56;
export const MAX_COLUMN_PX = 900;
/** The title shows at least this many Chinese characters before 分类 gets a column. */
export const TITLE_CHARS = 30;
/** 客户 when no notice in view has a client: room for the header, not for names. */
const EMPTY_CLIENTS_PX = 56;

/** Columns sized to their text in view. */
type FittedId = 'docNumber' | 'agencies' | 'date' | 'category' | 'deadline' | 'clients';

/**
 * What the rows in view need, in px with the cell's padding: each fitted column's widest
 * text (absent when nothing was measured); whether any row names a client; and, to
 * decide on 分类, the table's width and the title's TITLE_CHARS characters.
 */
export type ContentFit = Partial<Record<FittedId, number>> & { clientsEmpty: boolean; tableWidth?: number; titleMin?: number };

/**
 * A fitted column never takes more than `max` from the title, nor less than its header
 * needs. 文号, 发文机关 and 客户 give way (down to `min`) in a narrow window before the
 * title does; the dates and 分类 keep their width.
 */
const LIMITS: Record<FittedId, { min: number; max: number; gives: boolean }> = {
  docNumber: { min: 96, max: 240, gives: true },
  // Agency names are long and the title matters more: a name past this is cut, shown whole on hover.
  agencies: { min: 96, max: 150, gives: true },
  // About six characters of a client's name: a short name whole, a long one cut with ….
  clients: { min: 64, max: 108, gives: true },
  date: { min: 64, max: 120, gives: false },
  deadline: { min: 72, max: 136, gives: false },
  category: { min: 56, max: 112, gives: false },
};

/** One column's track: its widest (px, null for the title's rest) and, when it gives way, its narrowest. */
type Track = { column: Column; px: number | null; min: number | null };

/** The title's narrowest when nothing was measured. */
const TITLE_MIN_PX = 220;

function trackOf(column: Column, widths: Readonly<Record<string, number>>, fit: ContentFit): Track {
  const own = widths[column.id];
  if (own !== undefined && RESIZABLE.has(column.id)) return { column, px: clampWidth(own), min: null };
  if (column.id === 'select') return { column, px: 32, min: null };
  if (column.id === 'title') return { column, px: null, min: null };
  if (column.id === 'clients' && fit.clientsEmpty) return { column, px: EMPTY_CLIENTS_PX, min: null };
  const limits = LIMITS[column.id];
  const needed = fit[column.id];
  if (needed === undefined) return { column, px: null, min: null };
  const px = Math.round(Math.min(limits.max, Math.max(limits.min, needed)));
  return { column, px, min: limits.gives && limits.min < px ? limits.min : null };
}

function trackText(track: Track): string {
  if (track.column.id === 'title' && track.px === null && track.min !== null) return `minmax(${track.min}px, 1fr)`;
  if (track.px === null) return track.column.width;
  return track.min === null ? `${track.px}px` : `minmax(${track.min}px, ${track.px}px)`;
}

/** The widest a track may ever take, whatever the rows in view: a resized width, else its limit. */
function widestAllowed(track: Track, widths: Readonly<Record<string, number>>): number {
  const id = track.column.id;
  if (id === 'title') return 0;
  if (widths[id] !== undefined && RESIZABLE.has(id)) return widest(track);
  return id in LIMITS ? LIMITS[id as FittedId].max : widest(track);
}

/** The narrowest a track takes (a column that gives way, its min); 0 for the title. */
function narrowest(track: Track): number {
  return track.column.id === 'title' ? 0 : (track.min ?? widest(track));
}

/** The widest a track takes (its default's upper bound when unmeasured); 0 for the title. */
function widest(track: Track): number {
  if (track.column.id === 'title') return 0;
  if (track.px !== null) return track.px;
  const bound = /(\d+(?:\.\d+)?)px\)?$/u.exec(track.column.width);
  return bound ? Number(bound[1]) : 0;
}

/**
 * The columns shown and their grid template: a column the consultant resized keeps its
 * width in pixels; the others fit their text in view (within limits); the title takes the
 * rest; 客户 stays narrow while no row in view names a client. Knowing the table's width,
 * 分类 is left out when the title would get less than `titleMin` (unless the consultant
 * sized it), and the title's narrowest is `titleMin` as far as 文号, 发文机关 and 客户 can
 * give way for it.
 */
export function layoutColumns(widths: Readonly<Record<string, number>>, fit: ContentFit): { columns: Column[]; template: string } {
  let tracks = COLUMNS.map((column) => trackOf(column, widths, fit));
  const { tableWidth, titleMin } = fit;
  if (tableWidth !== undefined && titleMin !== undefined) {
    if (widths.category === undefined) {
      // Decided on the widest each column may take, not on the rows in view: 分类 does not
      // come and go as the list scrolls, only as the window is resized.
      const others = tracks.reduce((sum, track) => sum + widestAllowed(track, widths), 0);
      if (tableWidth - others < titleMin) tracks = tracks.filter((track) => track.column.id !== 'category');
    }
    const least = tracks.reduce((sum, track) => sum + narrowest(track), 0);
    const floor = Math.round(Math.min(titleMin, Math.max(TITLE_MIN_PX, tableWidth - least)));
    tracks = tracks.map((track) => (track.column.id === 'title' && track.px === null ? { ...track, min: floor } : track));
  }
  return { columns: tracks.map((track) => track.column), template: tracks.map(trackText).join(' ') };
}

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, px)));
}
