// A client's 政策清单 as an .xlsx a client can use: a bold header row that stays in view
// (frozen pane), filters on every column, dates as real date cells (sortable, shown
// 2024-05-10), links that open, long text wrapped, printed one page wide. exceljs is loaded on first use.
import { POLICY_LIST_COLUMNS, type PolicyListColumn, type PolicyListRow } from '../../../shared/spreadsheet/policy-list.ts';
import type { Relevance } from '../../../shared/model/library.ts';

/** The words of the sheet, from the edge (renderer/platform/i18n). */
export type PolicyListWords = {
  sheetName: string;
  headers: Readonly<Record<PolicyListColumn, string>>;
  relevance: Readonly<Record<Relevance, string>>;
  source: Readonly<Record<PolicyListRow['source'], string>>;
  /** A title row above the table: 「某公司」政策清单（2024年5月10日）. */
  title: string;
};

const WIDTHS: Readonly<Record<PolicyListColumn, number>> = { title: 42, docNumber: 22, agencies: 20, date: 12, deadline: 12, support: 24, relevance: 8, source: 8, note: 30, link: 28 };
const WRAPPED = new Set<PolicyListColumn>(['title', 'agencies', 'support', 'note']);
const DATE_FORMAT = 'yyyy-mm-dd';

function dateCell(iso: string | null): Date | null {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return null;
  return new Date(`${iso}T00:00:00Z`);
}

export async function policyListWorkbook(rows: readonly PolicyListRow[], words: PolicyListWords): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(words.sheetName, {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }],
    // Printed across one A4 landscape page width, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = POLICY_LIST_COLUMNS.map((column) => ({ key: column, width: WIDTHS[column] }));
  sheet.mergeCells(1, 1, 1, POLICY_LIST_COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = words.title;
  title.font = { bold: true, size: 14, name: 'SimSun' };
  const header = sheet.getRow(2);
  POLICY_LIST_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = words.headers[column];
    cell.font = { bold: true, name: 'SimSun' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { vertical: 'middle' };
  });
  for (const row of rows) {
    const added = sheet.addRow({
      title: row.title,
      docNumber: row.docNumber,
      agencies: row.agencies,
      date: dateCell(row.date),
      deadline: dateCell(row.deadline),
      support: row.support,
      relevance: words.relevance[row.relevance],
      source: words.source[row.source],
      note: row.note,
      link: row.link ? { text: row.link, hyperlink: row.link } : null,
    });
    POLICY_LIST_COLUMNS.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      cell.font = column === 'link' && row.link ? { color: { argb: 'FF1F4E9E' }, underline: true, name: 'SimSun' } : { name: 'SimSun' };
      cell.alignment = { vertical: 'top', wrapText: WRAPPED.has(column) };
      if (column === 'date' || column === 'deadline') cell.numFmt = DATE_FORMAT;
    });
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: POLICY_LIST_COLUMNS.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
