// The library table's column widths (columns.ts, column-widths.ts): from content and
// window by default, a dragged width kept in pixels within limits and remembered across
// sessions, and the 客户 column narrow while no row in view names a client.
import '../../../support/browser-globals.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COLUMNS, GRID_TEMPLATE, MAX_COLUMN_PX, MIN_COLUMN_PX, gridTemplate } from '../../../../renderer/features/library/columns.ts';

const columnIndex = (id: string) => COLUMNS.findIndex((column) => column.id === id);
const widthOf = (template: string, id: string) => template.split(' ').filter(Boolean).join(' ').match(/(minmax\([^)]*\)|\S+)/g)?.[columnIndex(id)];

describe('gridTemplate', () => {
  it('is the default template when nothing was dragged and some row names a client', () => {
    expect(gridTemplate({}, { clientsEmpty: false })).toBe(GRID_TEMPLATE);
  });

  it('keeps 客户 narrow while no row in view has a client, the title taking the room', () => {
    expect(widthOf(gridTemplate({}, { clientsEmpty: true }), 'clients')).toBe('64px');
    expect(widthOf(gridTemplate({}, { clientsEmpty: true }), 'title')).toBe(widthOf(GRID_TEMPLATE, 'title'));
  });

  it('gives a dragged column its pixels, within limits, and never resizes the check boxes', () => {
    const template = gridTemplate({ title: 480, docNumber: 10, agencies: 5000, select: 300, clients: 120 }, { clientsEmpty: true, docNumber: 150 });
    expect(widthOf(template, 'title')).toBe('480px');
    expect(widthOf(template, 'docNumber')).toBe(`${MIN_COLUMN_PX}px`);
    expect(widthOf(template, 'agencies')).toBe(`${MAX_COLUMN_PX}px`);
    expect(widthOf(template, 'select')).toBe('36px');
    // A width the consultant chose for 客户 wins over the narrow default.
    expect(widthOf(template, 'clients')).toBe('120px');
  });
});

describe('widths from content', () => {
  it('fits 文号 and 发文机关 to their longest text in view, within limits; the title takes the rest', () => {
    const template = gridTemplate({}, { clientsEmpty: false, docNumber: 181.6, agencies: 40 });
    expect(widthOf(template, 'docNumber')).toBe('minmax(96px, 182px)');
    expect(widthOf(template, 'agencies')).toBe('minmax(96px, 96px)');
    expect(widthOf(gridTemplate({}, { clientsEmpty: false, docNumber: 900 }), 'docNumber')).toBe('minmax(96px, 240px)');
    expect(widthOf(template, 'title')).toBe(widthOf(GRID_TEMPLATE, 'title'));
  });

  it('measures text: a CJK character about one em, a digit about half', async () => {
    const { textWidthPx } = await import('../../../../renderer/features/library/text-width.ts');
    const wide = textWidthPx('鲁工信产〔2019〕146号', '14px sans-serif', 14);
    expect(wide).toBeGreaterThan(7 * 14);
    expect(wide).toBeLessThan(14 * 14);
  });
});

describe('remembered widths', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('survive a restart (localStorage), and a double click forgets one', async () => {
    const first = await import('../../../../renderer/features/library/column-widths.ts');
    first.useColumnWidths.getState().setWidth('docNumber', 210.4);
    first.useColumnWidths.getState().setWidth('title', 400);
    vi.resetModules();
    const again = await import('../../../../renderer/features/library/column-widths.ts');
    expect(again.useColumnWidths.getState().widths).toEqual({ docNumber: 210, title: 400 });
    again.useColumnWidths.getState().reset('title');
    expect(JSON.parse(localStorage.getItem(again.COLUMN_WIDTHS_KEY) ?? '{}')).toEqual({ docNumber: 210 });
  });

  it('ignore what is not theirs in storage', async () => {
    localStorage.setItem('policy-desk:column-widths', JSON.stringify({ title: 'wide', select: 200, nonsense: 3, date: 120 }));
    const { useColumnWidths } = await import('../../../../renderer/features/library/column-widths.ts');
    expect(useColumnWidths.getState().widths).toEqual({ date: 120 });
    localStorage.setItem('policy-desk:column-widths', '{not json');
    vi.resetModules();
    const broken = await import('../../../../renderer/features/library/column-widths.ts');
    expect(broken.useColumnWidths.getState().widths).toEqual({});
  });
});
