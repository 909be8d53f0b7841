// 文号 parts: every printing of one 文号 gives the same agency code, year and number.
import { describe, expect, it } from 'vitest';
import { docNumberParts } from '../../../shared/search/doc-number-parts.ts';
import { DocNumberMap, exactKeysOf } from '../../../shared/search/doc-number-map.ts';

describe('docNumberParts', () => {
  it('reads every bracket style, spaces and widths alike', () => {
    const wanted = { code: '工信部联节', year: 2016, number: 304 };
    for (const printed of [
      '工信部联节〔2016〕304号',
      '工信部联节[2016]304号',
      '工信部联节（2016）304 号',
      '工信部联节［２０１６］３０４号',
      '工信部联节【2016】304号',
      '工信部联节2016 304',
      '工信部联节 2016 304号',
    ]) {
      expect(docNumberParts(printed), printed).toEqual(wanted);
    }
  });

  it('reads 文号 without a year, and leading zeros of the number', () => {
    expect(docNumberParts('国务院令第708号')).toEqual({ code: '国务院令', year: null, number: 708 });
    expect(docNumberParts('京制创组发201801号')).toEqual({ code: '京制创组发', year: 2018, number: 1 });
  });

  it('refuses what is not a 文号', () => {
    expect(docNumberParts('绿色制造')).toBeNull();
    expect(docNumberParts('304号')).toBeNull();
    expect(docNumberParts('2016 304')).toBeNull();
  });
});

describe('DocNumberMap', () => {
  const docNumbers = ['工信部联节〔2016〕304号', '发改财金〔2018〕1756号', null, '工信部联节[2017]178号'];
  const docNumberOf = (ord: number): string | null => docNumbers[ord] ?? null;

  it('finds documents by any exact key, from columns and from recent additions', () => {
    const columns = DocNumberMap.columns(2, docNumberOf, () => true);
    const map = new DocNumberMap(docNumberOf, columns);
    map.add(docNumbers[3] ?? null, 3);
    expect(map.get(exactKeysOf('工信部联节[2016]304号')[0] ?? '')).toEqual([0]);
    expect(map.get('工信部联节|2016|304')).toEqual([0]);
    expect(map.get('工信部联节|304')).toEqual([0]);
    expect(map.get('发改财金|2018|1756')).toEqual([1]);
    expect(map.get('工信部联节|2017|178')).toEqual([3]);
    expect(map.get('工信部联节|2017|304')).toEqual([]);
  });

  it('leaves out the documents `keep` refuses', () => {
    const map = new DocNumberMap(docNumberOf, DocNumberMap.columns(2, docNumberOf, (ord) => ord !== 0));
    expect(map.get('工信部联节|2016|304')).toEqual([]);
    expect(map.get('发改财金|2018|1756')).toEqual([1]);
  });
});
