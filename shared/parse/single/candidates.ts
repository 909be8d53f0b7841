// Candidate titles of a document, scored. A copied page can print several lines that read
// like a title: the site's headline, the breadcrumb's last part, the <title>, a related
// article, the document's own title line (often twice). The document's own title is the
// one the 公文 itself frames: its 文号 right below or above it, its 主送机关 or first
// sentence just below, its issuer's name on the line above. Each candidate is scored on
// those marks, on its form (关于…的通知, an issuer before 关于) and against what the page
// glued to it, so that no rule names a site.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { isSalutation } from '../segment.ts';
import { agenciesOnLine } from '../signature.ts';
import { isDateOnly } from '../../text/chinese-date.ts';
import { cleanTitle, endsLikeDocumentTitle, endsWithStrongKind, looksLikeHeadline, type CleanTitle } from './title-text.ts';
import { lawBanner, lawNumberAt } from './law-number.ts';

export type TitleCandidate = {
  start: number;
  count: number;
  clean: CleanTitle;
  /** Its 文号 (or 令/公告 number) within a few lines below or right above. */
  ownDoc: boolean;
  /** Its 主送机关 within a few lines below. */
  ownSalutation: boolean;
  /** Agency names on the line(s) right above it (its issuer printed over it). */
  issuerAbove: boolean;
  score: number;
};

const MAX_LINES = 4;
// A title wrapped over lines has lines of about a printed line's width.
const MAX_PART = 80;
const MAX_CONTINUATION = 50;
const MAX_LENGTH = 130;
const MIN_LENGTH = 6;
// How far below a title its 文号 or 主送机关 may stand, and its 文号 above it.
const MARKS_BELOW = 4;
const MARKS_ABOVE = 3;

// 一、 / 1. / （一）: an item number before a title in a digest of several notices.
const ITEM_NUMBER = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|0\d\s+|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*/;
// `附件：《…》指南` names an attachment; a list item or an article is not a title either.
const NOT_A_START = /^(?:附\s*件|附[:：]|第[一二三四五六七八九十百\d]{1,4}[条章节]|联系|电话|地址|邮箱|网址|http|根据|按照|依据|依照|为了?(?:贯彻|落实|进一步|加快|推动|做好)|现将|近日|日前)/;
const SENTENCE_INSIDE = /[。；！？!?]/;
const BANNER = /^(\S{2,40}?)\s*(?:文件|文\s*件)$/;
// `（二○一○年四月二十六日）`, `（2023年3月1日市政府第5次常务会议通过）` under a title.
export const BRACKETED_DATE = /^[（(][^（）()]{0,10}\S{2,4}年\S{1,3}月\S{1,3}日[^（）()]{0,40}[)）]$/;

export function isIssuerLine(text: string): boolean {
  return text.length <= 80 && agenciesOnLine(text) !== null;
}

function isBanner(text: string): boolean {
  const m = BANNER.exec(text);
  return m !== null && agenciesOnLine(m[1] ?? '') !== null;
}

function breaksTitle(text: string): boolean {
  return (
    docNumberOnLine(text) !== null ||
    isSalutation(text) ||
    isDateOnly(text) ||
    BRACKETED_DATE.test(text) ||
    lawNumberAt(text) !== null ||
    NOT_A_START.test(text) ||
    /\d{4}-\d{1,2}-\d{1,2}/.test(text)
  );
}

/** The joined text of lines [i, i + n), or null when a line there cannot be part of a title. */
function spanText(lines: readonly SourceLine[], i: number, n: number): string | null {
  let text = '';
  for (let k = 0; k < n; k++) {
    const line = lines[i + k];
    if (!line) return null;
    const part = k === 0 ? line.text.replace(ITEM_NUMBER, '') : line.text;
    if (breaksTitle(part) || isIssuerLine(part) || /[:：∶]$/.test(part)) return null;
    // A list item does not continue a title (`一、对17部规章…` / `（一）关于《…》`).
    if (k > 0 && ITEM_NUMBER.test(part)) return null;
    // A line that starts a title of its own (关于…, 某局关于…) continues only a verb or a list (…关于印发 / 《…》).
    if (k > 0 && startsOwnTitle(part) && !/^(?:关于|转发|印发)/.test(text) && (text.startsWith('《') || !/(?:关于|印发|转发|公布|发布|》|、|和|及|与)$/.test(text))) return null;
    if (n > 1 && part.length > (k === 0 ? MAX_PART : MAX_CONTINUATION)) return null;
    text += part;
    if (text.length > MAX_LENGTH + 20) return null;
  }
  return text;
}

export function startsOwnTitle(text: string): boolean {
  if (text.startsWith('关于')) return true;
  const about = text.indexOf('关于');
  return about > 2 && about < 40 && agenciesOnLine(text.slice(0, about).replace(/[、，,]/g, ' ')) !== null;
}

// `北京市人民政府令`, `北京市人民政府令第199号 北京市人民政府令`: a 令's heading or number, not a title.
function isNumberHeading(title: string): boolean {
  return lawBanner(title) !== null || /(?:令|公告)(?:\d{4}年)?第[\d一二三四五六七八九十〇零○百]+号/.test(title);
}

function hasSentence(text: string): boolean {
  // Punctuation inside 《》 belongs to a cited title.
  const bare = text.replace(/《[^》]*》/g, '');
  return SENTENCE_INSIDE.test(bare) || /[:：∶]/.test(bare) || (bare.match(/[，,]/g)?.length ?? 0) >= 2;
}

/** The title starting at line `i`, in the fewest lines that end like one, or null. */
export function titleAt(lines: readonly SourceLine[], i: number): { count: number; clean: CleanTitle } | null {
  for (let n = 1; n <= MAX_LINES; n++) {
    const text = spanText(lines, i, n);
    if (text === null) return null;
    const clean = cleanTitle(text);
    if (hasSentence(clean.title)) return null;
    // 关于印发《A》 / 《B》 / 《C》的通知: a line ending in a cited title goes on when the next begins with another.
    const next = lines[i + n]?.text ?? '';
    // A title wrapped after a cited title or before a connector goes on: 关于印发《A》 / 《B》的通知;
    // …第十四个五年规划 / 和2035年远景目标纲要的通知.
    const goesOn = (/》$/.test(clean.title) && /^[《的及和与、]/.test(next)) || /^(?:和|及|与|暨|、|的(?:通知|意见|决定|公告|函))/.test(next);
    if (isNumberHeading(clean.title)) return null;
    if (!goesOn && endsLikeDocumentTitle(clean.title) && clean.title.length >= MIN_LENGTH && clean.title.length <= MAX_LENGTH) return { count: n, clean };
    // A line that ends like a title does not go on into the next.
    if (n === 1 && endsLikeDocumentTitle(text) && !goesOn) return null;
  }
  return null;
}

function anyWithin(lines: readonly SourceLine[], from: number, to: number, test: (text: string) => boolean): boolean {
  for (let j = Math.max(0, from); j < Math.min(lines.length, to); j++) if (test(lines[j]?.text ?? '')) return true;
  return false;
}

function ownNumber(text: string): boolean {
  return docNumberOnLine(text.replace(/\s+签发人[:：].*$/, '')) !== null || lawNumberAt(text) !== null;
}

/** The marks around a title at [start, start + count). */
export function marksOf(lines: readonly SourceLine[], start: number, count: number): Pick<TitleCandidate, 'ownDoc' | 'ownSalutation' | 'issuerAbove'> {
  const end = start + count;
  let docAbove = false;
  for (let j = start - 1; j >= Math.max(0, start - MARKS_ABOVE); j--) {
    const text = lines[j]?.text ?? '';
    if (ownNumber(text)) {
      docAbove = true;
      break;
    }
    if (!isIssuerLine(text) && !isBanner(text)) break;
  }
  const above = lines[start - 1]?.text ?? '';
  // An attached 意见 or 办法 prints its issuers and its date in brackets under its title.
  const signedBelow = isIssuerLine(lines[end]?.text ?? '') && anyWithin(lines, end, end + MARKS_BELOW, (text) => BRACKETED_DATE.test(text));
  return {
    ownDoc: docAbove || anyWithin(lines, end, end + MARKS_BELOW, ownNumber),
    ownSalutation: anyWithin(lines, end, end + MARKS_BELOW, isSalutation) || signedBelow,
    issuerAbove: isIssuerLine(above) || isBanner(above),
  };
}

function scoreOf(candidate: Omit<TitleCandidate, 'score'>, bodyStart: number): number {
  const title = candidate.clean.title;
  let score = 0;
  if (candidate.ownDoc) score += 4;
  if (candidate.ownSalutation) score += 3;
  if (candidate.issuerAbove) score += 2;
  if (candidate.start + candidate.count >= bodyStart - 1 && candidate.start < bodyStart) score += 1;
  if (title.includes('关于')) score += 2;
  if (endsWithStrongKind(title)) score += 1;
  if (looksLikeHeadline(title)) score -= 3;
  // `《…办法》的决定`: the tail of a title cut before its issuer and 关于.
  if (title.startsWith('《') && !/解读|说明|问答/.test(title)) score -= 2;
  score -= candidate.clean.stripped;
  return score;
}

/**
 * Every title candidate in lines [0, limit), scored. A candidate that is only the tail of a
 * longer one starting a line above (a title wrapped over two lines) scores less, and so does
 * one whose second line starts with 关于 (a headline run into the title below it).
 */
export function titleCandidates(lines: readonly SourceLine[], limit: number, bodyStart: number): TitleCandidate[] {
  const found: TitleCandidate[] = [];
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    // The rest of an attachment's name wrapped onto the next line is no title of its own.
    const above = lines[i - 1]?.text ?? '';
    if (/^附\s*件/.test(above) && !endsLikeDocumentTitle(above)) continue;
    const at = titleAt(lines, i);
    if (!at) continue;
    const marks = marksOf(lines, i, at.count);
    const base = { start: i, count: at.count, clean: at.clean, ...marks, ownDoc: marks.ownDoc || at.clean.docNumber !== undefined };
    let score = scoreOf(base, bodyStart);
    if (at.count > 1 && /^关于/.test(lines[i + 1]?.text ?? '') && !/^(?:转发|印发)/.test(lines[i]?.text ?? '')) score -= 2;
    found.push({ ...base, score });
  }
  for (const candidate of found) {
    const end = candidate.start + candidate.count;
    if (found.some((other) => other.start < candidate.start && other.start + other.count === end)) candidate.score -= 2;
  }
  return found;
}

/**
 * The best candidate: the highest score, the later one on a tie (the document's own line
 * comes after the page's). Where the page printed the same title whole elsewhere (its 关于
 * lost in the document's own line), the whole wording is kept.
 */
export function bestCandidate(candidates: readonly TitleCandidate[]): TitleCandidate | null {
  let best: TitleCandidate | null = null;
  for (const candidate of candidates) if (best === null || candidate.score >= best.score) best = candidate;
  if (best === null) return null;
  const chosen = best;
  const whole = candidates.find((other) => other.clean.title === `关于${chosen.clean.title}`);
  return whole ? { ...chosen, clean: { ...chosen.clean, title: whole.clean.title } } : chosen;
}
