// 文号: an issuing agency's abbreviation, the year in brackets, the serial number
// and 号 — `工信部联节〔2016〕304号`. Printed with 〔〕 [] ［］ 【】 （） () and, in
// converted or extracted text, with stray spaces (`发改财金〔2018〕1756 号`). The
// notice's own 文号 stands on its own line under the title; the ones inside the body
// (`《…》（国科发资〔2018〕264 号）`) are documents the notice cites.
import { docNumberKey, stripSpaces } from '../text/normalize.ts';

const PREFIX = '[\\u4e00-\\u9fff]';
// Every bracket a 文号's year is printed in: 〔〕 [] ［］ 【】 （） () ﹝﹞ 〖〗 ｛｝.
const OPEN = '[〔［【（(\\[﹝〖｛{]';
const CLOSE = '[〕］】）)\\]﹞〗｝}]';
const BRACKETED = `${OPEN}\\s*(\\d{4})\\s*${CLOSE}\\s*(?:第\\s*)?(\\d{1,6})\\s*号`;
const CHINESE_SERIAL = '[\\d一二三四五六七八九十〇零○百]{1,6}';
const OWN_LINE_FORMS = [
  // 工信部联节〔2016〕304号, 政府令〔2010〕第15号, 中涂协(2022)协字第032号
  `${PREFIX}{1,20}\\s*${BRACKETED}`,
  `${PREFIX}{1,20}\\s*${OPEN}\\s*\\d{4}\\s*${CLOSE}\\s*${PREFIX}{1,6}第\\s*\\d{1,6}\\s*号`,
  // 海南省人民政府令(第75号)
  `${PREFIX}{2,30}令\\s*[（(]\\s*第\\s*${CHINESE_SERIAL}\\s*号\\s*[)）]`,
  // (78)交公路字412号: a two-digit year before the abbreviation
  `[（(]\\d{2}[)）]${PREFIX}{1,12}\\d{1,6}号`,
  // 重庆市人民政府令366: 第 and 号 lost from a 令 number
  `${PREFIX}{2,30}令\\d{1,4}`,
  // 工信厅规函[2018]56: the 号 lost
  `${PREFIX}{2,20}\\s*${OPEN}\\s*\\d{4}\\s*${CLOSE}\\s*\\d{1,6}`,
  // 农规发〔201923, 新政发〔20165号: the closing bracket lost (a page's font dropped it)
  `${PREFIX}{2,20}\\s*${OPEN}\\s*(?:19|20)\\d{2}\\d{1,4}\\s*号?`,
  // 国家税务总局公告2018年第41: the 号 lost
  `${PREFIX}[\\u4e00-\\u9fff、]{1,30}(?:令|公告)\\s*\\d{4}\\s*年\\s*第\\s*\\d{1,4}`,
  // 国家发展改革委令第5号, 国家税务总局公告2021年第8号, 商务部、公安部令2005年第8号, 国家知识产权局公告第二八六号
  `${PREFIX}[\\u4e00-\\u9fff、]{0,30}\\s*(?:令|公告|通告)?\\s*(?:\\d{4}\\s*年\\s*)?第\\s*${CHINESE_SERIAL}\\s*号`,
];
// A 文号 printed alone on its line, possibly in parentheses: （陕政办发〔2011〕12号）.
const OWN_LINE = new RegExp(`^[（(]?(?:${OWN_LINE_FORMS.join('|')})[）)]?[。.]?$`, 'u');
// A local 规范性文件 number in the 文号's place: 延规〔2025〕008-市政府001.
const LOCAL_NUMBER = new RegExp(`^${PREFIX}{1,10}${OPEN}\\d{4}${CLOSE}\\d{1,4}-[\\u4e00-\\u9fff\\d]{1,12}$`, 'u');
// In running text: find the bracketed year and number first, then read the
// agency's abbreviation backwards from the bracket (at most this many characters).
const BRACKETED_IN_TEXT = new RegExp(BRACKETED, 'gu');
const MAX_PREFIX = 16;
// Words that can stand right before a cited 文号 without being part of it.
const LEADING_WORDS = /^(?:根据|按照|依据|依照|参照|对照|执行|落实|贯彻|印发|转发|详见|见|和|及|与|或|以及|即|是|为|的|于|据)+/;

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The 文号 printed alone on `text`, spaces removed, or null. */
export function docNumberOnLine(text: string): string | null {
  const t = text.trim();
  if (t.length > 60 || !/号|\d-|[〕］】）)\]﹞〗｝}]\s*\d{1,6}$|令\d{1,4}$|年第\d{1,4}$|[〔［【（([﹝〖｛{](?:19|20)\d{3,6}$/.test(t)) return null;
  if (!OWN_LINE.test(t) && !LOCAL_NUMBER.test(stripSpaces(t))) return null;
  const year = /\d{4}/.exec(t)?.[0];
  if (year !== undefined && !plausibleYear(Number(year))) return null;
  return stripSpaces(t).replace(/[。.]$/, '').replace(/^[（(](.*)[）)]$/, '$1');
}

function plausibleYear(year: number): boolean {
  return year >= 1949 && year <= 2100;
}

/** The abbreviation before `end` and after `from`: the run of Chinese characters (spaces skipped). */
function prefixBefore(text: string, from: number, end: number): string {
  let start = end;
  while (start > from && text.charAt(start - 1) === ' ') start--;
  const stop = start;
  while (start > from && stop - start < MAX_PREFIX && isIdeograph(text.charCodeAt(start - 1))) start--;
  return text.slice(start, stop);
}

/** Every 文号 cited in `paragraphs`, as printed without spaces, each once, minus `own`. */
export function citedDocNumbers(paragraphs: readonly string[], own: string | null): string[] {
  const seen = new Set<string>(own ? [docNumberKey(own)] : []);
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph.includes('号')) continue;
    let previousEnd = 0;
    for (const m of paragraph.matchAll(BRACKETED_IN_TEXT)) {
      const from = previousEnd;
      previousEnd = m.index + m[0].length;
      if (!plausibleYear(Number(m[1]))) continue;
      const prefix = prefixBefore(paragraph, from, m.index).replace(LEADING_WORDS, '');
      if (prefix === '') continue;
      const printed = stripSpaces(prefix + m[0]);
      const key = docNumberKey(printed);
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(printed);
    }
  }
  return found;
}
