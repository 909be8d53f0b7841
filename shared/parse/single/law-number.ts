// 令 and numbered 公告: a 规章 or a 公告 is headed by its issuer's 令/公告 line and its
// number, printed on one line (`国家市场监督管理总局令第52号`, `国家税务总局公告2021年第8号`)
// or on two (`国家知识产权局公告` over `第二八六号`; `天津市人民政府令` over `第20号`, with an
// English line between on a bilingual page). The number is the document's 文号 and the
// line names its issuer.
import { agenciesOnLine } from '../signature.ts';

// `第二八六号`, `第20号`, `〔2010〕第15号`, `2008年第43号` alone on a line.
const BARE_NUMBER = /^(?:[〔［【[（(]\d{4}[〕］】\]）)]|\d{4}\s*年\s*)?[（(]?第\s*[\d一二三四五六七八九十〇零○百]{1,6}\s*号[)）]?$/;
// `公  告` or `令` alone on a line, under the issuer's line: a heading printed over two lines.
const BANNER_WORD = /^(公\s*告|令)$/;
// `北京市人民政府令`, `国家知识产权局公告`, `中华人民共和国国务院令`, `深圳市第六届人民代表大会常务委员会公告`.
const BANNER = /^([\u4e00-\u9fff、]{2,40}?)\s*(令|公告)$/;
// The issuer before 令/公告 in a number: `国家市场监督管理总局令第52号` → 国家市场监督管理总局.
const ISSUER_OF_NUMBER = /^([\u4e00-\u9fff、]{2,40}?)(?:令|公告)(?:[〔［【[（(]?\d{4}[〕］】\]）)]?\s*年?)?\s*(?:第|\d{1,4}$)/;

export function lawNumberAt(text: string): string | null {
  const t = text.trim();
  return BARE_NUMBER.test(t) ? t.replace(/\s+/g, '') : null;
}

/** The issuer of a 令/公告 heading line, or null. */
export function lawBanner(text: string): { issuer: string; word: string } | null {
  const m = BANNER.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const issuer = m[1].replace(/第[一二三四五六七八九十\d]+届/, '');
  if (agenciesOnLine(issuer.replace(/、/g, ' ')) === null && !/(?:政府|国务院|委员会|总局|部)$/.test(issuer)) return null;
  return { issuer: m[1], word: m[2] };
}

/** `中华人民共和国商务部` over `公  告`: the issuer and the word of a heading split over two lines, or null. */
export function splitLawBanner(issuerLine: string, wordLine: string): { issuer: string; word: string } | null {
  const word = BANNER_WORD.exec(wordLine.trim())?.[1]?.replace(/\s+/g, '');
  if (!word) return null;
  return lawBanner(`${issuerLine.trim()}${word}`);
}

/** The issuers a 令/公告 number names (`商务部、公安部令2005年第8号` → 商务部, 公安部), or []. */
export function issuersOfNumber(docNumber: string): string[] {
  const m = ISSUER_OF_NUMBER.exec(docNumber);
  if (!m?.[1]) return [];
  const names = m[1].replace(/第[一二三四五六七八九十\d]+届/, '').split('、');
  // `渝府令第121号`: an abbreviation names no body in full.
  return names.every((n) => n.length >= 4 && agenciesOnLine(n) !== null) ? names : [];
}
