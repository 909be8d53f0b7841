// Reading a consultant's 客户台账: header found under a title, columns in any order and
// under their many names, regions in one column or three, sizes, years and lists as
// people type them, and every row either read or said why not.
import { describe, expect, it } from 'vitest';
import { foundedYearOf, guessMapping, readClientTable, regionOfText, sizeOf, type Cell } from '../../../shared/spreadsheet/client-rows.ts';

describe('readClientTable', () => {
  it('finds the header under a title row and reads columns in any order', () => {
    const grid: Cell[][] = [
      ['2024年重点服务企业台账', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['序号', '关键词', '*企业名称（全称）', '所在地区', '企业规模', '成立日期', '资质荣誉', '联系人', '联系电话'],
      [1, '污水处理设备、MBR', '北京清澄环境设备有限公司', '北京市大兴区', '小型', new Date(Date.UTC(2010, 4, 6)), '高新技术企业，科技型中小企业', '王工', '010-00000000'],
      [2, '底盘 悬架', '柳州桂驰底盘系统股份有限公司', '广西壮族自治区柳州市柳南区', '中型企业', 2008, '专精特新', null, null],
    ];
    const table = readClientTable(grid);
    expect(table.headerRow).toBe(3);
    expect(table.mapping).toMatchObject({ name: 2, keywords: 1, region: 3, size: 4, founded: 5, qualifications: 6, contact: 7, phone: 8 });
    expect(table.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(table.rows[0]?.values).toEqual({
      name: '北京清澄环境设备有限公司',
      region: { province: '北京', city: '北京', district: '大兴区' },
      industry: '',
      qualifications: ['高新技术企业', '科技型中小企业'],
      size: 'small',
      foundedYear: 2010,
      keywords: ['污水处理设备', 'MBR'],
      contactPerson: '王工 010-00000000',
      notes: '',
    });
    expect(table.rows[1]?.values).toMatchObject({ region: { province: '广西', city: '柳州', district: '柳南区' }, size: 'medium', foundedYear: 2008, keywords: ['底盘', '悬架'] });
  });

  it('reads province, city and district given apart, and a city without its province', () => {
    const table = readClientTable([
      ['公司名称', '省份', '城市', '区县', '行业'],
      ['深圳甲科技有限公司', '', '深圳市', '南山区', '软件和信息技术服务业'],
      ['成都乙食品有限公司', '四川省', '成都市', '', '食品制造'],
    ]);
    expect(table.rows.map((r) => r.values?.region)).toEqual([
      { province: '广东', city: '深圳', district: '南山区' },
      { province: '四川', city: '成都', district: '' },
    ]);
    expect(table.rows[1]?.values?.industry).toBe('食品制造');
  });

  it('keeps a row whose values it cannot read, and says which', () => {
    const table = readClientTable([
      ['客户名称', '规模', '成立时间', '地区'],
      ['甲公司', '很大', '不详', '火星'],
      ['乙公司', '小微', '', ''],
    ]);
    expect(table.rows[0]?.values).toMatchObject({ name: '甲公司', size: null, foundedYear: null, region: { province: '', city: '火星', district: '' } });
    expect(table.rows[0]?.problems).toEqual([
      { kind: 'size-unknown', text: '很大' },
      { kind: 'year-unknown', text: '不详' },
      { kind: 'region-unknown', text: '火星' },
    ]);
    // 小微 is no size but a kind the matcher reads from the qualifications.
    expect(table.rows[1]?.values).toMatchObject({ size: null, qualifications: ['小微企业'] });
    expect(table.rows[1]?.problems).toEqual([]);
  });

  it('skips a row without a name and the same name again, with the reason; empty rows silently', () => {
    const table = readClientTable([
      ['企业名称', '行业'],
      ['甲公司', '软件'],
      [null, '制造'],
      [null, null],
      ['甲公司', '食品'],
    ]);
    expect(table.rows.map((r) => [r.row, r.values?.name ?? null, r.problems])).toEqual([
      [2, '甲公司', []],
      [3, null, [{ kind: 'no-name' }]],
      [5, null, [{ kind: 'duplicate-name', firstRow: 2 }]],
    ]);
  });

  it('finds no header when no top row names the company', () => {
    const table = readClientTable([['甲', '乙'], ['丙', '丁']]);
    expect(table.headerRow).toBe(0);
  });

  it('takes the columns the consultant chose over the guess', () => {
    const grid: Cell[][] = [
      ['名称', '备注', '主营'],
      ['甲公司', '老客户', '环保装备'],
    ];
    expect(readClientTable(grid).rows[0]?.values?.keywords).toEqual([]);
    expect(readClientTable(grid, { name: 0, keywords: 2 }).rows[0]?.values).toMatchObject({ keywords: ['环保装备'], notes: '' });
  });
});

describe('the values', () => {
  it('guesses columns by whole names first, then by a name inside the header', () => {
    expect(guessMapping(['企业名称', '所属行业', '资质', '企业规模（大/中/小/微）', '手机'])).toEqual({ name: 0, industry: 1, qualifications: 2, size: 3, phone: 4 });
  });

  it('reads founded years from years, dates, text and Excel day numbers', () => {
    expect(foundedYearOf(2016)).toBe(2016);
    expect(foundedYearOf('2016年3月')).toBe(2016);
    expect(foundedYearOf('２０１６/03/01')).toBe(2016);
    expect(foundedYearOf(new Date(Date.UTC(2019, 0, 1)))).toBe(2019);
    // 42005 is 2015-01-01 in Excel's day numbers.
    expect(foundedYearOf(42005)).toBe(2015);
    expect(foundedYearOf('不详')).toBeNull();
    expect(foundedYearOf(null)).toBeNull();
  });

  it('reads sizes as people write them', () => {
    expect(['大型', '中型企业', '小', '微型企业', 'micro', '中小'].map(sizeOf)).toEqual(['large', 'medium', 'small', 'micro', 'micro', null]);
  });

  it('reads a region by the gazetteer, not a word list', () => {
    expect(regionOfText('湖北省武汉市洪山区')).toEqual({ province: '湖北', city: '武汉', district: '洪山区' });
    expect(regionOfText('晋江市')).toMatchObject({ province: '福建' });
    expect(regionOfText('不知道')).toBeNull();
  });
});
