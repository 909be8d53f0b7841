// The 申报截止: the earliest date by which something must be applied for, submitted
// or filled in (申报/报送/填报/上报/提交/推荐/申请/受理). Written as `于 10 月 15 日前`,
// `报送时间：2019 年 1 月 8 日 17:00 前`, `截止到2018年12月31日`, `11月底前`, or as
// the end of a window: `填报时间：2019 年 9 月 10 日 09：00-2019 年 9 月 23 日 09：00`.
// A date without a year takes the notice's year (or the next one when it would
// otherwise fall before the notice was written).
import { daysInMonth, isoDate } from '../text/chinese-date.ts';

const ACTION = /申报|报送|填报|上报|报名|提交|推荐|申请|受理|报至|送至/;
const DATE = '(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]';
// A time of day after the date: 17:00, 17时, 17点30分 (text is NFKC-folded first).
const TIME = '(?:\\d{1,2}(?::\\d{2}|[时点])(?:\\d{1,2}分)?)?';
// `（含）`, `（含当日）`, `下班`: words between the date and 前.
const BEFORE = new RegExp(`${DATE}(?:\\(含(?:当日|当天)?\\))?${TIME}(?:下班)?(?:之|以)?前`, 'g');
const CUTOFF = new RegExp(`(?:截止|截至)(?:日期|时间)?(?:为|到|至)?[:：]?${DATE}`, 'g');
const RANGE = new RegExp(`${DATE}${TIME}(?:[-—–~～]+|至|到)${DATE}`, 'g');
const MONTH_END = /(?:(\d{4})年)?(\d{1,2})月(?:底|末)(?:之|以)?前/g;
// A heading such as `三、系统填报时间` gives its meaning to the short paragraph below it.
const CONTEXT_HEADING = 24;

type Found = { year: number | null; month: number; day: number };

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[。；！？;!?])/);
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function candidates(sentence: string): Found[] {
  const found: Found[] = [];
  const push = (year: string | undefined, month: string | undefined, day: string | undefined): void => {
    if (month === undefined || day === undefined) return;
    found.push({ year: year ? Number(year) : null, month: Number(month), day: Number(day) });
  };
  for (const m of sentence.matchAll(RANGE)) push(m[4] ?? m[1], m[5], m[6]);
  for (const m of sentence.matchAll(BEFORE)) push(m[1], m[2], m[3]);
  for (const m of sentence.matchAll(CUTOFF)) push(m[1], m[2], m[3]);
  for (const m of sentence.matchAll(MONTH_END)) {
    const month = Number(m[2]);
    found.push({ year: m[1] ? Number(m[1]) : null, month, day: 0 });
  }
  return found;
}

function resolve(found: Found, noticeDate: string | null, fallbackYear: number | null): string | null {
  const noticeYear = noticeDate ? Number(noticeDate.slice(0, 4)) : fallbackYear;
  let year = found.year ?? noticeYear;
  if (year === null) return null;
  const day = (y: number): number => (found.day === 0 ? daysInMonth(y, found.month) : found.day);
  let date = isoDate(year, found.month, day(year));
  if (found.year === null && date !== null && noticeDate !== null && date < noticeDate) {
    year += 1;
    date = isoDate(year, found.month, day(year));
  }
  return date;
}

/**
 * The earliest deadline in `paragraphs` as YYYY-MM-DD, or null. Deadlines before the
 * notice's own date are not deadlines (they are periods the notice looks back on).
 */
export function findDeadline(paragraphs: readonly string[], noticeDate: string | null, fallbackYear: number | null = null): string | null {
  let best: string | null = null;
  let context = '';
  for (const paragraph of paragraphs) {
    const hasMonth = paragraph.includes('月');
    const text = hasMonth || paragraph.length <= CONTEXT_HEADING * 2 ? compact(paragraph) : paragraph;
    const heading = text.length <= CONTEXT_HEADING && ACTION.test(text) ? text : '';
    if (hasMonth && /\d{1,2}月/.test(text)) {
      for (const sentence of sentences(text)) {
        if (!ACTION.test(sentence) && !ACTION.test(context)) continue;
        for (const found of candidates(sentence)) {
          const date = resolve(found, noticeDate, fallbackYear);
          if (date === null || (noticeDate !== null && date < noticeDate)) continue;
          if (best === null || date < best) best = date;
        }
      }
    }
    context = heading;
  }
  return best;
}
