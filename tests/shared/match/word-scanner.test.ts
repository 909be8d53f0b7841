import { describe, expect, it } from 'vitest';
import { WordScanner } from '../../../shared/match/word-scanner.ts';

describe('WordScanner', () => {
  const scanner = new WordScanner([
    [{ id: 'sme', words: ['中小企业'] }, { id: 'tech', words: ['科技型中小企业'] }],
    [{ id: 'green', words: ['绿色制造'] }],
    [{ id: 'mfg', words: ['制造业企业'] }],
  ]);

  it('finds the longest word at a place, skips over it within its vocabulary, and lets the others read on', () => {
    expect(scanner.scan('支持科技型中小企业和中小企业')).toEqual([
      { group: 0, id: 'tech', word: '科技型中小企业', at: 2 },
      { group: 0, id: 'sme', word: '中小企业', at: 10 },
    ]);
    expect(scanner.scan('绿色制造业企业').map((h) => h.id)).toEqual(['green', 'mfg']);
    expect(scanner.scan('没有词')).toEqual([]);
  });
});
