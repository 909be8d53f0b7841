// parseDocument: any text a consultant imports → what it is and its notices. A bulletin
// (issue, table of contents, [栏目]) goes to parseBulletin; anything else is read as
// 公文: one notice, several one after another (a forward with the notice it forwards,
// a WeChat digest), or not a notice at all, which is refused with the reason. Fields
// are read as in a bulletin (title, 文号, 落款, deadline, 附件, contacts), plus what a
// single document has on its own: the 发文机关标志, the 主送机关, a web page's
// metadata block and address.
import type { ParsedBulletin, ParsedNotice } from '../model/notice.ts';
import { cleanLines } from './furniture.ts';
import { parseHeader } from './header.ts';
import { parseBulletin } from './index.ts';
import { detectLayout } from './layout.ts';
import type { SourceLine } from './lines.ts';
import { SECTION_MARKER } from './patterns.ts';
import { isContentsEntry } from './header.ts';
import { parseNotice, type NoticeContext } from './read-notice.ts';
import { completeAgencies } from './agency-context.ts';
import { agenciesOnLine } from './signature.ts';
import { categoryOf } from './single/category.ts';
import { readHead, type Head } from './single/head.ts';
import { documentReasons } from './single/messages.ts';
import { readAnyDate, readPageFields } from './single/page-fields.ts';
import { firstNoticeStart, splitDocument } from './single/split.ts';
import { isWebFurniture, startsTrailingBox } from './single/web-furniture.ts';

export type DocumentKind = 'bulletin' | 'notice' | 'notices' | 'not-notice';

/** What the file itself says beside its text (a web page's address and title). */
export type DocumentHints = {
  /** The page's own address (canonical link, og:url, MHTML Content-Location). */
  url?: string | null;
  /** The page's title (its heading, or <title> without the site's name). */
  title?: string | null;
};

export type ParsedDocument = ParsedBulletin & {
  kind: DocumentKind;
  /** Why the document was read so, for the import report and the command line. */
  reason: string;
};

/** A bulletin says so: an issue, a table of contents or section labels. */
function isBulletin(lines: readonly SourceLine[]): boolean {
  const header = parseHeader(lines);
  if (header.bulletin.issue !== null || header.contents.length > 0) return true;
  return lines.some((line) => SECTION_MARKER.test(line.text) && !isContentsEntry(line.text));
}

// Where a scan or a copy of a signed 公文 marks the seal between the 落款 and its date.
const SEAL_MARK = /^[（(［[]?\s*(?:印章|盖章|公章|签章|章)\s*[)）］\]]?$/;

/** Web and WeChat furniture and seal marks out; the text stops at a box of other pages' titles. */
function withoutFurniture(lines: readonly SourceLine[]): SourceLine[] {
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (startsTrailingBox(line.text) && kept.length > 0) break;
    if (!isWebFurniture(line.text) && !SEAL_MARK.test(line.text)) kept.push(line);
  }
  return kept;
}

// A date line of its own (成文日期 printed under a web title) when there is no signature.
const DATE_LINE = /^(?:成文日期|印发日期|发文日期)?[:：]?\s*(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)$/;

function loneDate(lines: readonly SourceLine[]): string | null {
  for (const line of lines) {
    const m = DATE_LINE.exec(line.text);
    if (m?.[1]) return readAnyDate(m[1]);
  }
  return null;
}

/** `淮北市经济和信息化局关于…` → the agency before 关于, when it is one. */
function agencyOfTitle(title: string): string[] {
  const at = title.indexOf('关于');
  return at >= 4 ? (agenciesOnLine(title.slice(0, at)) ?? []) : [];
}

/**
 * The head of the notice; when none starts the text, the head of the first notice further
 * down (a WeChat article's lead before `全文如下：`), the lead left out.
 */
function readHeadAfterLead(lines: readonly SourceLine[]): Head {
  const head = readHead(lines);
  if (head.found.title) return head;
  const start = firstNoticeStart(lines);
  return start > 0 ? readHead(lines.slice(start)) : head;
}

function readOne(group: SourceLine[], context: NoticeContext, hints: DocumentHints, only: boolean): ParsedNotice | null {
  // A page's metadata block, or a digest item's own 发文机关/成文日期 lines.
  const { fields: page, used } = readPageFields(group);
  const lines = group.filter((_, i) => !used.has(i));
  const head = readHeadAfterLead(lines);
  const pageTitle = page.title ?? (only ? (hints.title ?? null) : null);
  if (!head.found.title && pageTitle === null) return null;
  const titled: SourceLine[] = head.found.title ? head.lines : [{ text: pageTitle ?? '', heading: 0, gap: 0, pageBreak: false, index: -1 }, ...head.lines];
  const notice = parseNotice({ category: '', lines: titled }, context);
  if (!notice) return null;
  const title = pageTitle !== null && pageTitle.length >= notice.title.length ? pageTitle : notice.title;
  const printed = notice.agencies.length > 0 ? notice.agencies : page.agencies.length > 0 ? page.agencies : head.bannerAgencies.length > 0 ? head.bannerAgencies : agencyOfTitle(title);
  const agencies = completeAgencies(printed, title, notice.body);
  const date = notice.date ?? page.date ?? loneDate(head.lines) ?? page.published;
  return {
    ...notice,
    title,
    category: categoryOf(title, notice.deadline),
    docNumber: notice.docNumber ?? page.docNumber,
    agencies,
    date,
    url: (only ? hints.url : null) ?? notice.url,
    addressees: head.addressees,
  };
}

export type BulletinRefusal = 'no-notices' | 'no-government-notice';

/**
 * Why a text read as a bulletin is still refused, or null. It is refused rather than
 * stored as made-up notices: the library is a library of government notices, and a stray
 * file (a table of contents alone, minutes, a novel) turned into "notices" would pollute
 * search and briefings. A bulletin needs at least one notice with something only a
 * government notice has: a 文号, a 发文机关, a 成文日期 or a 相关链接.
 */
export function bulletinRefusal(parsed: ParsedBulletin): BulletinRefusal | null {
  if (parsed.notices.length === 0) return 'no-notices';
  const identified = parsed.notices.some(
    (n) => n.title.trim() !== '' && (n.docNumber !== null || n.agencies.length > 0 || n.date !== null || n.url !== null),
  );
  return identified ? null : 'no-government-notice';
}

export function parseDocument(text: string, hints: DocumentHints = {}): ParsedDocument {
  const cleaned = cleanLines(text);
  if (cleaned.lines.length === 0) return { kind: 'not-notice', reason: documentReasons.empty, bulletin: { publisher: null, issue: null }, notices: [] };
  if (isBulletin(cleaned.lines)) {
    const parsed = parseBulletin(text);
    return { ...parsed, kind: 'bulletin', reason: documentReasons.bulletin(parsed.notices.length) };
  }
  const lines = withoutFurniture(cleaned.lines);
  const context: NoticeContext = {
    layout: detectLayout(lines),
    contents: new Set(),
    publisherHost: cleaned.publisherHost,
    knownUrls: cleaned.annotations.flatMap((a) => a.urls),
    bulletinYear: null,
    single: true,
  };
  const groups = splitDocument(lines);
  const only = groups.length === 1;
  const notices = groups.flatMap((group) => {
    const notice = readOne(group, context, hints, only);
    return notice ? [notice] : [];
  });
  const bulletin = { publisher: null, issue: null };
  if (notices.length === 0) return { kind: 'not-notice', reason: documentReasons.noTitle, bulletin, notices };
  const official = notices.filter((n) => n.docNumber !== null || n.agencies.length > 0 || n.date !== null);
  if (official.length === 0) return { kind: 'not-notice', reason: documentReasons.noMarks, bulletin, notices: [] };
  if (official.length === 1) return { kind: 'notice', reason: documentReasons.notice(official[0]?.title ?? ''), bulletin, notices: official };
  return { kind: 'notices', reason: documentReasons.notices(official.length), bulletin, notices: official };
}
