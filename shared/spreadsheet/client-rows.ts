// A consultant's 客户台账 (an Excel sheet or a CSV) read as client profiles. The sheet is
// theirs, not ours: the header row may sit under a title, the columns come in any order
// and under many names (企业名称 / 公司名称 / 单位名称), the region may be one column
// (广东省深圳市南山区) or three, sizes and dates are written every which way. This reads
// what it can, says per row what it could not (as data, worded at the edge), and never
// drops a row that has a name. The columns it guessed can be changed before importing.
import type { Client } from '../model/library.ts';
import { placesIn } from '../model/region.ts';
import { companySizeOf, type CompanySize } from '../match/vocabulary.ts';
import { foldWidth } from '../text/normalize.ts';

/** A cell as the sheet reader hands it over: text, a number, a date, or nothing. */
export type Cell = string | number | boolean | Date | null;

export const CLIENT_COLUMNS = ['name', 'region', 'province', 'city', 'district', 'industry', 'qualifications', 'size', 'founded', 'contact', 'phone', 'keywords', 'notes'] as const;
export type ClientColumn = (typeof CLIENT_COLUMNS)[number];

/** Which column of the sheet feeds each field (0-based), or absent. */
export type ColumnMapping = Partial<Record<ClientColumn, number>>;

/**
 * Header names per field, compared after folding width and dropping spaces, marks such
 * as * and a bracketed note (企业名称（全称） → 企业名称). A header that contains one of these
 * is taken too when nothing matches whole, longest first.
 */
const HEADER_NAMES: Readonly<Record<ClientColumn, readonly string[]>> = {
  name: ['企业名称', '公司名称', '客户名称', '单位名称', '企业全称', '公司全称', '客户', '企业', '名称'],
  region: ['所在地区', '所属地区', '所在区域', '所属区域', '注册地址', '注册地', '所在地', '地址', '地区', '区域', '属地'],
  province: ['所在省份', '省份', '省/直辖市', '省市', '省'],
  city: ['所在城市', '所在地市', '地市', '城市', '市'],
  district: ['所在区县', '区/县', '县/区', '区县', '县区', '区'],
  industry: ['所属行业', '行业类别', '行业分类', '主营行业', '行业领域', '国民经济行业', '行业'],
  qualifications: ['企业资质', '资质荣誉', '荣誉资质', '资质认定', '资质情况', '企业标签', '资质', '荣誉', '标签'],
  size: ['企业规模', '规模类型', '企业类型（规模）', '规模'],
  founded: ['成立时间', '成立日期', '成立年份', '注册时间', '注册日期', '成立年度'],
  contact: ['联系人姓名', '联系人', '对接人', '负责人'],
  phone: ['联系电话', '联系方式', '手机号码', '手机', '电话'],
  keywords: ['业务关键词', '关键词', '关键字', '主营业务', '主营产品', '主要产品', '经营范围'],
  notes: ['备注', '说明', '其他'],
};

/** One client as read from a row: the client's fields a sheet can hold. */
export type ClientRowValues = Pick<Client, 'name' | 'region' | 'industry' | 'qualifications' | 'size' | 'foundedYear' | 'keywords' | 'contactPerson' | 'notes'>;

/** What could not be read of a row; the row is still imported (except `no-name`). */
export type ClientRowProblem =
  | { kind: 'no-name' }
  | { kind: 'duplicate-name'; firstRow: number }
  | { kind: 'size-unknown'; text: string }
  | { kind: 'year-unknown'; text: string }
  | { kind: 'region-unknown'; text: string };

export type ClientRow = {
  /** 1-based, as the spreadsheet numbers its rows. */
  row: number;
  /** Null when the row cannot be imported (no name, or the name again). */
  values: ClientRowValues | null;
  problems: ClientRowProblem[];
};

export type ClientTable = {
  /** 1-based row of the header; 0 when none was found. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  rows: ClientRow[];
};

const HEADER_SCAN_ROWS = 10;
const LIST_SEPARATORS = /[、,，;；/|｜\s\u3000]+/u;

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function headerKey(text: string): string {
  return foldWidth(text)
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/[\s*＊:：]/gu, '')
    .trim();
}

/** The field a header names, whole first, then by containing a name (the longest found). */
function fieldOfHeader(text: string): ClientColumn | null {
  const key = headerKey(text);
  if (key === '') return null;
  for (const column of CLIENT_COLUMNS) if (HEADER_NAMES[column].includes(key)) return column;
  let best: { column: ClientColumn; length: number } | null = null;
  for (const column of CLIENT_COLUMNS) {
    for (const name of HEADER_NAMES[column]) {
      if (name.length >= 2 && key.includes(name) && (!best || name.length > best.length)) best = { column, length: name.length };
    }
  }
  return best?.column ?? null;
}

/** Guesses each field's column from a header row; the first column naming a field wins. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, at) => {
    const field = fieldOfHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = at;
  });
  return mapping;
}

/** The header row: the first of the top rows naming the client's name and one other field. */
function findHeaderRow(grid: readonly (readonly Cell[])[]): number {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const mapping = guessMapping((grid[r] ?? []).map(cellText));
    if (mapping.name !== undefined && Object.keys(mapping).length >= 2) return r;
  }
  return -1;
}

function splitList(text: string): string[] {
  return [...new Set(text.split(LIST_SEPARATORS).map((part) => part.trim()).filter((part) => part !== ''))];
}

/** 2016, 2016-03-01, 2016年3月, 2016/3, a date cell, or an Excel day number read as a number. */
export function foundedYearOf(cell: Cell | undefined): number | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.getUTCFullYear();
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1800 && cell <= 2200) return cell;
    // A date cell read as its serial number (days since 1899-12-30).
    if (cell > 2200 && cell < 80000) return new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86400000).getUTCFullYear();
    return null;
  }
  const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/u.exec(foldWidth(cellText(cell)));
  return year ? Number(year[1]) : null;
}

const SIZE_WORDS: readonly [RegExp, CompanySize][] = [
  [/^(大型|大)(企业)?$/u, 'large'],
  [/^(中型|中)(企业)?$/u, 'medium'],
  [/^(小型|小)(企业)?$/u, 'small'],
  [/^(微型|微)(企业)?$/u, 'micro'],
];

/** 大型/中型/小型/微型 (with or without 企业), or the codes; null otherwise. */
export function sizeOf(text: string): CompanySize | null {
  const key = headerKey(text).toLowerCase();
  const code = companySizeOf(key);
  if (code) return code;
  return SIZE_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** A size word the sizes cannot hold (小微, 中小) is a qualification the matcher reads. */
const SIZE_AS_QUALIFICATION: Readonly<Record<string, string>> = { 小微: '小微企业', 小微企业: '小微企业', 中小: '中小企业', 中小企业: '中小企业', 中小微: '中小企业', 中小微企业: '中小企业' };

type Region = ClientRowValues['region'];

/** Province, city and district from one text (广东省深圳市南山区), by the gazetteer. */
export function regionOfText(text: string): Region | null {
  const places = placesIn(foldWidth(text).replace(/\s+/gu, ''));
  if (places.length === 0) return null;
  const province = places[0]?.province ?? '';
  const inProvince = places.filter((place) => place.province === province);
  const city = inProvince.find((place) => place.city !== null)?.city ?? '';
  const district = inProvince.find((place) => place.district !== null)?.district ?? '';
  return { province, city, district };
}

function readRegion(cells: readonly Cell[], mapping: ColumnMapping, problems: ClientRowProblem[]): Region {
  const at = (field: ClientColumn): string => (mapping[field] === undefined ? '' : cellText(cells[mapping[field]]));
  const parts = { province: at('province'), city: at('city'), district: at('district') };
  const whole = at('region');
  const text = [parts.province, parts.city, parts.district, whole].filter((part) => part !== '').join('');
  if (text === '') return { province: '', city: '', district: '' };
  const found = regionOfText(text);
  if (!found) {
    problems.push({ kind: 'region-unknown', text });
    // Kept as typed: the consultant sees it in the form and can pick the province.
    return { province: '', city: parts.city || whole, district: parts.district };
  }
  return { province: found.province, city: found.city || parts.city, district: found.district || parts.district };
}

function readRow(cells: readonly Cell[], mapping: ColumnMapping, problems: ClientRowProblem[]): ClientRowValues | null {
  const at = (field: ClientColumn): string => (mapping[field] === undefined ? '' : cellText(cells[mapping[field]]));
  const name = foldWidth(at('name')).replace(/\s+/gu, ' ').trim();
  if (name === '') {
    problems.push({ kind: 'no-name' });
    return null;
  }
  const qualifications = splitList(at('qualifications'));
  const sizeText = at('size');
  let size: CompanySize | null = null;
  if (sizeText !== '') {
    size = sizeOf(sizeText);
    const asQualification = SIZE_AS_QUALIFICATION[headerKey(sizeText)];
    if (!size && asQualification) {
      if (!qualifications.includes(asQualification)) qualifications.push(asQualification);
    } else if (!size) {
      problems.push({ kind: 'size-unknown', text: sizeText });
    }
  }
  const foundedCell = mapping.founded === undefined ? null : (cells[mapping.founded] ?? null);
  const foundedYear = foundedYearOf(foundedCell);
  if (foundedYear === null && cellText(foundedCell) !== '') problems.push({ kind: 'year-unknown', text: cellText(foundedCell) });
  const contactPerson = [at('contact'), at('phone')].filter((part) => part !== '').join(' ');
  return {
    name,
    region: readRegion(cells, mapping, problems),
    industry: at('industry'),
    qualifications,
    size,
    foundedYear,
    keywords: splitList(at('keywords')),
    contactPerson,
    notes: at('notes'),
  };
}

/**
 * Reads a sheet (rows of cells). `mapping` overrides the guessed columns (the preview's
 * choices); rows under the header that are wholly empty are skipped without a word.
 */
export function readClientTable(grid: readonly (readonly Cell[])[], mapping?: ColumnMapping): ClientTable {
  const header = findHeaderRow(grid);
  const headers = header < 0 ? [] : (grid[header] ?? []).map(cellText);
  const used = mapping ?? guessMapping(headers);
  const rows: ClientRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = header + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const problems: ClientRowProblem[] = [];
    let values = readRow(cells, used, problems);
    if (values) {
      const first = firstRowOf.get(values.name);
      if (first !== undefined) {
        problems.unshift({ kind: 'duplicate-name', firstRow: first });
        values = null;
      } else {
        firstRowOf.set(values.name, r + 1);
      }
    }
    rows.push({ row: r + 1, values, problems });
  }
  return { headerRow: header + 1, headers, mapping: used, rows };
}
