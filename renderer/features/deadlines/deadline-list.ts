// The notices the 截止日期 screen lists: those tagged to a client that have a deadline
// (or, asked for, every notice with one), each with the clients concerned; and the
// export of the ones still ahead as an .ics calendar.
import { buildDeadlineCalendar } from '../../../shared/calendar/index.ts';
import type { Client, NoticeSummary } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { getNoticeSummaries, listAssignments, listClients, noticesWithDeadline, type LibraryDb } from '../../data/library/index.ts';
import { daysBetween, todayIso } from '../../ui/index.ts';
import { toast } from '../../core/index.ts';

export type DeadlineItem = { notice: NoticeSummary; deadline: string; clients: Client[] };

/** Before every real date: noticesWithDeadline's lower bound when passed ones are wanted too. */
const EARLIEST = '0000-01-01';

export async function loadDeadlines(db: LibraryDb, includeUntagged: boolean): Promise<DeadlineItem[]> {
  const [clients, assignments] = await Promise.all([listClients(db), listAssignments(db)]);
  const clientById = new Map(clients.map((client) => [client.id, client]));
  const clientsOf = new Map<number, Client[]>();
  for (const assignment of assignments) {
    const client = clientById.get(assignment.clientId);
    if (client) clientsOf.set(assignment.noticeId, [...(clientsOf.get(assignment.noticeId) ?? []), client]);
  }
  const notices = includeUntagged ? await noticesWithDeadline(db, { from: EARLIEST }) : await getNoticeSummaries(db, [...clientsOf.keys()]);
  return notices.flatMap((notice): DeadlineItem[] =>
    notice?.deadline ? [{ notice, deadline: notice.deadline, clients: clientsOf.get(notice.id) ?? [] }] : [],
  );
}

/** Saves the deadlines from today on as a calendar file; says how many, or that there were none. */
/** The deadlines 导出日历 writes: those still ahead, and the passed ones when asked for. */
export function deadlinesToExport(items: readonly DeadlineItem[], today: string, includePassed: boolean): DeadlineItem[] {
  return items
    .filter((item) => includePassed || daysBetween(today, item.deadline) >= 0)
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}

export async function exportDeadlines(items: readonly DeadlineItem[], today: string = todayIso(), includePassed = false): Promise<void> {
  const upcoming = deadlinesToExport(items, today, includePassed);
  if (upcoming.length === 0) {
    toast('info', zh.deadlines.exportNone);
    return;
  }
  const text = buildDeadlineCalendar(
    upcoming.map((item) => ({
      noticeId: item.notice.id,
      title: item.notice.title,
      docNumber: item.notice.docNumber,
      deadline: item.deadline,
      url: item.notice.url,
      clients: item.clients.map((client) => client.name),
    })),
    { name: zh.deadlines.calendarName, stamp: new Date() },
  );
  const bridge = getBridge();
  const saved = await bridge.saveFile({ kind: 'calendar', suggestedName: zh.deadlines.fileName(today), bytes: new TextEncoder().encode(text) });
  if (saved !== null) toast('success', bridge.runtime === 'web' ? zh.deadlines.downloaded(upcoming.length) : zh.deadlines.exported(upcoming.length, saved));
}
