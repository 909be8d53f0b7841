// Spreadsheets in and out: a 客户台账 read as rows of cells, a client's 政策清单 written as
// an .xlsx. The libraries (exceljs, Papa Parse) load on first use.
export { GridError, readGrid, type GridProblem } from './read-grid.ts';
export { policyListWorkbook, type PolicyListWords } from './write-policy-list.ts';
