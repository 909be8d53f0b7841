// The notice list's columns: header text, the sort key a header click uses (客户 has
// none), and the width each takes in the grid template.
import { zh } from '../../../i18n/zh-CN.ts';
import type { SortKey } from '../../services/notice-queries.ts';

export type Column = { id: string; label: string; sortKey: SortKey | null; width: string };

export const COLUMNS: readonly Column[] = [
  { id: 'title', label: zh.library.columns.title, sortKey: 'title', width: 'minmax(260px, 1fr)' },
  { id: 'docNumber', label: zh.library.columns.docNumber, sortKey: 'docNumber', width: '164px' },
  { id: 'agencies', label: zh.library.columns.agencies, sortKey: 'agencies', width: '160px' },
  { id: 'date', label: zh.library.columns.date, sortKey: 'date', width: '94px' },
  { id: 'category', label: zh.library.columns.category, sortKey: 'category', width: '92px' },
  { id: 'deadline', label: zh.library.columns.deadline, sortKey: 'deadline', width: '104px' },
  { id: 'clients', label: zh.library.columns.clients, sortKey: null, width: '104px' },
];

export const GRID_TEMPLATE = COLUMNS.map((column) => column.width).join(' ');
