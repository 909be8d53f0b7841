// The keys under which a cited document and a library notice meet. A citation names a
// document by its 文号, by its title, or both; a notice is known by its own 文号, its
// title and, for 关于印发《X》的通知, by the document X it issues. Titles are printed with
// and without the issuing agency in front (山西省人民政府《关于…的意见》), so a title
// starting at 关于 is a weaker key of its own.
//
// Keys carry their kind: `d:` a 文号 (agency code|year|number), `t:` a whole title or
// a law's name, `s:` a title from 关于 on. Matching tries the kinds in that order.
import { docNumberParts } from '../search/doc-number-parts.ts';
import { titleKey } from '../text/normalize.ts';

export type KeyKind = 'd' | 't' | 's';
export const KEY_KINDS: readonly KeyKind[] = ['d', 't', 's'];

/** The `d:` key of a 文号, or null when it does not read as one. */
export function docKeyOf(docNumber: string | null): string | null {
  if (docNumber === null) return null;
  const parts = docNumberParts(docNumber);
  if (!parts) return null;
  return `d:${parts.code}|${parts.year ?? ''}|${parts.number}`;
}

/** A title folded for comparison: widths, spaces, quotes and every bracket style. */
export function foldTitle(title: string): string {
  return titleKey(title).replace(/[《》〈〉<>＜＞]/g, '');
}

// 中华人民共和国公司法（2018年修正） and 公司法 are one law.
const LAW_PREFIX = /^中华人民共和国/;
const REVISION = /\((?:\d{4}年)?(?:修正|修订|修正本|修订本)?\)$/;
const LAW_NAME = /(?<![办方做说想])法$/;

/** The law's name without 中华人民共和国 and its revision mark, or null when `title` is not a law. */
export function lawNameOf(title: string): string | null {
  const folded = foldTitle(title).replace(REVISION, '');
  if (!LAW_NAME.test(folded) || folded.length < 3 || folded.length > 30) return null;
  return folded.replace(LAW_PREFIX, '');
}

// 关于印发《X》的通知, 关于发布<X>的通知, 关于转发X的通知: the notice issues X.
const ISSUES_DOCUMENT = /(?:印发|发布|颁布|公布)[《<〈＜](.+)[》>〉＞](?:的)?(?:通知|决定|公告|通告|函)?$/;
// 关于转发《X》的通知: X is another body's document, passed on.
const FORWARDS_UNBRACKETED = /转发([\u4e00-\u9fff、，,\s]{2,40}关于.{4,80}?的(?:通知|函|意见|办法|方案))$/;
const FORWARDS_DOCUMENT = /转发(?:[\u4e00-\u9fff、，,\s]{0,30}?)[《<〈＜](.+)[》>〉＞](?:的)?(?:通知|函)?$/;
const ISSUES_UNBRACKETED = /关于(?:印发|发布|颁布|公布)(.{4,60}?)的(?:通知|决定|公告|通告)$/;

/** The document a title says it issues (关于印发《X》的通知 → X), or null. */
export function issuedDocumentOf(title: string): string | null {
  const t = title.trim();
  const bracketed = ISSUES_DOCUMENT.exec(t);
  if (bracketed?.[1]) return bracketed[1];
  const plain = ISSUES_UNBRACKETED.exec(t);
  return plain?.[1] ?? null;
}

/** The document a forwarding notice's title says it forwards (关于转发《X》的通知 → X), or null. */
export function forwardedDocumentOf(title: string): string | null {
  const t = title.trim();
  const bracketed = FORWARDS_DOCUMENT.exec(t)?.[1];
  if (bracketed) return bracketed;
  // 某厅转发工业和信息化部科技司关于征集…的通知: the forwarded title unbracketed.
  const plain = FORWARDS_UNBRACKETED.exec(t);
  return plain?.[1] ?? null;
}

/** The title from its 关于 on, when an agency or place stands before it. */
function fromGuanyu(folded: string): string | null {
  const at = folded.indexOf('关于');
  return at > 0 && at <= 40 ? folded.slice(at) : null;
}

/** Every key of a title, strongest first, without repeats. */
export function titleKeysOf(title: string): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  const folded = foldTitle(title);
  if (folded === '') return keys;
  add(`t:${folded}`);
  const law = lawNameOf(title);
  if (law !== null) add(`t:${law}`);
  const issued = issuedDocumentOf(title);
  if (issued !== null && foldTitle(issued) !== '') add(`t:${lawNameOf(issued) ?? foldTitle(issued)}`);
  if (folded.startsWith('关于')) add(`s:${folded}`);
  const tail = fromGuanyu(folded);
  if (tail !== null) add(`s:${tail}`);
  return keys;
}

/** The keys of a cited document: its 文号, then its title's. */
export function citationKeysOf(title: string | null, docNumber: string | null): string[] {
  const doc = docKeyOf(docNumber);
  return [...(doc ? [doc] : []), ...(title ? titleKeysOf(title) : [])];
}

/** The keys a library notice is known by: its own 文号, its title, the document it issues. */
export function ownKeysOf(notice: { title: string; docNumber: string | null }): string[] {
  return citationKeysOf(notice.title, notice.docNumber);
}

export function kindOf(key: string): KeyKind {
  return key.charAt(0) as KeyKind;
}
