// Spreadsheets through the libraries the app ships: a 客户台账 workbook as Excel writes
// one (a title row, merged cells, rich text, a formula, a link, a date cell) and a CSV
// saved by Excel in China (GB18030) read into rows; a 政策清单 written with a frozen
// header, filters, date cells and links, read back by exceljs and rendered by LibreOffice.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { GridError, policyListWorkbook, readGrid } from '../../../../renderer/data/spreadsheet/index.ts';
import { readClientTable } from '../../../../shared/spreadsheet/client-rows.ts';
import { policyListRows } from '../../../../shared/spreadsheet/policy-list.ts';
import { convertToPdf, disposeLibreOffice, pdfText, requireTools } from '../../../support/libreoffice.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/spreadsheets');

afterAll(disposeLibreOffice);

async function clientWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明');
  const sheet = workbook.addWorksheet('客户台账');
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = '重点服务企业台账（2024）';
  sheet.addRow([]);
  sheet.getRow(2).values = ['企业名称', '所在地区', '成立日期', '资质', '官网'];
  sheet.getRow(3).values = [
    { richText: [{ text: '深圳市联芯' }, { text: '智通科技有限公司', font: { bold: true } }] },
    '广东省深圳市宝安区',
    new Date(Date.UTC(2013, 2, 1)),
    { formula: '"高新技术企业、"&"专精特新"', result: '高新技术企业、专精特新' },
    { text: '官网', hyperlink: 'https://example.com' },
  ];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readGrid', () => {
  it('reads the first sheet with data of a workbook, cells as their text, dates as dates', async () => {
    const grid = await readGrid('台账.xlsx', await clientWorkbook());
    const table = readClientTable(grid);
    expect(table.headerRow).toBe(2);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.values).toMatchObject({
      name: '深圳市联芯智通科技有限公司',
      region: { province: '广东', city: '深圳', district: '宝安区' },
      foundedYear: 2013,
      qualifications: ['高新技术企业', '专精特新'],
    });
  });

  it('reads a CSV saved in GB18030', async () => {
    const grid = await readGrid('台账.csv', new Uint8Array(readFileSync(path.join(FIXTURES, 'clients-gb18030.csv'))));
    const table = readClientTable(grid);
    expect(table.rows.map((row) => [row.values?.name, row.values?.size, row.values?.foundedYear, row.values?.region.province])).toEqual([
      ['厦门海之味食品有限公司', 'small', 2011, '福建'],
      ['成都康析生物科技有限公司', 'micro', 2022, '四川'],
    ]);
  });

  it('refuses an old .xls, an empty file and a broken workbook with what to do', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readGrid('台账.xls', ole)).rejects.toEqual(new GridError({ kind: 'old-excel' }));
    await expect(readGrid('台账.csv', new Uint8Array())).rejects.toMatchObject({ problem: { kind: 'not-a-table' } });
    await expect(readGrid('台账.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).rejects.toMatchObject({ problem: { kind: 'unreadable' } });
  });
});

describe('policyListWorkbook', () => {
  const rows = policyListRows(
    [
      {
        noticeId: 'n1',
        title: '关于组织申报2024年度专精特新中小企业的通知',
        docNumber: '粤工信融资函〔2024〕12号',
        agencies: ['广东省工业和信息化厅'],
        date: '2024-04-02',
        deadline: '2024-05-31',
        url: 'https://gdii.gd.gov.cn/x.html',
        support: '奖励（最高 50 万元）',
        relevance: 'high',
        source: 'tagged',
        note: '建议本批申报',
      },
    ],
    [{ noticeId: 'n2', title: '关于开展2024年高新技术企业认定工作的通知', docNumber: null, agencies: ['深圳市科技创新局'], date: '2024-03-01', deadline: null, url: null, support: '', relevance: 'medium', source: 'suggested', note: '' }],
    '2024-05-10',
  );
  const words = {
    sheetName: '政策清单',
    title: '深圳市联芯智通科技有限公司 政策清单（截至 2024年5月10日）',
    headers: { title: '标题', docNumber: '文号', agencies: '发文机关', date: '发文日期', deadline: '申报截止', support: '支持内容', relevance: '相关度', source: '来源', note: '顾问点评', link: '链接' },
    relevance: { high: '高', medium: '中', low: '低' },
    source: { tagged: '已关联', suggested: '推荐' },
  } as const;

  it('writes a header that stays in view, filters, date cells and links', async () => {
    const bytes = await policyListWorkbook(rows, words);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet('政策清单');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(2).values).toEqual([undefined, '标题', '文号', '发文机关', '发文日期', '申报截止', '支持内容', '相关度', '来源', '顾问点评', '链接']);
    const first = sheet.getRow(3);
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2024, 3, 2)));
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(10).value).toEqual({ text: 'https://gdii.gd.gov.cn/x.html', hyperlink: 'https://gdii.gd.gov.cn/x.html' });
    expect([first.getCell(7).value, first.getCell(8).value, first.getCell(9).value]).toEqual(['高', '已关联', '建议本批申报']);
    expect(sheet.getRow(4).getCell(8).value).toBe('推荐');
    expect(sheet.getRow(4).getCell(9).value).toBe('');
  });

  it('opens in LibreOffice with its title, dates and rows', async () => {
    await requireTools();
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-list-'));
    try {
      const file = path.join(dir, 'policy-list.xlsx');
      writeFileSync(file, await policyListWorkbook(rows, words));
      const text = await pdfText(await convertToPdf(file, dir));
      expect(text).toContain('政策清单（截至 2024年5月10日）');
      expect(text).toContain('粤工信融资函〔2024〕12号');
      expect(text).toContain('2024-05-31');
      expect(text).toContain('建议本批申报');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
