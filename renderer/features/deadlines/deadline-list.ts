// The deadlines the 截止日期 screen lists, one item per deadline (a notice with the
// applicant's date and the district's is two items, each saying whose it is): those of
// notices tagged to a client (or, asked for, of every notice), each with the clients
// concerned; and the export of the ones still ahead as an .ics calendar.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { buildDeadlineCalendar, type DeadlineEntry } from '../../../shared/calendar/index.ts';
import type { Client, NoticeSummary } from '../../../shared/model/library.ts';
import type { DeadlineParty } from '../../../shared/model/notice.ts';
import { deadlinesOf } from '../../../shared/model/deadlines.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { deadlineEntries, deadlineEntriesOf, getNoticeSummaries, listClients, listTags, type LibraryDb } from '../../data/library/index.ts';
import { daysBetween, todayIso } from '../../ui/index.ts';
import { toast } from '../../core/index.ts';

export type DeadlineItem = {
  notice: NoticeSummary;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Whose deadline: the applicant's (申报单位) or the district's that recommends (主管部门推荐). */
  party: DeadlineParty;
  /** Its place among the notice's deadlines of the same party, by date (0: the first): the calendar event's key. */
  ordinal: number;
  clients: Client[];
};

/** Before every real date: the lower bound when passed ones are wanted too. */
const EARLIEST = '0000-01-01';

export async function loadDeadlines(db: LibraryDb, includeUntagged: boolean): Promise<DeadlineItem[]> {
  const [clients, tags] = await Promise.all([listClients(db), listTags(db)]);
  const clientById = new Map(clients.map((client) => [client.id, client]));
  const clientsOf = new Map<NoticeId, Client[]>();
  for (const tag of tags) {
    const client = clientById.get(tag.clientId);
    if (client) clientsOf.set(tag.noticeId, [...(clientsOf.get(tag.noticeId) ?? []), client]);
  }
  const entries = includeUntagged
    ? await deadlineEntries(db, { from: EARLIEST })
    : deadlineEntriesOf((await getNoticeSummaries(db, [...clientsOf.keys()])).filter((notice): notice is NoticeSummary => notice !== undefined));
  return entries.map(({ notice, deadline }) => ({
    notice,
    deadline: deadline.date,
    party: deadline.party,
    ordinal: ordinalOf(notice, deadline.date, deadline.party),
    clients: clientsOf.get(notice.id) ?? [],
  }));
}

/** How many of the notice's deadlines of this party fall before `date`. */
function ordinalOf(notice: NoticeSummary, date: string, party: DeadlineParty): number {
  return deadlinesOf(notice).filter((d) => d.party === party && d.date < date).length;
}

/** The deadlines 导出日历 writes: those still ahead, and the passed ones when asked for. */
export function deadlinesToExport(items: readonly DeadlineItem[], today: string, includePassed: boolean): DeadlineItem[] {
  return items
    .filter((item) => includePassed || daysBetween(today, item.deadline) >= 0)
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.party === b.party ? 0 : a.party === 'applicant' ? -1 : 1));
}

/** The calendar's events: one per deadline, each saying whose it is. */
export function calendarEntries(items: readonly DeadlineItem[]): DeadlineEntry[] {
  return items.map((item) => ({
    noticeId: item.notice.id,
    title: item.notice.title,
    docNumber: item.notice.docNumber,
    deadline: item.deadline,
    party: item.party,
    ordinal: item.ordinal,
    url: item.notice.url,
    clients: item.clients.map((client) => client.name),
  }));
}

/** Saves the deadlines from today on as a calendar file; says how many, or that there were none. */
export async function exportDeadlines(items: readonly DeadlineItem[], today: string = todayIso(), includePassed = false): Promise<void> {
  const upcoming = deadlinesToExport(items, today, includePassed);
  if (upcoming.length === 0) {
    toast('info', zh.deadlines.exportNone);
    return;
  }
  const text = buildDeadlineCalendar(calendarEntries(upcoming), { name: zh.deadlines.calendarName, stamp: new Date() });
  const bridge = getBridge();
  const saved = await bridge.saveFile({ kind: 'calendar', suggestedName: zh.deadlines.fileName(today), bytes: new TextEncoder().encode(text) });
  if (saved !== null) toast('success', bridge.runtime === 'web' ? zh.deadlines.downloaded(upcoming.length) : zh.deadlines.exported(upcoming.length, saved));
}
