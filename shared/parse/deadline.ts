// The 申报截止 dates: every date by which something must be applied for, submitted or filled
// in (申报/报送/填报/上报/提交/推荐/申请/受理). Written as `于 10 月 15 日前`, `报送时间：2019 年
// 1 月 8 日 17:00 前`, `截止到2018年12月31日`, `11月底前`, `5月8日（星期三）前`, `2015年9月7前`,
// `于9月29日，将…报送至`, as the end of a window (`填报时间：2019 年 9 月 10 日 09：00-2019 年 9 月
// 23 日 09：00`) or as a new date (`延长至9月20日`). A date the notice calls the old one
// (`原定于9月10日`) is not a deadline any more, and a 公示期 or an objection window never is.
// A date without a year takes the notice's year (or the next one when it would otherwise fall
// before the notice was written). Each deadline says whose it is: the applicant's (企业,
// 申报单位) or a lower authority's (各区县…推荐报送), so the applicant's can come first.
import type { DeadlineParty, NoticeDeadline as Deadline } from '../model/notice.ts';
import { daysInMonth, gluedDate, isoDate } from '../text/chinese-date.ts';

// `前报我司`, `报市科技局`: 报 with the office it goes to.
const ACTION = /申报|报送|填报|上报|报名|提交|推荐|申请|受理|报至|送至|递交|寄送|邮寄|寄至|发送至|发至|交至|送达|报来|报备|反馈|征集|报(?:我|省|市|区|县|本)[\u4e00-\u9fff]{0,12}?(?:司|局|厅|委|办|处|科|中心)/;
const DATE = '(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]';
// `2015年9月7前`: the 日 lost, only right before 前.
const LOOSE_DATE = '(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]?';
// `（星期三）` / `(周五)` after a date.
const WEEKDAY = '(?:\\((?:星期|周)[一二三四五六日天]\\))?';
// A time of day after the date: 17:00, 17时, 17点30分 (text is NFKC-folded first).
const TIME = '(?:(?:上午|下午|中午|晚上)?\\d{1,2}(?::\\d{2}|[时点])(?:\\d{1,2}分)?)?';
// `（含）`, `（含当日）`, `下班`: words between the date and 前.
const BEFORE = new RegExp(`${LOOSE_DATE}${WEEKDAY}(?:\\(含(?:当日|当天)?\\))?${TIME}(?:下班)?(?:之|以)?前`, 'g');
// `截止时间为…`, `截止时间变更为：…`, `推荐上报截止日期，第一批…`.
const CUTOFF = new RegExp(`(?:截止|截至)(?:日期|时间)?(?:为|到|至|是|变更为|调整为|改为|延长至|延至)?[:：]?(?:[,，]?第[一二三四五六七八九十\\d]+批(?:次)?[:：]?)?${DATE}`, 'g');
// `第二批2022年7月10日`: a later batch of a deadline the paragraph has named.
const BATCH = new RegExp(`第[一二三四五六七八九十\\d]+批(?:次)?[:：,，]?(?:申报|推荐|报送)?(?:截止)?(?:时间|日期)?(?:为)?[:：]?${DATE}(?![-—–~～至到])`, 'g');
const RANGE = new RegExp(`${DATE}${WEEKDAY}${TIME}(?:[-—–~～]+|至|到)${DATE}`, 'g');
// `11月4日至25日`: a window within one month, its end printed as a day only.
const MONTH_RANGE = new RegExp(`${DATE}${WEEKDAY}${TIME}(?:[-—–~～]+|至|到)(\\d{1,2})[日号](?!\\d)`, 'g');
const EXTENDED = new RegExp(`(?:延长|延期|顺延|推迟|延后|推后|后延|调整|延)(?:至|到)${DATE}`, 'g');
// `于9月29日，将…报送至`: a date the action must happen on.
const ON_DATE = new RegExp(`于${DATE}${WEEKDAY}[,，]?[^。；]{0,90}?(?:报送|提交|上报|报至|送至|递交|寄送)`, 'g');
// `2018224日前`: a date whose 年 and 月 were lost.
const GLUED = /(?<!\d)(\d{6,8})日(?:\d{1,2}:\d{2})?(?:之|以)?前|(?:截止|截至)(?:日期|时间)?(?:为|到|至|是)?[:：]?(\d{6,8})日/g;
// `即日起至1月31日`: a window open from today.
const FROM_NOW = new RegExp(`(?:(?:自|从)?即日起|(?:自|从)[^，,。；;]{0,12}之日起)(?:至|到)${DATE}`, 'g');
// `2023年7月7日9:00-18:00`: one day's window.
const DAY_WINDOW = new RegExp(`${DATE}${WEEKDAY}\\d{1,2}:\\d{2}[-—–~～至到]+\\d{1,2}:\\d{2}`, 'g');
const MONTH_END = /(?:(\d{4})年)?(\d{1,2})月(?:底|末)(?:之|以)?前/g;
// What names the window before a range: `申报时间：`, `网上填报受理时间：`, `我局将于…开放网上填报`.
const WINDOW_OF_ACTION = /时间|日期|期限|受理|申报|填报|报送|报名|提交|上报|于|自|从|为/;
const NOT_A_WINDOW = /有效期|有效|实施期|执行期|公示|培育期|建设期|周期/;
// A date the notice replaces (`原定于…`, `原申报截止时间为…`): read, but not a deadline.
const OLD_DATE = /(?:原|当时|此前|原先)(?:定|确定|计划|申报|截止|报送)?[^，,。；;]{0,12}$/;
// A 公示 window or an objection period: its dates are no deadlines.
const PUBLICITY = /公示期|公示时间|公示期间|异议|公示日期/;
// A heading such as `三、系统填报时间` gives its meaning to the short paragraph below it.
const CONTEXT_HEADING = 24;
// Whose deadline: a lower authority that gathers and recommends, or the applicant itself.
const AUTHORITY = /(?:各|有关)?(?:市|区|县|州|盟|旗|地|省辖市|市州|区县|县区|县\(市、区\)|县（市、区）)(?:级)?[^，。；]{0,16}(?:部门|局|委|办|管委会|单位)?[^，。；]{0,20}(?:推荐|汇总|审核|初审|报送至我|报至我|行文|正式行文|统一报送)|主管部门[^，。；]{0,20}(?:推荐|汇总|审核|初审|报送|上报)|(?:初审|审核|推荐)(?:意见|汇总表|文件)|市科技局审核|审核提交/;
const APPLICANT = /企业|申报单位|申请单位|申请人|申报主体|项目单位|申报人|个人|各单位/;

type Found = { year: number | null; month: number; day: number; at: number };

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[。；！？;!?])/);
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function candidates(sentence: string, afterHeading: boolean): Found[] {
  const found: Found[] = [];
  const opens = new Set<number>();
  for (const m of sentence.matchAll(RANGE)) opens.add(m.index);
  for (const m of sentence.matchAll(MONTH_RANGE)) opens.add(m.index);
  const push = (year: string | undefined, month: string | undefined, day: string | undefined, at: number): void => {
    if (month === undefined || day === undefined || opens.has(at)) return;
    if (OLD_DATE.test(sentence.slice(Math.max(0, at - 16), at))) return;
    found.push({ year: year ? Number(year) : null, month: Number(month), day: Number(day), at });
  };
  // A window's first day is when it opens, not a deadline: only its end is read.
  for (const m of sentence.matchAll(RANGE)) {
    // A window is a deadline when it is one to apply or submit in, not a validity or 公示 period.
    const before = sentence.slice(Math.max(0, m.index - 14), m.index);
    const named = WINDOW_OF_ACTION.test(before) || (afterHeading && m.index === 0);
    if (named && !NOT_A_WINDOW.test(before)) push(m[4] ?? m[1], m[5], m[6], m.index + m[0].length);
  }
  for (const m of sentence.matchAll(MONTH_RANGE)) {
    const before = sentence.slice(Math.max(0, m.index - 14), m.index);
    const named = WINDOW_OF_ACTION.test(before) || (afterHeading && m.index === 0);
    if (named && !NOT_A_WINDOW.test(before) && Number(m[4]) > Number(m[3])) push(m[1], m[2], m[4], m.index + m[0].length);
  }
  for (const m of sentence.matchAll(BEFORE)) push(m[1], m[2], m[3], m.index);
  for (const m of sentence.matchAll(CUTOFF)) push(m[1], m[2], m[3], m.index);
  // The new date of an extension: the old one before it (原定…) is what OLD_DATE leaves out.
  for (const m of sentence.matchAll(EXTENDED)) push(m[1], m[2], m[3], m.index + m[0].length);
  for (const m of sentence.matchAll(BATCH)) push(m[1], m[2], m[3], m.index);
  for (const m of sentence.matchAll(FROM_NOW)) push(m[1], m[2], m[3], m.index);
  for (const m of sentence.matchAll(DAY_WINDOW)) push(m[1], m[2], m[3], m.index + m[0].length);
  for (const m of sentence.matchAll(ON_DATE)) push(m[1], m[2], m[3], m.index + 1);
  for (const m of sentence.matchAll(GLUED)) {
    const date = gluedDate(m[1] ?? m[2] ?? '');
    if (date) push(date.slice(0, 4), String(Number(date.slice(5, 7))), String(Number(date.slice(8, 10))), m.index);
  }
  for (const m of sentence.matchAll(MONTH_END)) {
    if (OLD_DATE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    found.push({ year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: 0, at: m.index });
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

function partyOf(sentence: string, context: string): DeadlineParty {
  if (AUTHORITY.test(sentence)) return 'authority';
  if (APPLICANT.test(sentence) || APPLICANT.test(context)) return 'applicant';
  return 'applicant';
}

/**
 * Every deadline in `paragraphs`, the applicant's first, each in date order. Deadlines
 * before the notice's own date are not deadlines (they are periods the notice looks back
 * on). A date without a year takes `noticeDate`'s year, else `fallbackYear`.
 */
export function findDeadlines(paragraphs: readonly string[], noticeDate: string | null, fallbackYear: number | null = null): Deadline[] {
  const read: { found: Found; sentence: string; context: string }[] = [];
  let context = '';
  for (const paragraph of paragraphs) {
    const hasMonth = paragraph.includes('月') || /\d{6,8}日/.test(paragraph);
    const text = hasMonth || paragraph.length <= CONTEXT_HEADING * 2 ? compact(paragraph) : paragraph;
    const heading = text.length <= CONTEXT_HEADING && ACTION.test(text) ? text : '';
    if (hasMonth && /\d{1,2}月|\d{6,8}日/.test(text)) {
      for (const sentence of sentences(text)) {
        if (!ACTION.test(sentence) && !ACTION.test(context)) continue;
        if (PUBLICITY.test(sentence) && !/申报|报送|提交/.test(sentence)) continue;
        for (const found of candidates(sentence, context !== '')) read.push({ found, sentence, context });
      }
    }
    context = heading;
  }
  // Undated, a deadline without a year is in the year of one printed with its year
  // (`2022年10月28日前` … `11月10日前`), more surely than in the year the text names most.
  const printedYears = read.map((r) => r.found.year).filter((year): year is number => year !== null);
  const yearOfUndated = noticeDate === null && printedYears.length > 0 ? Math.max(...printedYears) : fallbackYear;
  const byDate = new Map<string, Deadline>();
  for (const { found, sentence, context: before } of read) {
    const date = resolve(found, noticeDate, yearOfUndated);
    if (date === null || (noticeDate !== null && date < noticeDate)) continue;
    const party = partyOf(sentence, before);
    const known = byDate.get(date);
    if (!known || (known.party === 'authority' && party === 'applicant')) byDate.set(date, { date, party, evidence: sentence });
  }
  const all = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...all.filter((d) => d.party === 'applicant'), ...all.filter((d) => d.party === 'authority')];
}

/** The earliest deadline in `paragraphs` as YYYY-MM-DD, or null (whoever it is for). */
export function findDeadline(paragraphs: readonly string[], noticeDate: string | null, fallbackYear: number | null = null): string | null {
  let best: string | null = null;
  for (const deadline of findDeadlines(paragraphs, noticeDate, fallbackYear)) if (best === null || deadline.date < best) best = deadline.date;
  return best;
}
