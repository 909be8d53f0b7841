// The notice list's columns: header text, the sort key a header click uses (客户 and the
// check boxes have none), and the width each takes in the grid template. The text
// columns share the width in proportion (the title most) and never shrink below a
// readable minimum, so all of them fit a 1280 px window.
import { zh } from '../../platform/i18n/index.ts';
import type { SortKey } from '../../../shared/search/index.ts';

export type Column = { id: string; label: string; sortKey: SortKey | null; width: string };

export const COLUMNS: readonly Column[] = [
  // The check boxes that choose notices for 关联客户 / 取消关联 (see NoticeTable).
  { id: 'select', label: zh.library.columns.select, sortKey: null, width: '36px' },
  { id: 'title', label: zh.library.columns.title, sortKey: 'title', width: 'minmax(220px, 2.2fr)' },
  { id: 'docNumber', label: zh.library.columns.docNumber, sortKey: 'docNumber', width: 'minmax(128px, 1.25fr)' },
  { id: 'agencies', label: zh.library.columns.agencies, sortKey: 'agencies', width: 'minmax(112px, 1.1fr)' },
  { id: 'date', label: zh.library.columns.date, sortKey: 'date', width: '96px' },
  { id: 'category', label: zh.library.columns.category, sortKey: 'category', width: '100px' },
  { id: 'deadline', label: zh.library.columns.deadline, sortKey: 'deadline', width: '104px' },
  { id: 'clients', label: zh.library.columns.clients, sortKey: null, width: 'minmax(80px, 0.7fr)' },
];

export const GRID_TEMPLATE = COLUMNS.map((column) => column.width).join(' ');

/** Columns the consultant may drag wider or narrower (not the check boxes). */
export const RESIZABLE = new Set(COLUMNS.filter((column) => column.id !== 'select').map((column) => column.id));
export const MIN_COLUMN_PX = 56;
export const MAX_COLUMN_PX = 900;
/** 客户 when no notice in view has a client: room for the header, not for names. */
const EMPTY_CLIENTS_WIDTH = '64px';

/** What the rows in view need: 文号 and 发文机关 as wide as their longest text (px), and whether any names a client. */
export type ContentFit = { clientsEmpty: boolean; docNumber?: number; agencies?: number };

/** A content width never takes more than this from the title, nor less than the header needs. */
const CONTENT_LIMITS: Record<'docNumber' | 'agencies', { min: number; max: number }> = {
  docNumber: { min: 96, max: 240 },
  // Agency names are long and the title matters more: a name past this is cut, shown whole on hover.
  agencies: { min: 96, max: 168 },
};

/**
 * The grid template: a column the consultant resized keeps its width in pixels; 文号 and
 * 发文机关 fit their longest text in view (within limits); the title takes the rest; 客户
 * stays narrow while no row in view names a client.
 */
export function gridTemplate(widths: Readonly<Record<string, number>>, fit: ContentFit): string {
  return COLUMNS.map((column) => {
    const own = widths[column.id];
    if (own !== undefined && RESIZABLE.has(column.id)) return `${clampWidth(own)}px`;
    if (column.id === 'clients' && fit.clientsEmpty) return EMPTY_CLIENTS_WIDTH;
    if (column.id === 'docNumber' || column.id === 'agencies') {
      const needed = fit[column.id];
      const { min, max } = CONTENT_LIMITS[column.id];
      // Up to what the text needs; in a narrow window it gives way (down to min) before the title does.
      if (needed !== undefined) return `minmax(${min}px, ${Math.round(Math.min(max, Math.max(min, needed)))}px)`;
    }
    return column.width;
  }).join(' ');
}

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, px)));
}
