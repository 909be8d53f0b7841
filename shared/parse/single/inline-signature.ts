// A 落款 run into the end of the text: pages flattened into one paragraph end with the
// issuer and the date glued to the last sentence (`…2.贵州省企业技术中心认定管理办法高新区
// 产业发展局2023年3月10日。`). The date is plain; the issuer is the longest name before it
// that starts where something else ended: punctuation, a number, a file name, the end of a
// title (…办法), or a place name.
import type { Signature } from '../signature.ts';
import { agenciesOnLine } from '../signature.ts';
import { placesIn } from '../../model/region.ts';
import { CHINESE_DATE, parseChineseDate } from '../../text/chinese-date.ts';
import { endsLikeDocumentTitle } from './title-text.ts';

const REACH = 30;
// A name never starts with what ends a number or a clause.
const NO_NAME_START = /^[号的之于和及与等）)》〕\]、，,。；;：:]/;

function isCjk(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch);
}

const DATES = new RegExp(CHINESE_DATE.source, 'gu');
// The last paragraphs hold the 落款 (a contact line or an attachment link may follow it).
const LAST_PARAGRAPHS = 3;

/** The issuer and date glued into the last paragraphs (at their end or before a note), or null. */
export function inlineSignature(paragraphs: readonly string[]): Signature | null {
  for (const paragraph of paragraphs.slice(-LAST_PARAGRAPHS).reverse()) {
    const dates = [...paragraph.matchAll(DATES)].reverse();
    for (const m of dates) {
      const found = signatureBefore(paragraph.slice(0, m.index), m[0]);
      if (found && (found.agencies.length > 0 || m.index + m[0].length >= paragraph.replace(/[（(]此件[^（）()]{1,8}[)）][,，。.\s]*$|[,，。.\s]+$/, '').length)) return found;
    }
  }
  return null;
}

function signatureBefore(before: string, printed: string): Signature | null {
  const date = parseChineseDate(printed);
  if (!date) return null;
  for (let start = Math.max(0, before.length - REACH); start <= before.length - 4; start++) {
    const name = before.slice(start);
    const names = isCjk(name.charAt(0)) && !NO_NAME_START.test(name) ? agenciesOnLine(name) : null;
    if (names === null) continue;
    const previous = before.charAt(start - 1);
    const boundary = start === 0 || !isCjk(previous) || endsLikeDocumentTitle(before.slice(0, start)) || placesIn(name).length > 0 && placesIn(name)[0] !== undefined && name.startsWith(placesIn(name)[0]?.name ?? '\u0000');
    // Joint issuers run together (…科学技术厅海南省工业和信息化厅) come apart as agenciesOnLine splits them.
    if (boundary) return { agencies: names, date, line: -1 };
  }
  return { agencies: [], date, line: -1 };
}
