// The calendar of application deadlines (申报截止) the 截止日期 screen exports: one
// all-day event per deadline (a notice with the applicant's date and the district's
// has two, each saying whose it is), with a reminder a few days before.
import type { NoticeId } from '../model/ids.ts';
import type { DeadlineParty } from '../model/notice.ts';
import { buildIcs, type IcsEvent } from './ics.ts';

export type DeadlineEntry = {
  noticeId: NoticeId;
  title: string;
  docNumber: string | null;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Whose deadline it is; absent: the applicant's. */
  party?: DeadlineParty;
  /** Its place among the notice's deadlines of that party, by date; absent: 0 (the first). */
  ordinal?: number;
  url: string | null;
  /** Names of the clients the notice is tagged to. */
  clients: readonly string[];
};

export type DeadlineCalendarOptions = {
  name: string;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
  /** Remind this many days before, at 09:00 (default 3). */
  remindDaysBefore?: number;
};

/** What falls due: the applicant's application, or the district's recommendation. */
function due(party: DeadlineParty): string {
  return party === 'applicant' ? '申报截止' : '主管部门推荐截止';
}

// Document text (what the calendar app shows), not UI chrome.
const TEXT = {
  productId: '-//政策快讯助手//申报截止日历//ZH',
  summary: (party: DeadlineParty, title: string) => `${due(party)}：${title}`,
  docNumber: (doc: string) => `文号：${doc}`,
  clients: (names: readonly string[]) => `客户：${names.join('、')}`,
  link: (url: string) => `相关链接：${url}`,
  reminder: (days: number, party: DeadlineParty, title: string) => `${days} 天后${due(party)}：${title}`,
};

/**
 * The UID of a deadline's event: the same deadline always gets the same one (importing
 * the file again updates it, a corrected date moves it). The applicant's first deadline
 * keeps the UID a notice's one deadline had, so calendars exported before stay in step.
 */
export function deadlineUid(noticeId: NoticeId, party: DeadlineParty = 'applicant', ordinal = 0): string {
  if (party === 'applicant' && ordinal === 0) return `notice-${noticeId}-deadline@policy-brief-desk`;
  return `notice-${noticeId}-deadline-${party}-${ordinal + 1}@policy-brief-desk`;
}

export function buildDeadlineCalendar(entries: readonly DeadlineEntry[], options: DeadlineCalendarOptions): string {
  const days = options.remindDaysBefore ?? 3;
  const events = entries.map((entry): IcsEvent => {
    const party = entry.party ?? 'applicant';
    const description = [
      entry.docNumber ? TEXT.docNumber(entry.docNumber) : null,
      entry.clients.length > 0 ? TEXT.clients(entry.clients) : null,
      entry.url ? TEXT.link(entry.url) : null,
    ].filter((line): line is string => line !== null);
    return {
      uid: deadlineUid(entry.noticeId, party, entry.ordinal ?? 0),
      date: entry.deadline,
      summary: TEXT.summary(party, entry.title),
      description: description.join('\n'),
      url: entry.url,
      alarm: { daysBefore: days, atHour: 9, description: TEXT.reminder(days, party, entry.title) },
    };
  });
  return buildIcs({ productId: TEXT.productId, name: options.name, stamp: options.stamp, events });
}
