// The calendar of application deadlines (申报截止) the 截止日期 screen exports: one
// all-day event per notice on its deadline, with a reminder a few days before.
import { buildIcs, type IcsEvent } from './ics.ts';

export type DeadlineEntry = {
  noticeId: number;
  title: string;
  docNumber: string | null;
  /** YYYY-MM-DD. */
  deadline: string;
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

// Document text (what the calendar app shows), not UI chrome.
const TEXT = {
  productId: '-//政策快讯助手//申报截止日历//ZH',
  summary: (title: string) => `申报截止：${title}`,
  docNumber: (doc: string) => `文号：${doc}`,
  clients: (names: readonly string[]) => `客户：${names.join('、')}`,
  link: (url: string) => `相关链接：${url}`,
  reminder: (days: number, title: string) => `${days} 天后申报截止：${title}`,
};

/** The UID of a notice's deadline event: the same notice always gets the same one. */
export function deadlineUid(noticeId: number): string {
  return `notice-${noticeId}-deadline@policy-brief-desk`;
}

export function buildDeadlineCalendar(entries: readonly DeadlineEntry[], options: DeadlineCalendarOptions): string {
  const days = options.remindDaysBefore ?? 3;
  const events = entries.map((entry): IcsEvent => {
    const description = [
      entry.docNumber ? TEXT.docNumber(entry.docNumber) : null,
      entry.clients.length > 0 ? TEXT.clients(entry.clients) : null,
      entry.url ? TEXT.link(entry.url) : null,
    ].filter((line): line is string => line !== null);
    return {
      uid: deadlineUid(entry.noticeId),
      date: entry.deadline,
      summary: TEXT.summary(entry.title),
      description: description.join('\n'),
      url: entry.url,
      alarm: { daysBefore: days, atHour: 9, description: TEXT.reminder(days, entry.title) },
    };
  });
  return buildIcs({ productId: TEXT.productId, name: options.name, stamp: options.stamp, events });
}
