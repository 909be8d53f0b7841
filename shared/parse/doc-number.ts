// 文号: an issuing agency's abbreviation, the year in brackets, the serial number
// and 号 — `工信部联节〔2016〕304号`. Printed with 〔〕 [] ［］ 【】 （） () and, in
// converted or extracted text, with stray spaces (`发改财金〔2018〕1756 号`). The
// notice's own 文号 stands on its own line under the title; the ones inside the body
// (`《…》（国科发资〔2018〕264 号）`) are documents the notice cites.
import { docNumberKey, stripSpaces } from '../text/normalize.ts';

const PREFIX = '[\\u4e00-\\u9fff]';
const BRACKETED = `[〔［【（(\\[]\\s*(\\d{4})\\s*[〕］】）)\\]]\\s*(\\d{1,6})\\s*号`;
const OWN_LINE = new RegExp(`^${PREFIX}{1,20}\\s*${BRACKETED}[。.]?$|^${PREFIX}{1,20}\\s*(?:\\d{4}\\s*年\\s*)?第\\s*\\d{1,6}\\s*号[。.]?$`, 'u');
// Cheap test before the full pattern: a bracketed year followed by a number.
const BRACKETED_YEAR = new RegExp(BRACKETED, 'u');
const IN_TEXT = new RegExp(`(${PREFIX}{1,16})\\s*${BRACKETED}`, 'gu');
// Words that can stand right before a cited 文号 without being part of it.
const LEADING_WORDS = /^(?:根据|按照|依据|依照|参照|对照|执行|落实|贯彻|印发|转发|详见|见|和|及|与|或|以及|即|是|为|的|于|据)+/;

/** The 文号 printed alone on `text`, spaces removed, or null. */
export function docNumberOnLine(text: string): string | null {
  const t = text.trim();
  if (!OWN_LINE.test(t)) return null;
  const year = /\d{4}/.exec(t)?.[0];
  if (year !== undefined && !plausibleYear(Number(year))) return null;
  return stripSpaces(t).replace(/[。.]$/, '');
}

function plausibleYear(year: number): boolean {
  return year >= 1949 && year <= 2100;
}

/** Every 文号 cited in `paragraphs`, as printed without spaces, each once, minus `own`. */
export function citedDocNumbers(paragraphs: readonly string[], own: string | null): string[] {
  const seen = new Set<string>(own ? [docNumberKey(own)] : []);
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph.includes('号') || !BRACKETED_YEAR.test(paragraph)) continue;
    for (const m of paragraph.matchAll(IN_TEXT)) {
      if (!plausibleYear(Number(m[2]))) continue;
      const prefix = (m[1] ?? '').replace(LEADING_WORDS, '');
      if (prefix === '') continue;
      const printed = stripSpaces(prefix + m[0].slice((m[1] ?? '').length));
      const key = docNumberKey(printed);
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(printed);
    }
  }
  return found;
}
