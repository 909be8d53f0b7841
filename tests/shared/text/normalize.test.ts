import { describe, expect, it } from 'vitest';
import { docNumberKey, foldWidth, titleKey } from '../../../shared/text/normalize.ts';

describe('docNumberKey', () => {
  it('makes every printed bracket style of one 文号 equal', () => {
    const forms = ['工信部联节〔2016〕304号', '工信部联节[2016]304号', '工信部联节（2016）304 号', '工信部联节［２０１６］３０４号', '工信部联节 (2016) 304号'];
    expect(new Set(forms.map(docNumberKey))).toEqual(new Set(['工信部联节(2016)304号']));
  });

  it('keeps different numbers apart', () => {
    expect(docNumberKey('发改财金〔2018〕1756号')).not.toBe(docNumberKey('发改财金〔2018〕1757号'));
  });
});

describe('foldWidth', () => {
  it('folds full-width digits and letters, keeps Chinese', () => {
    expect(foldWidth('２０１９年ＡＢＣ绿色')).toBe('2019年ABC绿色');
  });
});

describe('titleKey', () => {
  it('ignores spaces and quote styles', () => {
    expect(titleKey('关于印发《“贯标 100”工程实施方案》的通知')).toBe(titleKey('关于印发《"贯标100"工程实施方案》的通知'));
  });
});
