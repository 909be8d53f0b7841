// Tables that cannot run off the page: fixed layout, every column in DXA (twips),
// the widths summing exactly to the text width, so Word, WPS, LibreOffice and
// docx-preview all draw the same grid and wrap Chinese inside the cells.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { STYLE } from './styles.ts';
import type { BriefingTemplate } from './templates.ts';
import { ptToTwips } from './measures.ts';

/** Cell padding left and right, in twips. */
export const CELL_PAD_X = 60;
const CELL_PAD_Y = 40;

/**
 * A column: either sized to hold `ems` characters of the table's type size (numbers,
 * dates, 高/中/低), or a share of what is left (`weight`), for wrapping Chinese text.
 */
export type ColumnSpec = { heading: string; align?: 'left' | 'center' } & ({ ems: number } | { weight: number });

/** Column widths in twips that add up to exactly `total`. */
export function columnWidths(columns: readonly ColumnSpec[], total: number, fontPt: number): number[] {
  const fixed = columns.map((column) => ('ems' in column ? Math.round(ptToTwips(column.ems * fontPt)) + 2 * CELL_PAD_X : 0));
  const rest = total - fixed.reduce((sum, width) => sum + width, 0);
  const weights = columns.map((column) => ('weight' in column ? column.weight : 0));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = columns.map((_, i) => (weightSum > 0 && (weights[i] ?? 0) > 0 ? Math.floor((rest * (weights[i] ?? 0)) / weightSum) : (fixed[i] ?? 0)));
  // Rounding leftovers go to the widest column, so the sum is exact.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

function cellParagraphs(content: string | readonly ParagraphChild[], style: string, align: 'left' | 'center'): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  if (typeof content !== 'string') return [new Paragraph({ style, alignment, children: [...content] })];
  return content.split('\n').map((line) => new Paragraph({ style, alignment, text: line }));
}

export type CellContent = string | readonly ParagraphChild[];

/** A bordered grid table with a shaded heading row that repeats on every page. */
export function gridTable(t: BriefingTemplate, columns: readonly ColumnSpec[], rows: readonly (readonly CellContent[])[], totalWidth: number): Table {
  const widths = columnWidths(columns, totalWidth, t.sizePt.table);
  const line = { style: BorderStyle.SINGLE, size: 4, color: t.color.tableBorder };
  const cell = (content: CellContent, i: number, heading: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(heading ? { shading: { fill: t.color.tableHeaderFill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      children: cellParagraphs(content, heading ? STYLE.tableHead : STYLE.tableText, heading ? 'center' : (columns[i]?.align ?? 'left')),
    });
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: CELL_PAD_Y, bottom: CELL_PAD_Y, left: CELL_PAD_X, right: CELL_PAD_X },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, i) => cell(column.heading, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content, i) => cell(content, i, false)) })),
    ],
  });
}

/** A one-cell shaded box with a coloured rule on its left: for the consultant's note. */
export function boxTable(t: BriefingTemplate, children: Paragraph[], totalWidth: number): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const thin = { style: BorderStyle.SINGLE, size: 4, color: t.color.noteBorder };
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: [totalWidth],
    layout: TableLayoutType.FIXED,
    margins: { top: 90, bottom: 90, left: 160, right: 160 },
    borders: { top: thin, bottom: thin, right: thin, left: { style: BorderStyle.SINGLE, size: 24, color: t.color.noteBorder }, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: false,
        children: [new TableCell({ width: { size: totalWidth, type: WidthType.DXA }, shading: { fill: t.color.noteFill, type: ShadingType.CLEAR, color: 'auto' }, children })],
      }),
    ],
  });
}
