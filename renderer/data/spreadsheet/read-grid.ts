// A spreadsheet file as rows of cells, for reading a 客户台账: an Excel workbook (.xlsx,
// through exceljs, loaded on first use) or a CSV (through Papa Parse, after decoding
// UTF-8, UTF-16 or GB18030: what Excel in China saves). The first sheet with data is
// read; a formula gives its last result, a link its text, rich text its plain text.
import type { Cell } from '../../../shared/spreadsheet/client-rows.ts';
import { decodeText } from '../../../shared/text/decode.ts';
import { extensionOf } from '../../../shared/ipc/files.ts';
import type Papa from 'papaparse';

export type GridProblem = { kind: 'old-excel' } | { kind: 'not-a-table' } | { kind: 'unreadable'; detail: string };

export class GridError extends Error {
  constructor(readonly problem: GridProblem) {
    super(`spreadsheet: ${problem.kind}`);
  }
}

type ParseCsv = (typeof Papa)['parse'];

type ExcelValue = Cell | { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: unknown; hyperlink?: unknown } | undefined;

function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellOf(value.result as ExcelValue);
  if (typeof value.text === 'string') return value.text;
  if (value.text && typeof value.text === 'object') return cellOf(value.text);
  return null;
}

async function readWorkbook(bytes: Uint8Array): Promise<Cell[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new GridError({ kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
  for (const sheet of workbook.worksheets) {
    const grid: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell.value);
      });
      grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    const filled = Array.from(grid, (row) => row ?? []);
    if (filled.some((row) => row.some((cell) => cell !== null && String(cell).trim() !== ''))) return filled;
  }
  return [];
}

function readCsv(text: string, parse: ParseCsv): Cell[][] {
  const result = parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: false });
  return result.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell)));
}

/** The rows of the file's first sheet with data; throws GridError when it cannot be read. */
export async function readGrid(fileName: string, bytes: Uint8Array): Promise<Cell[][]> {
  const extension = extensionOf(fileName);
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (extension === 'xls' || ole) throw new GridError({ kind: 'old-excel' });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const grid = zip ? await readWorkbook(bytes) : extension === 'xlsx' ? [] : readCsv(decodeText(bytes).text, (await import('papaparse')).default.parse);
  if (grid.length === 0) throw new GridError({ kind: 'not-a-table' });
  return grid;
}
