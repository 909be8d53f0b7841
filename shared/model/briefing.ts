// A client briefing (简报): which notices a consultant hands to one client, with
// their notes, and how the Word document is laid out. Pure data plus the few date
// helpers the builder, the UI and the command line all need.
import type { Relevance } from './library.ts';
import type { ParsedNotice } from './notice.ts';

/** How much a notice matters to the client (high/medium/low, worded 高/中/低): the library's tag field. */
export type { Relevance };

/** Most relevant first. */
export const RELEVANCE_LEVELS: readonly Relevance[] = ['high', 'medium', 'low'];

/** 公文风格 (GB/T 9704-like) or 简洁 (smaller type, more on a page). */
export type BriefingTemplateId = 'gongwen' | 'compact';

export const BRIEFING_TEMPLATE_IDS: readonly BriefingTemplateId[] = ['gongwen', 'compact'];

export type BriefingClient = {
  name: string;
  /** Province / city, e.g. 北京市海淀区; null where unknown. */
  region: string | null;
  industry: string | null;
};

export type Consultant = {
  name: string;
  company: string;
  phone: string | null;
  email: string | null;
};

/** One chosen notice and what the consultant says about it. */
export type BriefingItem = {
  notice: ParsedNotice;
  /** 顾问点评; may be empty, then the box is left out. */
  note: string;
  relevance: Relevance;
  /**
   * The key points the consultant picked from the notice (要点), one per line. When
   * null or blank the document shows the notice's opening paragraphs instead.
   */
  excerpt: string | null;
  /**
   * 时效性 on the briefing's date (政策关系) as the meta line prints it, worded by the caller
   * (现行有效, 已废止（已被《…》废止）); absent when not known.
   */
  validity?: string | null;
};

/** Dates are YYYY-MM-DD strings throughout, as in ParsedNotice. */
export type BriefingPeriod = { from: string; to: string };

export type Briefing = {
  client: BriefingClient;
  consultant: Consultant;
  title: string;
  /** The span of notices the briefing covers; null when not stated. */
  period: BriefingPeriod | null;
  /** The briefing's own date: on the cover, and the day 近期截止 counts from. */
  date: string;
  template: BriefingTemplateId;
  /** In the order the consultant wants them; chapters follow the first appearance of each category. */
  items: BriefingItem[];
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(iso: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** `政策简报（2018年第2期）`: the client's Nth briefing of the year. */
export function issueTitle(issue: { year: number; number: number }): string {
  return `政策简报（${issue.year}年第${issue.number}期）`;
}

/** The year of a YYYY-MM-DD date, which a briefing's 期 counts in. */
export function yearOf(date: string): number {
  return dateParts(date).year;
}

/**
 * `政策简报（2018年第12期）` for the command line, which keeps no history to count in:
 * numbered by the briefing date's month. The app numbers per client (issueTitle).
 */
export function defaultBriefingTitle(date: string): string {
  const { year, month } = dateParts(date);
  return issueTitle({ year, number: month });
}

/** `2018年12月5日`, the way Chinese documents print a date (GB/T 9704: Arabic numerals, no leading zeros). */
export function formatChineseDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: differences of two are whole days. */
export function dayNumber(iso: string): number {
  const { year, month, day } = dateParts(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whole days from `today` to `deadline`: 0 on the day itself, negative once passed. */
export function daysLeft(deadline: string, today: string): number {
  return dayNumber(deadline) - dayNumber(today);
}

/** Today's date as YYYY-MM-DD in the local time zone of whoever runs it. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
