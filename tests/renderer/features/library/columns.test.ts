// The library table's columns (columns.ts, column-widths.ts): every column but the title
// as wide as its text in view (within limits), the title the rest; 分类 left out when the
// title would show fewer than 30 characters; a dragged width kept in pixels within limits
// and remembered across sessions; 客户 narrow while no row in view names a client.
import '../../../support/browser-globals.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COLUMNS, GRID_TEMPLATE, MAX_COLUMN_PX, MIN_COLUMN_PX, layoutColumns, type ContentFit } from '../../../../renderer/features/library/columns.ts';

const tracks = (template: string): string[] => template.match(/(minmax\([^)]*\)|\S+)/g) ?? [];
const layout = (widths: Record<string, number>, fit: ContentFit) => {
  const { columns, template } = layoutColumns(widths, fit);
  const sizes = tracks(template);
  expect(sizes).toHaveLength(columns.length);
  return { ids: columns.map((column) => column.id), widthOf: (id: string) => sizes[columns.findIndex((column) => column.id === id)] };
};

/** What the rows of the three real bulletins measure at 1440 px (Noto Sans CJK, 12 px). */
const MEASURED: ContentFit = { clientsEmpty: true, docNumber: 173, agencies: 176, date: 80, deadline: 93, category: 78 };

describe('layoutColumns', () => {
  it('is the default template when nothing was measured or dragged', () => {
    const { ids } = layout({}, { clientsEmpty: false });
    expect(ids).toEqual(COLUMNS.map((column) => column.id));
    expect(layoutColumns({}, { clientsEmpty: false }).template).toBe(GRID_TEMPLATE);
  });

  it('keeps 客户 narrow while no row in view has a client', () => {
    expect(layout({}, { clientsEmpty: true }).widthOf('clients')).toBe('56px');
    expect(layout({}, { clientsEmpty: true }).widthOf('title')).toBe('minmax(220px, 1fr)');
  });

  it('gives a dragged column its pixels, within limits, and never resizes the check boxes', () => {
    const { widthOf } = layout({ title: 480, docNumber: 10, agencies: 5000, select: 300, clients: 120 }, { clientsEmpty: true, docNumber: 150 });
    expect(widthOf('title')).toBe('480px');
    expect(widthOf('docNumber')).toBe(`${MIN_COLUMN_PX}px`);
    expect(widthOf('agencies')).toBe(`${MAX_COLUMN_PX}px`);
    expect(widthOf('select')).toBe('32px');
    // A width the consultant chose for 客户 wins over the narrow default.
    expect(widthOf('clients')).toBe('120px');
  });
});

describe('widths from content', () => {
  it('fits 文号, 发文机关 and 客户 to their longest text in view, within limits; they give way before the title', () => {
    const { widthOf } = layout({}, { clientsEmpty: false, docNumber: 181.6, agencies: 40, clients: 300 });
    expect(widthOf('docNumber')).toBe('minmax(96px, 182px)');
    expect(widthOf('agencies')).toBe('96px');
    // A long client name is cut at about six characters; a short one gets what it needs.
    expect(widthOf('clients')).toBe('minmax(64px, 108px)');
    expect(layout({}, { clientsEmpty: false, clients: 82 }).widthOf('clients')).toBe('minmax(64px, 82px)');
    expect(layout({}, { clientsEmpty: false, docNumber: 900 }).widthOf('docNumber')).toBe('minmax(96px, 240px)');
    expect(widthOf('title')).toBe('minmax(220px, 1fr)');
  });

  it('sizes the dates and 分类 to their text, which keep their width', () => {
    const { widthOf } = layout({}, MEASURED);
    expect([widthOf('date'), widthOf('deadline'), widthOf('category')]).toEqual(['80px', '93px', '78px']);
  });
});

describe('分类 gives way to the title', () => {
  // 30 characters of the title's 13 px font, with the cell's padding.
  const titleMin = 390 + 18;

  it('is left out at 1440 px, where the title would otherwise show fewer than 30 characters', () => {
    // 1440 − sidebar 188 − rail 196 − scroll bar 10.
    const { ids } = layout({}, { ...MEASURED, tableWidth: 1046, titleMin });
    expect(ids).not.toContain('category');
    const others = 32 + 173 + 150 + 80 + 93 + 56;
    expect(1046 - others).toBeGreaterThanOrEqual(titleMin);
  });

  it('is shown in a wide window, and when the consultant sized it', () => {
    expect(layout({}, { ...MEASURED, tableWidth: 1500, titleMin }).ids).toContain('category');
    expect(layout({ category: 90 }, { ...MEASURED, tableWidth: 1046, titleMin }).widthOf('category')).toBe('90px');
  });

  it('does not come and go with the rows in view, only with the window', () => {
    const narrowRows: ContentFit = { clientsEmpty: true, docNumber: 100, agencies: 100, date: 80, deadline: 80, category: 60 };
    const wideRows: ContentFit = { clientsEmpty: false, docNumber: 240, agencies: 150, clients: 108, date: 80, deadline: 93, category: 78 };
    for (const tableWidth of [1046, 1300, 1500, 1800]) {
      expect(layout({}, { ...narrowRows, tableWidth, titleMin }).ids.includes('category'), String(tableWidth)).toBe(layout({}, { ...wideRows, tableWidth, titleMin }).ids.includes('category'));
    }
  });

  it('stays when the table’s width is not known', () => {
    expect(layout({}, MEASURED).ids).toContain('category');
  });

  it('keeps the title’s 30 characters, 文号, 发文机关 and 客户 giving way first', () => {
    // A long client name and a long 发文机关 in view at 1440 px: the title still gets its 30.
    const crowded = { ...MEASURED, clientsEmpty: false, clients: 140, agencies: 200, docNumber: 230, tableWidth: 1046, titleMin };
    const { widthOf } = layout({}, crowded);
    expect(widthOf('title')).toBe(`minmax(${titleMin}px, 1fr)`);
    expect([widthOf('docNumber'), widthOf('agencies'), widthOf('clients')]).toEqual(['minmax(96px, 230px)', 'minmax(96px, 150px)', 'minmax(64px, 108px)']);
    // In a window too narrow even for that, the title keeps what the others leave (never under 220).
    const least = 32 + 96 + 96 + 80 + 93 + 64;
    expect(layout({}, { ...crowded, tableWidth: 700 }).widthOf('title')).toBe(`minmax(${700 - least}px, 1fr)`);
    expect(layout({}, { ...crowded, tableWidth: 500 }).widthOf('title')).toBe('minmax(220px, 1fr)');
  });
});

describe('text width', () => {
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
