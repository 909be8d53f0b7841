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
