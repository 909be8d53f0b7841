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

function isCjk(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch);
}

/** The issuer and date glued to the end of the last paragraph, or null. */
export function inlineSignature(paragraphs: readonly string[]): Signature | null {
  // `(此件主动公开)`: a note after the 落款.
  const last = (paragraphs[paragraphs.length - 1] ?? '').replace(/[。.\s]+$/, '').replace(/[（(]此件[^（）()]{1,8}[)）]$/, '').replace(/[。.\s]+$/, '');
  const m = new RegExp(`(${CHINESE_DATE.source})$`, 'u').exec(last);
  if (!m) return null;
  const date = parseChineseDate(m[0]);
  if (!date) return null;
  const before = last.slice(0, m.index);
  for (let start = Math.max(0, before.length - REACH); start <= before.length - 4; start++) {
    const name = before.slice(start);
    if (agenciesOnLine(name) === null) continue;
    const previous = before.charAt(start - 1);
    const boundary = start === 0 || !isCjk(previous) || endsLikeDocumentTitle(before.slice(0, start)) || placesIn(name).length > 0 && placesIn(name)[0] !== undefined && name.startsWith(placesIn(name)[0]?.name ?? '\u0000');
    if (boundary) return { agencies: [name], date, line: -1 };
  }
  return { agencies: [], date, line: -1 };
}
