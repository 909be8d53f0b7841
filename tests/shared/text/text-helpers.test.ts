import { describe, expect, it } from 'vitest';
import { chineseNumberValue, isDateOnly, parseChineseDate } from '../../../shared/text/chinese-date.ts';
import { removeCjkSpaces, tidySpaces } from '../../../shared/text/spacing.ts';

describe('parseChineseDate', () => {
  it.each([
    ['2018年12月17日', '2018-12-17'],
    ['2019 年 9月 9 日', '2019-09-09'],
    ['2017 年 6 月 30 日', '2017-06-30'],
    ['二〇一八年十二月十七日', '2018-12-17'],
    ['二○一九年九月二十一日', '2019-09-21'],
    ['２０１９年９月６日', '2019-09-06'],
  ])('%s → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it('rejects impossible days', () => {
    expect(parseChineseDate('2019年2月30日')).toBeNull();
    expect(parseChineseDate('2019年13月1日')).toBeNull();
  });

  it('isDateOnly accepts a signature date line and nothing more', () => {
    expect(isDateOnly(' 2019 年 9 月 4 日 ')).toBe(true);
    expect(isDateOnly('公示时间：2019 年 9 月 12 日至 9 月 19 日。')).toBe(false);
    expect(isDateOnly('2019 年 9 月 10 日 09：00-2019 年 9 月 23 日 09：00')).toBe(false);
  });
});

describe('chineseNumberValue', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['二〇一八', 2018],
    ['42', 42],
  ])('%s → %d', (text, value) => {
    expect(chineseNumberValue(text)).toBe(value);
  });

  it('returns null for text that is no number', () => {
    expect(chineseNumberValue('通知')).toBeNull();
  });
});

describe('removeCjkSpaces (one-line fields)', () => {
  it('removes every space next to a Chinese character, keeps spaces between Latin words', () => {
    expect(removeCjkSpaces('关于进一步做好“僵尸企业”及去产能企业 债务处置工作的通知')).toBe('关于进一步做好“僵尸企业”及去产能企业债务处置工作的通知');
    expect(removeCjkSpaces('重点专项 2018 年度联合研发')).toBe('重点专项2018年度联合研发');
    expect(removeCjkSpaces('GB/T 19001 质量管理')).toBe('GB/T 19001质量管理');
  });
});

describe('tidySpaces (running text)', () => {
  it('closes up numbers, punctuation and spaced-out letters', () => {
    expect(tidySpaces('到 2020 年，完成 47 个项目（见附件 1）。')).toBe('到2020年，完成47个项目（见附件1）。');
    expect(tidySpaces('财 政 部')).toBe('财政部');
    expect(tidySpaces('第一章 总 则')).toBe('第一章 总则');
    expect(tidySpaces('增幅 20% 以上')).toBe('增幅20%以上');
  });

  it('keeps spaces between Chinese words, around phone numbers and Latin words', () => {
    expect(tidySpaces('赵波静 电话：82004299')).toBe('赵波静 电话：82004299');
    expect(tidySpaces('刘鑫 57587755/57587760')).toBe('刘鑫 57587755/57587760');
    expect(tidySpaces('提交 WORD 版本的企业')).toBe('提交 WORD 版本的企业');
  });
});
