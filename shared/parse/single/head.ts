// The head of a single 公文, as printed (GB/T 9704): copy number, secrecy and urgency
// marks, the 发文机关标志 (`北京市经济和信息化委员会文件`, or the agency's name alone),
// the 文号 (with 签发人 beside it in a 上行文), then the title, then the 主送机关
// (`各区经信主管部门，…：`). Web pages and WeChat copies put the title first and the
// 文号 under it. readHead finds each part wherever it stands and puts the title first
// and the 文号 next, the order parseNotice reads a bulletin's notice in.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { endsLikeTitle, endsSentence } from '../patterns.ts';
import { isSalutation } from '../segment.ts';
import { agenciesOnLine } from '../signature.ts';
import { isDateOnly } from '../../text/chinese-date.ts';

export type Head = {
  /** The title's lines, then the 文号's, then the rest, banner and marks left out. */
  lines: SourceLine[];
  /** Agencies named by the 发文机关标志, for a notice without a signature. */
  bannerAgencies: string[];
  /** The 主送机关 named by the salutation line. */
  addressees: string[];
  found: { title: boolean; docNumber: boolean };
};

// The head is over by the salutation or the first sentence; never longer than this.
const HEAD_LINES = 14;
const MAX_TITLE_LINES = 3;
const MAX_TITLE_LENGTH = 90;

const COPY_MARK = /^(?:\d{6}|(?:绝密|机密|秘密)(?:★.{0,8})?|特急|加急|特提|平急|急件)$/;
const BANNER = /^(\S{2,40}?)\s*(?:文件|文\s*件|公报|便函|函件)$/;
const SIGNER = /\s+签发人[:：].*$/;
// 一、 / 1. / 01 / （一） before a title in a digest of several notices.
export const ITEM_NUMBER = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|0\d\s+|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*/;

export function withoutItemNumber(text: string): string {
  return text.replace(ITEM_NUMBER, '');
}

/** The title starting at line `i`: how many lines it takes (0 when none starts there). */
export function titleAt(lines: readonly SourceLine[], i: number): number {
  // `附件：《…》指南` names an attachment; the attachment's own title stands on its own line.
  if (/^附\s*件|^附[:：]/.test(lines[i]?.text ?? '')) return 0;
  let text = '';
  for (let n = 1; n <= MAX_TITLE_LINES && i + n - 1 < lines.length; n++) {
    const line = lines[i + n - 1];
    if (!line) return 0;
    const part = n === 1 ? withoutItemNumber(line.text) : line.text;
    if (n > 1 && (docNumberOnLine(part) !== null || isSalutation(part) || isDateOnly(part))) return 0;
    text += part;
    if (text.length > MAX_TITLE_LENGTH || (endsSentence(text) && !/[》」』）)]$/.test(text))) return 0;
    if (endsLikeTitle(text)) return n;
  }
  return 0;
}

function docNumberOf(text: string): string | null {
  return docNumberOnLine(text.replace(SIGNER, ''));
}

/** The addressees of a salutation: split at ，and ；outside brackets (、 joins one addressee's levels). */
export function addresseesOf(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text.replace(/[:：]$/, '')) {
    if ('（(《'.includes(ch)) depth++;
    else if ('）)》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;'.includes(ch)) {
      names.push(current.trim());
      current = '';
    } else current += ch;
  }
  names.push(current.trim());
  return names.filter((name) => name !== '');
}

export function readHead(lines: readonly SourceLine[]): Head {
  const skipped = new Set<number>();
  const bannerAgencies: string[] = [];
  let docLine = -1;
  let titleStart = -1;
  let titleLines = 0;
  let addressees: string[] = [];
  const limit = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]?.text ?? '';
    if (isSalutation(text)) {
      addressees = addresseesOf(text);
      break;
    }
    if (COPY_MARK.test(text)) {
      skipped.add(i);
      continue;
    }
    if (docLine < 0 && docNumberOf(text) !== null) {
      docLine = i;
      continue;
    }
    if (titleStart < 0) {
      const banner = BANNER.exec(text);
      const bannerNames = banner ? agenciesOnLine(banner[1] ?? '') : null;
      if (bannerNames) {
        bannerAgencies.push(...bannerNames);
        skipped.add(i);
        continue;
      }
      const n = titleAt(lines, i);
      if (n > 0) {
        titleStart = i;
        titleLines = n;
        i += n - 1;
        continue;
      }
      // The agency's name alone above the title is its 发文机关标志 too.
      const names = agenciesOnLine(text);
      if (names && i + 1 < limit) {
        bannerAgencies.push(...names);
        skipped.add(i);
        continue;
      }
    }
    if (endsSentence(text) && text.length > 40) break;
  }
  if (titleStart < 0) {
    return { lines: lines.filter((_, i) => !skipped.has(i)), bannerAgencies, addressees, found: { title: false, docNumber: docLine >= 0 } };
  }
  const title = lines.slice(titleStart, titleStart + titleLines).map((line, k) => (k === 0 ? { ...line, text: withoutItemNumber(line.text) } : line));
  const docNumber = docLine >= 0 ? [{ ...lines[docLine]!, text: lines[docLine]!.text.replace(SIGNER, '') }] : [];
  const rest = lines.filter((_, i) => !skipped.has(i) && i !== docLine && (i < titleStart || i >= titleStart + titleLines));
  // Lines above the title that are not part of the head (a WeChat account's name) go after it.
  return { lines: [...title, ...docNumber, ...rest], bannerAgencies, addressees, found: { title: true, docNumber: docLine >= 0 } };
}
