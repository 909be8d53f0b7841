// Pages copied from mirrors and consultancy sites often lose their line breaks: the
// title, the 来源 line, the 主送机关, the numbered items and the 落款 run on in one
// line, separated by spaces (`… 来源:济南市科学技术局 各区县科技管理部门: 按照… 1.实行…`)
// or by nothing at all (`…的通告琼工信企业〔2023〕159号按照《…》…`). Such a line is
// cut again where a new part of a 公文 plainly begins, so that the head, the body and
// the signature can be told apart as in any other copy. Ordinary lines are untouched.
import type { SourceLine } from '../lines.ts';

// Only a line this long can be a run-on of several parts.
const RUN_ON = 100;

// What starts a part of a 公文, right after a space in a run-on line.
const PART_START = new RegExp(
  [
    // 一、 （一） 1. 1、 ① 第一条 第一章
    '[一二三四五六七八九十]{1,3}、',
    '[（(][一二三四五六七八九十\\d]{1,3}[)）]',
    '\\d{1,2}[.．、](?!\\d)',
    '[①-⑳]',
    '第[一二三四五六七八九十百\\d]{1,4}[条章节]',
    // metadata and closing labels
    '(?:来源|信息来源|发布时间|发布日期|发布机构|发文机关|成文日期|文号|发文字号|浏览次数|字号)[:：]',
    '(?:附件|联系人|联系方式|联系电话|特此)',
    // a 文号 or a 令/公告 number standing alone
    '[\\u4e00-\\u9fff]{1,20}[〔［【\\[（(]\\d{4}[〕］】\\]）)]\\s*第?\\d{1,6}号(?:\\s|$)',
    '[\\u4e00-\\u9fff]{2,30}(?:令|公告)(?:\\d{4}年)?第[\\d一二三四五六七八九十〇零百]{1,6}号(?:\\s|$)',
    // the 主送机关: 各…： within a short span
    '各[^\\s。；]{1,60}?[:：](?:\\s|$)',
  ].join('|'),
  'u',
);

// A salutation followed by the body on the same line: cut after its colon.
const SALUTATION_THEN_TEXT = /^(各[^\s。；]{1,60}?[:：])\s+(\S.*)$/u;

// `…的通告琼工信企业〔2023〕159号按照…`: a title run into its 文号 and the body, with no space.
const TITLE_INTO_NUMBER = /^(.{6,120}?(?:通知|通告|公告|决定|意见|办法|方案|公示|细则|规定|批复|函))([\u4e00-\u9fff]{1,14}[〔［【[（(]\d{4}[〕］】\]）)]\s*第?\d{1,6}号)(.+)$/u;

function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[ \u3000\t]+/g)) {
    const at = m.index + m[0].length;
    if (at >= text.length) break;
    if (PART_START.test(text.slice(at, at + 80)) && PART_START.exec(text.slice(at, at + 80))?.index === 0) {
      parts.push(text.slice(from, m.index));
      from = at;
    }
  }
  parts.push(text.slice(from));
  return parts.flatMap((part) => {
    const m = SALUTATION_THEN_TEXT.exec(part);
    return m?.[1] && m[2] ? [m[1], m[2]] : [part];
  });
}

// `国家市场监督管理总局令第52号 2022-03-01`: a number and the date printed beside it.
const NUMBER_THEN_DATE = /^(.{2,40}号)\s+(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$/u;

// `关于…名单的公示根据《…》…`: a title run straight into the first sentence.
const TITLE_INTO_BODY = /^((?:[\u4e00-\u9fff、 ]{2,40})?关于.{4,110}?(?:通知|通告|公告|决定|意见|办法|方案|公示|细则|规定|批复))((?:根据|为了?|按照|依据|经|现将|近日|各)[^》].+)$/u;

function splitRunOn(text: string): string[] {
  const intoBody = TITLE_INTO_BODY.exec(text);
  if (intoBody?.[1] && intoBody[2] && !/[。；，,]/.test(intoBody[1].replace(/《[^》]*》/g, ''))) return [intoBody[1], ...splitRunOn(intoBody[2])];
  const glued = TITLE_INTO_NUMBER.exec(text);
  if (glued?.[1] && glued[2] && glued[3] && !/\s/.test(glued[1])) return [glued[1], glued[2], ...splitRunOn(glued[3])];
  const parts = splitAtSpaces(text);
  // One space before a part start is a paragraph's own (`（国知办函 管字〔2018〕190号）`); a run-on line has several.
  if (parts.length < 3) return [text];
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => {
      const m = NUMBER_THEN_DATE.exec(part);
      return m?.[1] && m[2] ? [m[1], m[2]] : [part];
    });
}

// A piece of a line a conversion broke apart: a number alone, 年/月/日 alone, or the rest of
// a sentence that starts with closing punctuation (`2016` / `年` / `5` / `月` / `9` / `日`).
const FRAGMENT = /^(?:[\d.-]{1,6}|[年月日号个份项家%〕》）)、，,。；;：:].{0,120})$/;
// So many fragments say the text was broken up; a few can be a table's numbers.
const BROKEN_TEXT = 3;

/** Lines broken inside sentences (numbers and 年月日 on lines of their own) joined again. */
export function mendFragments(lines: readonly SourceLine[]): SourceLine[] {
  if (lines.filter((line) => FRAGMENT.test(line.text)).length < BROKEN_TEXT) return [...lines];
  const out: SourceLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const joins = previous !== undefined && !/[。；！？!?]$/.test(previous.text) && (FRAGMENT.test(line.text) || /^[\d.-]{1,6}$|[年月日号]$/.test(previous.text) && FRAGMENT.test(previous.text));
    if (previous && joins) out[out.length - 1] = { ...previous, text: `${previous.text}${line.text}` };
    else out.push(line);
  }
  return out;
}

// `国能发新能〔2023〕74号各省(自治区、直辖市)能源局…`: a 文号 run into the 主送机关.
const NUMBER_INTO_TEXT = /^([\u4e00-\u9fff]{1,16}[〔［【[（(﹝]\d{4}[〕］】\]）)﹞]\s*\d{1,6}号|[\u4e00-\u9fff]{2,30}(?:令|公告)(?:\d{4}年)?第[\d一二三四五六七八九十〇零○百]{1,6}号)(各\S.*|[\u4e00-\u9fff]{2,40}[:：].*|《.+)$/u;
// A mirror that lost its spaces prints `????` for them.
const LOST_SPACES = /[?？]{2,}/g;

/** The lines with every run-on line cut into its parts (each part keeps the line's index). */
export function unflatten(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const raw of lines) {
    const text = raw.text.includes('??') || raw.text.includes('？？') ? raw.text.replace(LOST_SPACES, ' ').trim() : raw.text;
    if (text === '' || /^[?？]$/.test(text)) continue;
    const line = text === raw.text ? raw : { ...raw, text };
    const glued = NUMBER_INTO_TEXT.exec(line.text);
    if (glued?.[1] && glued[2]) {
      out.push({ ...line, text: glued[1] }, { ...line, text: glued[2], gap: 0, pageBreak: false });
      continue;
    }
    if (line.text.length < RUN_ON) {
      out.push(line);
      continue;
    }
    const parts = splitRunOn(line.text);
    parts.forEach((text, k) => out.push({ ...line, text, gap: k === 0 ? line.gap : 0, pageBreak: k === 0 ? line.pageBreak : false }));
  }
  return out;
}

// An anti-copy mark a site glues to the end of many lines (`…战略机遇wYm河北省人民政府研究室`).
const MARK_MIN = 6;
const MARK_MAX = 30;
const MARK_LINES = 3;

/** Lines without the mark their site glued to the end of most of them (never a sentence's own end). */
export function stripWatermark(lines: readonly SourceLine[]): SourceLine[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const seen = new Set<string>();
    for (let n = MARK_MIN; n <= Math.min(MARK_MAX, line.text.length - 2); n++) seen.add(line.text.slice(-n));
    for (const tail of seen) counts.set(tail, (counts.get(tail) ?? 0) + 1);
  }
  let mark: string | null = null;
  for (const [tail, n] of counts) {
    // Punctuation or a plain sentence ending (…的通知。) is text, not a mark.
    if (n < MARK_LINES || n < lines.length * 0.2 || /[。，,；;：:！？）)》”"]$/.test(tail) || !/[A-Za-z]/.test(tail)) continue;
    if (mark === null || tail.length > mark.length) mark = tail;
  }
  if (mark === null) return [...lines];
  const found = mark;
  return lines.map((line) => (line.text.endsWith(found) ? { ...line, text: line.text.slice(0, -found.length).trim() } : line)).filter((line) => line.text !== '');
}
