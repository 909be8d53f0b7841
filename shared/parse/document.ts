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
import { annotate } from './single/annotate.ts';
import { labelAlone } from './single/page-fields.ts';
import { readDocument, type ReadDocument } from './single/read-document.ts';
import { splitDocuments } from './single/split.ts';
import { mendFragments, stripWatermark, unflatten } from './single/unflatten.ts';
import { refusalOf, type Refusal } from './single/verdict.ts';
import { isWebFurniture } from './single/web-furniture.ts';

export type DocumentKind = 'bulletin' | 'notice' | 'notices' | 'not-notice';

/** What the file itself says beside its text (a web page's address and title). */
export type DocumentHints = {
  /** The page's own address (canonical link, og:url, MHTML Content-Location). */
  url?: string | null;
  /** The page's title (its heading, or <title> without the site's name). */
  title?: string | null;
};

/**
 * Why the document was read so, as data the import report and the command line word: a
 * bulletin of so many notices, one 公文 (its title), several 公文 in one file (a forward, a
 * digest), or refused for what it is instead.
 */
export type DocumentReading =
  | { kind: 'bulletin'; notices: number }
  | { kind: 'notice'; title: string }
  | { kind: 'notices'; count: number }
  | { kind: 'refused'; refusal: Refusal };

export type ParsedDocument = ParsedBulletin & {
  kind: DocumentKind;
  reading: DocumentReading;
  /** For a text that is no notice: what it is instead (the import report words what to do). */
  refusal?: Refusal;
};

// Bracketed words a page prints alone that are no bulletin section.
const NOT_A_SECTION = /图|编辑|打印|关闭|收藏|分享|视频|音频|资料|原创|转载|广告|推荐|热点|置顶|来源|注|导读|摘要|提示|声明|链接|附件|原文|正文|全文|标题|目录/;

/** A bulletin says so: an issue, a table of contents or section labels. */
function isBulletin(lines: readonly SourceLine[]): boolean {
  const header = parseHeader(lines);
  if (header.bulletin.issue !== null || header.contents.length > 0) return true;
  // A page's `【打印本页】`, `[编辑]` or `【资料图】` is furniture, not a section label.
  // One bracketed line alone (`【企业会计准则】`, a page's tag) is not a bulletin's sections.
  const sections = new Set(lines.filter((line) => SECTION_MARKER.test(line.text) && !isContentsEntry(line.text) && !isWebFurniture(line.text) && !NOT_A_SECTION.test(line.text) && labelAlone(line.text) === null).map((line) => line.text));
  return sections.size >= 2;
}

function hasMarks(document: ReadDocument): boolean {
  const n = document.notice;
  return n.docNumber !== null || n.agencies.length > 0 || n.date !== null || (n.addressees?.length ?? 0) > 0 || document.titleSource === 'document';
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
  const bulletin = { publisher: null, issue: null };
  if (cleaned.lines.length === 0) return { kind: 'not-notice', reading: { kind: 'refused', refusal: 'empty' }, refusal: 'empty', bulletin, notices: [] };
  if (isBulletin(cleaned.lines)) {
    const parsed = parseBulletin(text);
    return { ...parsed, kind: 'bulletin', reading: { kind: 'bulletin', notices: parsed.notices.length } };
  }
  const { lines } = annotate(mendFragments(unflatten(stripWatermark(cleaned.lines))));
  const content: SourceLine[] = lines.filter((line) => line.divider !== true);
  const groups = splitDocuments(lines);
  const only = groups.length === 1;
  const context = {
    layout: detectLayout(content),
    publisherHost: cleaned.publisherHost,
    knownUrls: cleaned.annotations.flatMap((a) => a.urls),
    pageTitle: only ? (hints.title ?? null) : null,
    pageUrl: only ? (hints.url ?? null) : null,
  };
  const read = groups.flatMap((group): ReadDocument[] => {
    const one = readDocument(group, context);
    return one ? [one] : [];
  });
  // A digest's own heading and introduction, split off before its first item, is no document.
  const marked = read.filter(hasMarks);
  const documents = marked.length > 0 ? marked : read;
  const refusal = refusalOf({ lines: content, documents });
  if (refusal !== null || documents.length === 0) {
    const why = refusal ?? 'no-marks';
    return { kind: 'not-notice', reading: { kind: 'refused', refusal: why }, refusal: why, bulletin, notices: [] };
  }
  const notices = documents.map((d) => d.notice);
  markForwarded(notices);
  if (notices.length === 1) return { kind: 'notice', reading: { kind: 'notice', title: notices[0]?.title ?? '' }, bulletin, notices };
  return { kind: 'notices', reading: { kind: 'notices', count: notices.length }, bulletin, notices };
}

/** A first document that says it passes the others on: 转发, 现将《…》, 根据…《…》. */
const FORWARDING = /转发|现将|根据|按照|附件/;
const OPENING_PARAGRAPHS = 4;
/** Paragraphs of the forward kept with what it carries: enough for its contacts and signature. */
const LEAD_PARAGRAPHS = 16;

/** The words of a title that another document quotes: from 关于 on, without 的通知. */
function quotedCore(title: string): string {
  const from = title.indexOf('关于');
  return (from >= 0 ? title.slice(from) : title).replace(/的(通知|公告|函)$/u, '').replace(/\s+/gu, '').slice(0, 12);
}

/**
 * The documents after the first of a file, when the first forwards them (its opening says so
 * and quotes their title): each is marked as carried by the first.
 */
function markForwarded(notices: ParsedNotice[]): void {
  const [first, ...rest] = notices;
  if (!first || rest.length === 0) return;
  const text = [first.title, ...first.body.slice(0, OPENING_PARAGRAPHS)].join('').replace(/\s+/gu, '');
  if (!FORWARDING.test(text)) return;
  for (const later of rest) {
    const core = quotedCore(later.title);
    if (core.length < 6 || !text.includes(core)) continue;
    later.forwardedBy = { title: first.title, agencies: [...first.agencies], addressees: [...(first.addressees ?? [])], lead: first.body.slice(0, LEAD_PARAGRAPHS), url: first.url };
  }
}
