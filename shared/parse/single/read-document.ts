// One document of a single-notice file read into a notice. Each field is voted from every
// place a copy can print it, strongest first:
// - 发文机关: the 落款; the page's 发文机关 metadata; the issuer printed over the title or as its
//   发文机关标志 or 令/公告 heading; the issuer before 关于 in the title or as its tag; the issuer
//   a 令/公告 number names; the page's 来源 when it names a government body; the body's own
//   words (本办法由…负责解释, 我局).
// - 成文日期: the 落款's date; the page's 成文日期; a date printed alone in the head; the page's
//   发布日期, unless it is a repost's (later than the notice's own deadlines or years).
// - 文号: the head's 文号 or 令/公告 number; the page's 文号 metadata.
// What could not be read for sure is listed in `review`, so the notice is kept and marked.
import type { Layout } from '../layout.ts';
import type { ParsedNotice, ReviewField } from '../../model/notice.ts';
import { findAttachments } from '../attachments.ts';
import { completeAgencies } from '../agency-context.ts';
import { findContacts } from '../contacts.ts';
import { findDeadlines } from '../deadline.ts';
import { citedDocNumbers } from '../doc-number.ts';
import { relatedLinkLabel, relatedUrl, urlsIn } from '../links.ts';
import type { SourceLine } from '../lines.ts';
import { reflow } from '../reflow.ts';
import { agenciesOnLine, findSignature } from '../signature.ts';
import { placesIn } from '../../model/region.ts';
import { gluedDate } from '../../text/chinese-date.ts';
import { categoryOf } from './category.ts';
import { readHead, type TitleSource } from './head.ts';
import { inlineSignature } from './inline-signature.ts';
import { issuersOfNumber } from './law-number.ts';
import type { DocumentLines } from './split.ts';
import { isSiteHomePage } from '../../text/home-page.ts';

export type DocumentContext = {
  layout: Layout;
  publisherHost: string | null;
  knownUrls: readonly string[];
  /** The page's own title and address, for a file that holds one document. */
  pageTitle: string | null;
  pageUrl: string | null;
};

export type ReadDocument = { notice: ParsedNotice; titleSource: TitleSource | null; signed: boolean };

// A 来源 that is a website, a newspaper or an account, not the issuer.
const NOT_AN_ISSUER = /(?:网站|网|报|报社|日报|晚报|电视台|公众号|微信|客户端|在线|新闻|头条|号)$/;
const NUMBER_YEAR = /[〔［【[﹝](20\d{2}|19\d{2})[〕］】\]﹞]/g;
const YEAR = /(20\d{2}|19\d{2})\s*年|[〔［【[（(﹝](20\d{2}|19\d{2})[〕］】\]）)﹞]/g;

/** Lines from the 相关链接 label to the end of the document. */
function splitLinkBlock(lines: readonly SourceLine[]): { body: SourceLine[]; block: SourceLine[] } {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
    if (relatedLinkLabel(lines[i]?.text ?? '')) return { body: lines.slice(0, i), block: lines.slice(i) };
  }
  return { body: [...lines], block: [] };
}

/** `淮北市经济和信息化局关于…` → the agencies before 关于, when they are agencies. */
function agenciesOfTitle(title: string): string[] {
  const at = title.indexOf('关于');
  if (at < 3) return [];
  return agenciesOnLine(title.slice(0, at).replace(/[、，,]/g, ' ')) ?? [];
}

// A 来源 names the issuer when it is a government body: a place's or the state's office.
const GOVERNMENT_BODY = /(?:局|厅|委|委员会|部|政府|管委会|管理委员会|办公室|办|署|中心|处|科|协会|联合会|商会)$/;

function sourceAgencies(source: string | null): string[] {
  if (source === null || NOT_AN_ISSUER.test(source) || !GOVERNMENT_BODY.test(source)) return [];
  const official = placesIn(source).length > 0 || /^(?:国家|中国|中华|国务院|全国|省|市|区|县)|部|高新区|开发区|新区|园区|经开区/.test(source);
  return official ? (agenciesOnLine(source) ?? []) : [];
}

/** The year a document without a date most likely speaks of: its title's, else its body's commonest. */
function likelyYear(title: string, body: readonly string[]): number | null {
  const inTitle = [...title.matchAll(YEAR)].map((m) => Number(m[1] ?? m[2]));
  if (inTitle.length > 0) {
    const year = Math.max(...inTitle);
    // A call for next year's funds (`组织开展2022年…`) cites this year's documents (`〔2021〕`), never next year's.
    const numbered = new Set(body.flatMap((p) => [...p.matchAll(NUMBER_YEAR)].map((m) => Number(m[1]))));
    return numbered.has(year - 1) && !numbered.has(year) ? year - 1 : year;
  }
  const counts = new Map<number, number>();
  for (const paragraph of body) {
    for (const m of paragraph.matchAll(YEAR)) {
      const year = Number(m[1] ?? m[2]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  if (best === null) return null;
  const numbered = new Set(body.flatMap((p) => [...p.matchAll(NUMBER_YEAR)].map((m) => Number(m[1]))));
  return numbered.has(best - 1) && !numbered.has(best) ? best - 1 : best;
}

/**
 * Whether the page's 发布日期 is a repost's: later than a deadline the notice sets, or more
 * than a year after the year its title speaks of.
 */
function isRepostDate(published: string, title: string, body: readonly string[], year: number | null): boolean {
  if (findDeadlines(body, null, year).some((d) => d.date < published)) return true;
  const inTitle = [...title.matchAll(YEAR)].map((m) => Number(m[1] ?? m[2]));
  if (inTitle.length > 0 && Number(published.slice(0, 4)) > Math.max(...inTitle) + 1) return true;
  // A page dated years after every year its text names (a 1993 notice on a database crawled in 2024).
  const named = body.flatMap((text) => [...text.matchAll(YEAR)].map((m) => Number(m[1] ?? m[2])));
  return named.length > 0 && Number(published.slice(0, 4)) > Math.max(...named) + 5;
}

// A body that offices sign under: `武汉东湖新技术开发区管委会` over `发展改革局`.
const PARENT = /(?:管委会|管理委员会|人民政府|政府|委员会)$/;

/** An office printed on the line under its parent body, without a place of its own, joined to it. */
function joinOffices(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    if (previous !== undefined && PARENT.test(previous) && placesIn(name).length === 0 && !/^(?:国家|中国|中华|国务院|全国)/.test(name) && name.length <= 8) {
      out[out.length - 1] = `${previous}${name}`;
    } else out.push(name);
  }
  return out;
}

/**
 * A name printed short (`经济和信息化局` in a 落款 whose page lost the city) completed from a
 * longer printing of the same name elsewhere in the copy (`达州市经济和信息化局关于…`).
 */
function withFullNames(names: readonly string[], elsewhere: readonly string[]): string[] {
  return names.map((name) => elsewhere.find((other) => other.length > name.length && other.endsWith(name)) ?? name);
}

/** A 落款 date whose 年月日 a copy lost (`201827` on the last lines). */
function gluedSignatureDate(lines: readonly SourceLine[]): string | null {
  for (const line of [...lines.slice(0, 30), ...lines.slice(-8)]) {
    const m = /^(\d{6,8})日?$/.exec(line.text.trim());
    const date = m?.[1] ? gluedDate(m[1]) : null;
    if (date) return date;
  }
  return null;
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((list) => list.length > 0) ?? [];
}

export function readDocument(doc: DocumentLines, context: DocumentContext): ReadDocument | null {
  const head = readHead(doc.lines, context.pageTitle);
  const meta = doc.meta;
  const bodyLines = doc.lines.filter((_, i) => !head.headLines.has(i));
  if (bodyLines.length === 0 && head.title === null) return null;
  const { body, block } = splitLinkBlock(bodyLines);
  // A 相关链接 naming only the site is not the notice's source (it stays a link of its text).
  const named = context.pageUrl ?? relatedUrl(block, context.knownUrls);
  const url = named !== null && isSiteHomePage(named) ? null : named;
  const paragraphs = reflow(body, context.layout);
  const signature = findSignature(body) ?? inlineSignature(paragraphs);
  const title = head.title ?? meta.title ?? '';

  const voters = [
    joinOffices(signature?.agencies ?? []),
    // A 令 or 公告 number names its issuer more surely than the site that republished it.
    head.docNumber ? issuersOfNumber(head.docNumber) : [],
    meta.agencies,
    head.headAgencies,
    head.titleAgencies.length > 0 ? head.titleAgencies : agenciesOfTitle(title),
    head.tagAgencies,
    sourceAgencies(meta.source),
  ];
  const printed = withFullNames(firstNonEmpty(...voters), voters.flat());
  const agencies = completeAgencies(printed, title, paragraphs);

  const year = likelyYear(title, paragraphs);
  const published = meta.published !== null && !isRepostDate(meta.published, title, paragraphs, year) ? meta.published : null;
  const date = signature?.date ?? gluedSignatureDate(body) ?? head.promulgatedOn ?? meta.date ?? head.headDate ?? published;
  const deadlines = findDeadlines(meta.deadline ? [...paragraphs, meta.deadline] : paragraphs, date, date ? null : year);
  const docNumber = head.docNumber ?? meta.docNumber;

  const review: ReviewField[] = [];
  if (head.titleSource !== 'document' && head.titleSource !== 'promulgated' && head.titleSource !== 'reported') review.push('title');
  if (agencies.length === 0) review.push('agencies');
  if (date === null) review.push('date');

  const notice: ParsedNotice = {
    category: categoryOf(title, deadlines[0]?.date ?? null),
    title: title === '' ? untitled(paragraphs) : title,
    docNumber,
    agencies,
    date,
    url,
    links: urlsIn([...(url === null && named !== null ? [named] : []), ...paragraphs], new Set(url ? [url] : []), context.publisherHost),
    deadline: deadlines[0]?.date ?? null,
    deadlines,
    attachments: findAttachments(paragraphs),
    contacts: findContacts(paragraphs),
    addressees: head.addressees,
    citedDocNumbers: citedDocNumbers(paragraphs, docNumber),
    body: paragraphs,
    ...(review.length > 0 ? { review } : {}),
  };
  return { notice, titleSource: head.titleSource, signed: signature !== null };
}

// An untitled notice is named by the start of its first sentence, to be corrected.
const UNTITLED_LENGTH = 24;

function untitled(paragraphs: readonly string[]): string {
  const first = paragraphs.find((p) => p.length >= 10 && !/^各[^：:]{0,60}[：:]$/.test(p)) ?? paragraphs[0] ?? '';
  const text = first.replace(/^各[^：:]{0,60}[：:]/, '');
  return `（无标题）${text.slice(0, UNTITLED_LENGTH)}${text.length > UNTITLED_LENGTH ? '…' : ''}`;
}
