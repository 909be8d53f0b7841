// Dates as Chinese documents print them: `2018年12月17日`, `2019 年 9月 9 日`
// (spaces from PDF extraction), `二〇一八年十二月十七日` (signature blocks of
// older notices), and full-width digits.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 'Ｏ': 0, O: 0, '0': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a small Chinese numeral: 三 → 3, 十二 → 12, 二十一 → 21, 一百零五 → 105,
 * and digit-by-digit years such as 二〇一八 → 2018. Arabic digits pass through.
 * Returns null for anything else.
 */
export function chineseNumberValue(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0) return null;
  if (!s.includes('十') && !s.includes('百')) {
    // Digit by digit: 二〇一八.
    let value = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return value;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      current = d;
    }
  }
  return total + current;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when the parts name a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NUM = '[0-9０-９]{1,4}|[〇零○ＯO0一二三四五六七八九十两]{1,4}';
/** A full date with year; the groups are year, month, day. Spaces allowed anywhere. */
export const CHINESE_DATE = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, 'u');

/** Parses the first full Chinese date in `text` to `YYYY-MM-DD`, or null. */
export function parseChineseDate(text: string): string | null {
  if (!text.includes('年')) return null;
  const m = CHINESE_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [m[1], m[2], m[3]].map((part) => chineseNumberValue(part ?? ''));
  if (year == null || month == null || day == null) return null;
  return isoDate(year, month, day);
}

// `二〇一八 年 十二 月 十七 日` with every space the PDF adds is still shorter.
const MAX_DATE_LENGTH = 24;

/** True when `text` is nothing but one date (a signature block's date line). */
export function isDateOnly(text: string): boolean {
  if (text.length > MAX_DATE_LENGTH || !text.includes('年')) return false;
  const m = CHINESE_DATE.exec(text);
  return m !== null && text.replace(m[0], '').trim() === '' && parseChineseDate(text) !== null;
}

/**
 * A date whose 年 and 月 a copy lost (`2018224日前` for 2018年2月24日, a 落款 `201827`):
 * four digits of a year from 1990 to 2035, then month and day, read when only one split
 * gives a real day.
 */
export function gluedDate(digits: string): string | null {
  const m = /^(\d{4})(\d{2,4})$/.exec(digits);
  if (!m?.[1] || !m[2]) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > 2035) return null;
  const rest = m[2];
  const readings = new Set<string>();
  for (let cut = 1; cut < rest.length; cut++) {
    const month = rest.slice(0, cut);
    const day = rest.slice(cut);
    if (month.length > 2 || day.length > 2 || (month.length === 2 && month.startsWith('0') && false)) continue;
    const date = isoDate(year, Number(month), Number(day));
    if (date) readings.add(date);
  }
  return readings.size === 1 ? ([...readings][0] ?? null) : null;
}
