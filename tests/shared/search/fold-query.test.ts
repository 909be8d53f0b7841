// Search normalisation: traditional → simplified, widths and case, punctuation and
// spaces, query terms, pinyin reading and splitting.
import { describe, expect, it } from 'vitest';
import { foldQuery, splitTerms, toSimplified } from '../../../shared/search/fold-query.ts';
import { initialsOf, pinyinLetters, readingsOf, splitPinyin, syllableOf } from '../../../shared/search/pinyin.ts';
import { isAsciiUnit, readUnits, UnitBuffer, unitsOf } from '../../../shared/search/text-units.ts';

const syllables = (letters: string): string[] | null => splitPinyin(letters)?.map(syllableOf) ?? null;

describe('toSimplified', () => {
  it('converts Taiwan and Hong Kong traditional characters', () => {
    expect(toSimplified('綠色製造')).toBe('绿色制造');
    expect(toSimplified('電子營業執照')).toBe('电子营业执照');
    expect(toSimplified('國家知識產權局')).toBe('国家知识产权局');
    // 綫 is the Hong Kong form of 线.
    expect(toSimplified('生產綫')).toBe('生产线');
  });

  it('leaves simplified text and ASCII as they are', () => {
    expect(toSimplified('关于印发《绿色制造标准体系建设指南》的通知 2016')).toBe('关于印发《绿色制造标准体系建设指南》的通知 2016');
  });
});

describe('foldQuery and splitTerms', () => {
  it('folds full-width letters and digits, case and ü', () => {
    expect(foldQuery('　２０１９ ＡＢＣ Lü ')).toBe('2019 abc lv');
  });

  it('splits on ASCII and ideographic spaces and Chinese commas', () => {
    expect(splitTerms('北京　绿色, 采购、 节能；资金')).toEqual(['北京', '绿色', '采购', '节能', '资金']);
    expect(splitTerms('   ')).toEqual([]);
  });
});

describe('units', () => {
  it('drops punctuation and spaces, so punctuation variants read the same', () => {
    const plain = unitsOf('办法试行');
    expect(unitsOf('办法（试行）')).toEqual(plain);
    expect(unitsOf('办法(试行)')).toEqual(plain);
    expect(unitsOf('办法 试行')).toEqual(plain);
    expect(unitsOf('《办法》“试行”')).toEqual(plain);
  });

  it('reads a run of ASCII letters or digits as one unit, folding width and case', () => {
    expect(unitsOf('２０１６')).toEqual(unitsOf('2016'));
    expect(unitsOf('ＰＰＰ项目')).toEqual(unitsOf('ppp项目'));
    expect(unitsOf('PPP')).toEqual(unitsOf('ppp'));
    const [year, number, hao] = unitsOf('(2016)304号');
    expect(isAsciiUnit(year ?? 0)).toBe(true);
    expect(isAsciiUnit(number ?? 0)).toBe(true);
    expect(year).not.toBe(number);
    expect(hao).toBe('号'.charCodeAt(0));
  });

  it('keeps where each unit came from in the original text', () => {
    const buffer = new UnitBuffer();
    const text = '关于（２０１９）ABC号';
    const n = readUnits(text, buffer);
    const pieces = Array.from({ length: n }, (_, i) => text.slice(buffer.starts[i], buffer.ends[i]));
    expect(pieces).toEqual(['关', '于', '２０１９', 'ABC', '号']);
  });

  it('reads compatibility characters as what NFKC makes of them', () => {
    expect(unitsOf('①')).toEqual(unitsOf('1'));
  });
});

describe('pinyin', () => {
  it('gives every reading of a polyphonic character, the commonest first', () => {
    const readings = readingsOf('行'.codePointAt(0) ?? 0).map(syllableOf);
    expect(readings).toContain('xing');
    expect(readings).toContain('hang');
    expect(readingsOf('绿'.codePointAt(0) ?? 0).map(syllableOf)[0]).toBe('lv');
    expect(readingsOf('A'.codePointAt(0) ?? 0)).toEqual([]);
  });

  it('splits letters into the fewest syllables', () => {
    expect(syllables('lvsezhizao')).toEqual(['lv', 'se', 'zhi', 'zao']);
    expect(syllables('xian')).toEqual(['xian']);
    expect(syllables('dianziyingyezhizhao')).toEqual(['dian', 'zi', 'ying', 'ye', 'zhi', 'zhao']);
  });

  it('drops an unfinished last syllable and refuses letters that are not pinyin', () => {
    expect(syllables('lvsezh')).toEqual(['lv', 'se']);
    expect(syllables('xyz')).toBeNull();
    expect(syllables('')).toBeNull();
  });

  it('reads initials and the commonest pinyin of a text', () => {
    expect(initialsOf('lszz')).toEqual([11, 18, 25, 25]);
    expect(initialsOf('ls2')).toBeNull();
    expect(pinyinLetters('绿色制造2016')).toEqual({ full: 'lvsezhizao', initials: 'lszz' });
  });
});
