// The head of one document: its title, its 文号 (or 令/公告 number), the issuer printed over
// the title, the 发文机关标志, the 主送机关, and which lines are head rather than body. A
// 公文 as printed (GB/T 9704) puts banner, 文号, title and 主送机关 in that order; web pages
// and WeChat copies put their own headline, metadata and a second copy of the title around
// them, and reposts can start right at the 主送机关 with no title at all. The title is the
// best scored candidate (candidates.ts); a 令 or 公告 whose head has no title of its own takes
// the title of the rule it promulgates.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { isSalutation } from '../segment.ts';
import { agenciesOnLine, isSignatureDateLine } from '../signature.ts';
import { isDateOnly, parseChineseDate } from '../../text/chinese-date.ts';
import { addresseesOf } from './addressees.ts';
import { bestCandidate, isIssuerLine, startsOwnTitle, titleAt, titleCandidates, type TitleCandidate } from './candidates.ts';
import { lawBanner, lawNumberAt, splitLawBanner } from './law-number.ts';
import { readAnyDate } from './page-fields.ts';
import { cleanTitle, endsLikeDocumentTitle, withoutColumnWord } from './title-text.ts';

export type TitleSource = 'document' | 'promulgated' | 'reported' | 'page' | 'headline';

export type Head = {
  title: string | null;
  titleSource: TitleSource | null;
  docNumber: string | null;
  /** Issuer lines over the title, the 发文机关标志, the 令/公告 heading's issuer. */
  headAgencies: string[];
  /** An issuer the page printed as the title's tag (`山东省发改委:关于…`). */
  tagAgencies: string[];
  /** The issuers the title names before 关于, read with the spaces the page printed between them. */
  titleAgencies: string[];
  addressees: string[];
  /** A date printed alone in the head (under a 令 number, under the title). */
  headDate: string | null;
  /** The date a rule's note under its title says its 令 was promulgated on. */
  promulgatedOn: string | null;
  /** Indexes of lines that belong to the head (or to the page around it), not to the body. */
  headLines: Set<number>;
};

// A candidate after the body has begun is considered only within this many lines (a lead
// paragraph before the notice), and only with its own 文号 or 主送机关.
const LEAD_REACH = 40;
const NUMBER_REACH = 3;
// `各有关单位:根据…`: the 主送机关 with the text run on after its colon.
const SALUTATION_THEN_TEXT = /^(各[^：:∶。，,]{1,60}[：:∶])\S/;
const BANNER = /^(\S{2,40}?)\s*(?:文件|文\s*件)$/;
// What stands between a banner and the title: `文件` on its own line, copy and urgency marks.
const HEAD_MARK = /^(?:文\s*件|\d{6}|特急|加急|特提|平急|(?:绝密|机密|秘密)\S{0,8}|签发人[:：].*)$/;
// `（二○一○年四月二十六日）` under an attached 意见's title: its date.
const DATE_IN_BRACKETS = /^[（(]\s*(\S{2,4}\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日)\s*[)）]$/;
const ISO_DATE_LINE = /^(?:成文日期|印发日期|发文日期)?[:：]?\s*(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)$/;
// 《X》已经…通过，现予公布: the sentence a 令 or 公告 promulgates its rule with.
// `（2022年4月14日国家市场监督管理总局令第56号公布 自2022年7月1日起施行）` under a rule's title.
const PROMULGATION_NOTE = /^[（(][^（）()]*?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*([\u4e00-\u9fff、]{2,40}?(?:令|公告)\s*第\s*[\d一二三四五六七八九十〇零○百]+\s*号)\s*(?:公布|发布|颁布)/;
const PROMULGATION = /^[^《]{0,10}《([^《》]{4,80})》[^。]{0,80}(?:通过|批准|审议)[^。]{0,40}(?:现予|予以)(?:公布|发布|公告|印发)/;

export function isBodyLine(text: string): boolean {
  if (isSalutation(text) || /^各[^：:]{1,60}[：:∶]\S/.test(text)) return true;
  if (/^第[一二三四五六七八九十百]+[章条]/.test(text)) return true;
  const bare = text.replace(/《[^》]*》/g, '');
  if (text.length >= 40 && (/[。；;]/.test(bare) || (bare.match(/[，,]/g)?.length ?? 0) >= 2)) return true;
  return text.length >= 24 && /[。；;]$/.test(text);
}

function firstBodyLine(lines: readonly SourceLine[]): number {
  const i = lines.findIndex((line) => isBodyLine(line.text));
  return i < 0 ? lines.length : i;
}

function isBanner(text: string): string[] | null {
  const m = BANNER.exec(text);
  return m ? agenciesOnLine(m[1] ?? '') : null;
}

/** The 文号 nearest the title: below it first, then above it; issuer, banner and date lines skipped. */
function numberNear(lines: readonly SourceLine[], title: TitleCandidate): { at: number; docNumber: string } | null {
  const end = title.start + title.count;
  // Down to the 主送机关: a repost may print a summary line between title and 文号.
  let skipped = 0;
  for (let j = end; j < Math.min(lines.length, end + NUMBER_REACH + 3); j++) {
    const text = (lines[j]?.text ?? '').replace(/\s+签发人[:：].*$/, '');
    // A bare `第153号` under a 决定's title is its 令 number as the page prints it.
    const number = docNumberOnLine(text) ?? numberBesideDate(text)?.docNumber ?? (j <= end + 2 ? lawNumberAt(text) : null);
    if (number) return { at: j, docNumber: number };
    if (isSalutation(text) || titleAt(lines, j) !== null) break;
    if (isBodyLine(text) && ++skipped > 1) break;
  }
  for (let j = title.start - 1; j >= Math.max(0, title.start - NUMBER_REACH); j--) {
    const number = docNumberOnLine((lines[j]?.text ?? '').replace(/\s+签发人[:：].*$/, ''));
    if (number) return { at: j, docNumber: number };
  }
  return null;
}

/** A 令/公告 heading with its number on a line of its own below it: 国家知识产权局公告 / 第二八六号. */
function bannerNumber(lines: readonly SourceLine[], limit: number): { lines: number[]; docNumber: string; issuer: string; heading: string; word: string } | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const text = lines[i]?.text ?? '';
    // One line (`国家知识产权局公告`), or the issuer over the word (`中华人民共和国商务部` / `公  告`).
    const split = splitLawBanner(text, lines[i + 1]?.text ?? '');
    const banner = lawBanner(text) ?? split;
    if (!banner) continue;
    const heading = `${banner.issuer}${banner.word}`.replace(/\s+/g, '');
    const first = split ? i + 2 : i + 1;
    for (let j = first; j <= first + 2 && j < lines.length; j++) {
      const number = lawNumberAt(lines[j]?.text ?? '');
      if (number) return { lines: split ? [i, i + 1, j] : [i, j], docNumber: `${heading}${number}`, issuer: banner.issuer, heading, word: banner.word };
    }
  }
  return null;
}

/** The title a 令 or 公告 promulgates: named in its promulgation sentence, or the first title after its 落款. */
function promulgatedTitle(lines: readonly SourceLine[], from: number, afterSignature = true): { title: string; at: number | null } | null {
  for (let i = Math.max(0, from - 1); i < Math.min(lines.length, from + 6); i++) {
    const m = PROMULGATION.exec(lines[i]?.text ?? '');
    // Inside 《》 a title's own 《》 are printed 〈〉 or <>: given back as the title prints them.
    if (m?.[1]) return { title: cleanTitle(m[1].replace(/[〈<]/g, '《').replace(/[〉>]/g, '》')).title, at: null };
  }
  if (!afterSignature) return null;
  const signed = lines.findIndex((line, i) => i >= from && isSignatureDateLine(line.text));
  if (signed < 0) return null;
  for (let i = signed + 1; i < Math.min(lines.length, signed + 4); i++) {
    const at = titleAt(lines, i);
    if (at && at.clean.title.length >= 6) return { title: at.clean.title, at: i };
  }
  return null;
}

// `近日，贵州省工业和信息化厅发布《省工业和信息化厅关于…的公示》`: the subject, the verb, the title.
const REPORTS = /([\u4e00-\u9fff]{2,30}?)(?:近日|日前|\d{1,2}月\d{1,2}日)?(?:正式)?(?:发布|印发|下发|公布|出台)(?:了)?《((?:[^《》]|《[^《》]*》)*关于(?:[^《》]|《[^《》]*》)+)》/;
const REPORT_LEAD = 4;

/** The document a repost's lead reports, with its issuer when the lead names one. */
function reportedDocument(lines: readonly SourceLine[]): { title: string; issuer: string[] } | null {
  for (let i = 0; i < Math.min(lines.length, REPORT_LEAD); i++) {
    const m = REPORTS.exec(lines[i]?.text ?? '');
    if (!m?.[2]) continue;
    const subject = (m[1] ?? '').replace(/^.*?(?:近日|日前|今天|日)[，,]?/, '');
    const issuer = agenciesOnLine(subject) ?? [];
    return { title: cleanTitle(m[2]).title, issuer };
  }
  return null;
}

/** Chinese characters a line needs to stand for a notice's title. */
const MIN_HEADLINE_HAN = 4;

/**
 * A line the page printed above the notice that can stand for its title (a headline, a title
 * the copy cut short): one with 关于 first, else the first that reads like a heading.
 */
function headlineIn(lines: readonly SourceLine[], limit: number): { title: string; at: number } | null {
  const found: { title: string; at: number }[] = [];
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const text = lines[i]?.text ?? '';
    if (text.length < 6 || text.length > 80 || /[。；，,]$/.test(text) || /^[-—–\s]|[-—–]$/.test(text)) continue;
    if (isIssuerLine(text) || docNumberOnLine(text) || isDateOnly(text) || isSalutation(text)) continue;
    // A red header's English name (Industry, Ministry of Commerce) heads no Chinese notice.
    if ((text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HEADLINE_HAN) continue;
    const title = cleanTitle(text).title;
    if (title.length >= 6) found.push({ title, at: i });
  }
  return found.find((f) => f.title.startsWith('关于')) ?? found[0] ?? null;
}

/** `工业和信息化部办公厅 财政部办公厅关于…` → its issuers, split where the page put spaces. */
function issuersOfRawTitle(raw: string): string[] {
  const about = raw.search(/关于|转发|印发/);
  if (about < 3) return [];
  const prefix = raw.slice(0, about).replace(/^.*[:：>＞｜|】]/, '').trim();
  const names = (text: string): string[] | null => agenciesOnLine(text.replace(/[、，,]/g, ' '));
  return names(withoutColumnWord(prefix)) ?? names(prefix) ?? [];
}

/** `1993年6月11日,财政部`: a law database's line under the title, the date and the issuer. */
function dateBesideIssuer(text: string): string | null {
  const m = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[,，、\s]\s*(\S.{1,40})$/.exec(text.trim());
  if (!m?.[1] || !m[2] || agenciesOnLine(m[2].replace(/[、，,]/g, ' ')) === null) return null;
  return readAnyDate(m[1]);
}

function headDateIn(lines: readonly SourceLine[], limit: number): { at: number; date: string } | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const text = lines[i]?.text ?? '';
    const m = ISO_DATE_LINE.exec(text) ?? DATE_IN_BRACKETS.exec(text);
    const date = m?.[1] ? readAnyDate(m[1]) : (numberBesideDate(text)?.date ?? dateBesideIssuer(text));
    if (date) return { at: i, date };
  }
  return null;
}

/** `2000年12月28日 税委会[2000]17号` (or the other way round): a date and the 文号 on one line. */
function numberBesideDate(text: string): { docNumber: string; date: string } | null {
  const m = /^(\S+)\s+(\S+)$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  for (const [a, b] of [[m[1], m[2]], [m[2], m[1]]] as const) {
    const date = ISO_DATE_LINE.test(a) ? readAnyDate(a) : null;
    const docNumber = docNumberOnLine(b);
    if (date && docNumber) return { docNumber, date };
  }
  return null;
}

export function readHead(lines: readonly SourceLine[], pageTitle: string | null): Head {
  const bodyStart = firstBodyLine(lines);
  const headLines = new Set<number>();
  const early = titleCandidates(lines, bodyStart, bodyStart);
  const later = titleCandidates(lines, Math.min(lines.length, LEAD_REACH), bodyStart).filter((c) => c.start >= bodyStart);
  const earlyBest = bestCandidate(early);
  const strongEarly = earlyBest !== null && (earlyBest.ownDoc || earlyBest.ownSalutation || earlyBest.score >= 3);
  // After a lead (a WeChat article's introduction): a title with its own marks, or a 关于… title
  // heading the text below it when nothing before the lead reads as one.
  const lead = later.filter((c) => c.ownDoc || c.ownSalutation);
  const heading = later.filter((c) => startsOwnTitle(c.clean.title) && isBodyLine(lines[c.start + c.count]?.text ?? '') && !/^附\s*件/.test(lines[c.start - 1]?.text ?? ''));
  const weakEarly = earlyBest === null || (!earlyBest.clean.title.includes('关于') && !earlyBest.ownDoc && !earlyBest.ownSalutation);
  const best = strongEarly ? earlyBest : (bestCandidate(lead) ?? (weakEarly ? (heading[0] ?? earlyBest) : earlyBest));

  let title: string | null = null;
  let titleSource: TitleSource | null = null;
  const headAgencies: string[] = [];
  let tagAgencies: string[] = [];
  const titleAgencies: string[] = [];
  let docNumber: string | null = null;
  let headEnd = bodyStart;
  let docNumberLine = -1;

  const banner = bannerNumber(lines, Math.max(bodyStart, best ? best.start + best.count + 4 : 0));
  if (best) {
    title = best.clean.title;
    titleSource = 'document';
    tagAgencies = best.clean.tagAgencies;
    // Everything above the title is the page's or the head's; the title's own lines too.
    for (let i = 0; i < best.start + best.count; i++) headLines.add(i);
    headEnd = Math.max(bodyStart, best.start + best.count);
    // Issuer lines and the 发文机关标志 over the title, across its 文号 and marks
    // (`柳州市工业和信息化委员会` / `文件` / `柳工信通〔2010〕87号` / title).
    for (let j = best.start - 1; j >= Math.max(0, best.start - 6); j--) {
      const text = lines[j]?.text ?? '';
      const names = isIssuerLine(text) ? agenciesOnLine(text) : isBanner(text);
      if (names) {
        headAgencies.unshift(...names);
        continue;
      }
      if (docNumberOnLine(text) === null && !HEAD_MARK.test(text)) break;
    }
    const issuers = issuersOfRawTitle(lines.slice(best.start, best.start + best.count).map((line) => line.text).join(' '));
    titleAgencies.push(...issuers);
    const near = numberNear(lines, best);
    if (best.clean.docNumber) docNumber = best.clean.docNumber;
    else if (near && !(banner && lawNumberAt(near.docNumber) !== null)) {
      docNumber = near.docNumber;
      docNumberLine = near.at;
      headLines.add(near.at);
    }
  }
  // Issuers printed over a 令 number away from the title (a joint 令: five bodies, then 令第34号).
  if (headAgencies.length === 0 && docNumberLine >= 0) {
    for (let j = docNumberLine - 1; j >= Math.max(0, docNumberLine - 8); j--) {
      const names = agenciesOnLine(lines[j]?.text ?? '');
      if (!names) break;
      headAgencies.unshift(...names.map((name) => name.replace(/^中华人民共和国/, '')));
      headLines.add(j);
    }
  }
  if (docNumber === null && banner) {
    docNumber = banner.docNumber;
    for (const i of banner.lines) headLines.add(i);
  }
  if (docNumber === null) {
    // A 文号 or 令 number standing anywhere in the head (a law database's page heading).
    for (let i = 0; i < Math.min(bodyStart, lines.length); i++) {
      const number = docNumberOnLine(lines[i]?.text ?? '');
      if (number) {
        docNumber = number;
        headLines.add(i);
        break;
      }
    }
  }
  if (banner) {
    const issuer = banner.issuer.replace(/第[一二三四五六七八九十\d]+届/, '');
    if (!headAgencies.includes(issuer)) headAgencies.push(issuer);
  }

  let headDateFromNote: string | null = null;
  for (let i = 0; i < Math.min(lines.length, bodyStart + 3); i++) {
    const note = PROMULGATION_NOTE.exec(lines[i]?.text ?? '');
    if (!note?.[1] || !note[2]) continue;
    docNumber ??= note[2].replace(/\s+/g, '');
    headDateFromNote = parseChineseDate(note[1]);
    headLines.add(i);
    break;
  }
  const weak = best === null || (!best.ownDoc && !best.ownSalutation && best.score < 2);
  if (weak) {
    const promulgated = promulgatedTitle(lines, bodyStart, docNumber !== null || banner !== null);
    if (promulgated) {
      title = promulgated.title;
      titleSource = 'promulgated';
    }
  }
  if (title === null) {
    // A copy that starts at the 主送机关: the title of what it issues, printed after its 落款.
    const attached = promulgatedTitle(lines, bodyStart);
    if (attached?.at !== null && attached !== null) {
      title = attached.title;
      titleSource = 'headline';
    }
  }
  // Only a title that is a page's stand-in for the document (`贵州：2023…名单`) gives way to it;
  // a report's own headline (`安徽出台“55条措施”…`) stays its title.
  if (titleSource === 'document' && best !== null && !best.ownDoc && !best.ownSalutation && title !== null && !title.includes('关于')) {
    // A repost that reports a notice (`近日，某厅发布《某厅关于…的公示》`): the notice it reports.
    const reported = reportedDocument(lines);
    if (reported) {
      title = reported.title;
      titleSource = 'reported';
      if (reported.issuer.length > 0) headAgencies.splice(0, headAgencies.length, ...reported.issuer);
    }
  }
  if (banner && banner.word === '公告' && (title === null || titleSource === 'headline' || lawNumberAt(title) !== null)) {
    // A numbered 公告 without a title of its own: its heading (`中华人民共和国商务部公告`) is its title.
    title = banner.heading;
    titleSource = 'document';
  }
  if (title === null && pageTitle !== null) {
    const clean = cleanTitle(pageTitle).title;
    if (endsLikeDocumentTitle(clean)) {
      title = clean;
      titleSource = 'page';
    }
  }
  if (title === null) {
    const headline = headlineIn(lines, bodyStart);
    // A page headline that names a document (`贵州：2023中小企业特色产业集群名单`) over a lead that
    // reports it: the reported document. A report's own headline (`安徽出台…`) stays.
    const reported = headline && endsLikeDocumentTitle(headline.title.replace(/^[^：:]{1,10}[：:]/, '')) ? reportedDocument(lines) : null;
    if (reported) {
      title = reported.title;
      titleSource = 'reported';
      if (reported.issuer.length > 0) headAgencies.splice(0, headAgencies.length, ...reported.issuer);
      for (let i = 0; i <= (headline?.at ?? -1); i++) headLines.add(i);
    } else if (headline) {
      title = headline.title;
      titleSource = 'headline';
      for (let i = 0; i <= headline.at; i++) headLines.add(i);
    }
  }

  const salutation = lines.findIndex((line, i) => i >= (best ? best.start : 0) && (isSalutation(line.text) || SALUTATION_THEN_TEXT.test(line.text)));
  const headDate = headDateIn(lines, headEnd);
  if (headDate) headLines.add(headDate.at);
  return {
    title,
    titleSource,
    docNumber,
    headAgencies,
    tagAgencies,
    titleAgencies,
    addressees: salutation >= 0 ? addresseesOf(SALUTATION_THEN_TEXT.exec(lines[salutation]?.text ?? '')?.[1] ?? lines[salutation]?.text ?? '') : [],
    headDate: headDate?.date ?? null,
    promulgatedOn: headDateFromNote,
    headLines,
  };
}
