// What goes into a briefing, before any Word formatting: chapters, deadlines, key
// points, the printed forms of dates and numbers. Kept apart from the docx code so
// it can be read (and tested) as plain data.
import { daysLeft, formatChineseDate, type BriefingItem, type Relevance } from '../model/briefing.ts';
import { deadlinesOf, orderedDeadlines, type DeadlineView } from '../model/deadlines.ts';
import type { Contact, DeadlineParty, NoticeDeadline, ParsedNotice } from '../model/notice.ts';

/** How a briefing prints a tag's relevance. */
export const RELEVANCE_WORD: Record<Relevance, string> = { high: '高', medium: '中', low: '低' };

export type Chapter = { category: string; items: BriefingItem[] };

/** One chapter per category, in the order the consultant first put a notice of it. */
export function chaptersOf(items: readonly BriefingItem[]): Chapter[] {
  const chapters = new Map<string, BriefingItem[]>();
  for (const item of items) {
    const category = item.notice.category.trim() || '其他';
    const list = chapters.get(category);
    if (list) list.push(item);
    else chapters.set(category, [item]);
  }
  return [...chapters].map(([category, list]) => ({ category, items: list }));
}

export type UpcomingDeadline = { item: BriefingItem; deadline: string; party: DeadlineParty; daysLeft: number };

/**
 * Every deadline that falls after the briefing date, one entry per deadline (a notice
 * with the applicant's and the district's date has two), soonest first; on the same
 * day the applicant's first.
 */
export function upcomingDeadlines(items: readonly BriefingItem[], briefingDate: string): UpcomingDeadline[] {
  const upcoming: UpcomingDeadline[] = [];
  for (const item of items) {
    for (const { date, party } of deadlinesOf(item.notice)) {
      const left = daysLeft(date, briefingDate);
      if (left > 0) upcoming.push({ item, deadline: date, party, daysLeft: left });
    }
  }
  return upcoming.sort((a, b) => a.daysLeft - b.daysLeft || (a.party === b.party ? 0 : a.party === 'applicant' ? -1 : 1));
}

/** Whose a deadline is, as the briefing prints it. */
export const PARTY_TEXT: Record<DeadlineParty, string> = { applicant: '申报单位', authority: '主管部门推荐' };

/** A notice's deadlines as the briefing reads them: the applicant's next first, passed ones last. */
export function briefingDeadlines(notice: ParsedNotice, briefingDate: string): DeadlineView[] {
  return orderedDeadlines(deadlinesOf(notice), briefingDate);
}

/**
 * Whether the deadlines need saying whose they are: one deadline, the applicant's, is
 * what 申报截止 means by itself; several, or the district's alone, are told apart.
 */
export function needsParty(deadlines: readonly NoticeDeadline[]): boolean {
  return deadlines.length > 1 || deadlines.some((d) => d.party !== 'applicant');
}

/** 还剩N天 / 今日截止 / 已截止, from the briefing date. */
function whenText(date: string, briefingDate: string): string {
  const left = daysLeft(date, briefingDate);
  return left > 0 ? `还剩${left}天` : left === 0 ? '今日截止' : '已截止';
}

/**
 * The deadline part of a notice's status line, or null when it has none: the applicant's
 * next one first with the days left, then the others with whose they are (已截止 where
 * passed). `申报截止：2019年5月8日（申报单位，还剩3天）；2019年5月10日（主管部门推荐）`.
 * Dense (简洁) keeps it short, for the one meta line: `截止：5月8日（申报单位）；5月10日（主管部门推荐）`:
 * dates of the briefing's year without it, no days left, passed ones left out while one is ahead.
 */
export function deadlineText(notice: ParsedNotice, briefingDate: string, dense = false): string | null {
  const all = briefingDeadlines(notice, briefingDate);
  const upcoming = all.filter((d) => !d.passed);
  // 简洁: what is still ahead; all passed, the last of them.
  const shown = dense ? (upcoming.length > 0 ? upcoming : all.slice(-1)) : all;
  const first = shown[0];
  if (!first) return null;
  const label = dense ? '截止' : '申报截止';
  if (!needsParty(all)) return `${label}：${formatChineseDate(first.date)}（${whenText(first.date, briefingDate)}）`;
  const year = briefingDate.slice(0, 4);
  const dateText = (date: string) => (dense && date.startsWith(year) ? formatChineseDate(date).slice(5) : formatChineseDate(date));
  const parts = shown.map((d, i) => {
    const when = d.passed || (i === 0 && !dense) ? `，${whenText(d.date, briefingDate)}` : '';
    return `${dateText(d.date)}（${PARTY_TEXT[d.party]}${when}）`;
  });
  return `${label}：${parts.join('；')}`;
}

/**
 * A table cell's deadlines (概览, 近期截止): the date alone for a notice's one deadline
 * of the applicant's, else each date over whose it is, the applicant's next first.
 */
export function deadlineCellLines(notice: ParsedNotice, briefingDate: string): string[] {
  const all = briefingDeadlines(notice, briefingDate);
  if (all.length === 0) return ['—'];
  if (!needsParty(all)) return all.map((d) => d.date);
  return all.flatMap((d) => [d.date, PARTY_TEXT[d.party]]);
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (chapter and section numbers). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : (DIGITS[ones] ?? ''));
}

/** More than this many agencies print as 「first等N部门」 in tables and in 简洁's meta line. */
const TABLE_AGENCIES = 2;

export function agenciesShort(agencies: readonly string[]): string {
  if (agencies.length === 0) return '—';
  if (agencies.length <= TABLE_AGENCIES) return agencies.join('、');
  return `${agencies[0]}等${agencies.length}部门`;
}

/** 文号 · 发文机关 · 日期 · 时效, leaving out what the notice does not have. */
export function metaLine(notice: ParsedNotice, validity?: BriefingItem['validity'], dense = false): string {
  // 简洁 keeps the line to one: agencies shortened (甲等3部门).
  const agencies = dense && notice.agencies.length > 0 ? agenciesShort(notice.agencies) : notice.agencies.join('、');
  const parts = [notice.docNumber, agencies || null, notice.date ? formatChineseDate(notice.date) : null, validity ?? null];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** 联系人 张三（单位） 电话 … 邮箱 …, one line per contact. */
export function contactLine(contact: Contact): string {
  const who = [contact.name, contact.unit ? `（${contact.unit}）` : null].filter(Boolean).join('');
  const parts = [who || null, contact.phone ? `电话：${contact.phone}` : null, contact.email ? `邮箱：${contact.email}` : null];
  return parts.filter((part): part is string => Boolean(part)).join('　');
}

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * A paragraph that opens a notice but says nothing: the 文号 or title again, or the
 * addressee line (各有关单位： / 各省、自治区……，国家知识产权局机关各部门……：).
 * An opening sentence such as 根据……，现将有关事项通知如下： is kept.
 */
function isPreamble(paragraph: string, notice: ParsedNotice): boolean {
  if (paragraph === notice.docNumber || paragraph === notice.title) return true;
  if (!/[：:]$/.test(paragraph) || /[。；;]|如下/.test(paragraph)) return false;
  return ADDRESSEE_START.test(paragraph) || !/[，,]/.test(paragraph) || isAgencyList(paragraph.slice(0, -1));
}

/** 濉溪县经信局，各区经信局，市高新区经发局：every part names a body. */
function isAgencyList(text: string): boolean {
  return text.split(/[，,、]/).every((part) => /[局委厅办会处府部门室位院站所]$|单位$/.test(part.trim()));
}

/** 根据……，现将有关事项通知如下： only announces what follows. */
const ANNOUNCES = /如下[：:]$/;

/** 各有关单位 / 市属各单位，各区财政局…: an addressee list names 各… near its start. */
const ADDRESSEE_START = /^(?:各|[^，,：:]{0,6}各)/;
// An addressee line run into the first sentence (各市、县人民政府,省人民政府各委、办、厅、局:为推动…).
// Not a sentence that asks (请各单位…) or cites (《…》): those are the notice's words.
const ADDRESSEE_PREFIX = /^(?:各|[^，,：:。《请]{0,6}各)[^。；;：:《》请]{0,120}[：:](?=\S)/;

/** The paragraph without an addressee line printed in front of it. */
export function withoutAddressee(paragraph: string): string {
  const match = ADDRESSEE_PREFIX.exec(paragraph);
  return match && match[0].length < paragraph.length - 10 ? paragraph.slice(match[0].length) : paragraph;
}

/** The signature block (a date alone, or nothing but the issuing agencies' names) ends the notice's own words. */
function isSignature(paragraph: string, notice: ParsedNotice): boolean {
  if (DATE_LINE.test(paragraph)) return true;
  if (notice.agencies.length === 0) return false;
  const rest = notice.agencies.reduce((text, agency) => text.split(agency).join(''), paragraph);
  return rest.replace(/[\s\u3000、，,]/g, '') === '';
}

/** 一、总体要求 / （一）完善市场准入机制 / 1. …: section headings say little out of their section. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;

/** Lines the notice prints for its own structure, shown elsewhere in the briefing or not at all. */
function isStructure(paragraph: string): boolean {
  if (/^附件[一二三四五六七八九十\d]*[：:]/.test(paragraph)) return true;
  return SECTION_HEADING.test(paragraph) && paragraph.length <= 30 && !/[。；]/.test(paragraph);
}

/** The notice's first paragraph that says something: after the 文号, title and addressee line, before the signature. */
export function openingParagraph(notice: ParsedNotice): { text: string; place: number } | null {
  for (const [index, paragraph] of notice.body.entries()) {
    const text = paragraph.trim();
    if (!text || isPreamble(text, notice) || isStructure(text)) continue;
    if (isSignature(text, notice)) return null;
    // …，现将有关事项通知如下： only announces what follows: the sentences before it may say something.
    const said = ANNOUNCES.test(text) ? text.slice(0, text.lastIndexOf('。') + 1) : text;
    // Words, not a link or a number left over.
    if ((said.match(/[\u4e00-\u9fff]/g) ?? []).length < 10) continue;
    return { text: withoutAddressee(said), place: index };
  }
  return null;
}
