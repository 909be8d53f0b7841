// 截止提醒: how many application deadlines fall within the clients' reminder lead time
// (7 days unless a client says otherwise), and for how many clients. The in-app banner
// and the desktop notification both say `7 天内有 5 项申报截止（3 位客户）` from this.
import type { ClientId, NoticeId } from '../model/ids.ts';
import { daysLeft } from '../model/briefing.ts';

/** A client with no lead time of its own is reminded this many days ahead. */
export const DEFAULT_REMINDER_DAYS = 7;
/** The longest lead time the client form takes. */
export const MAX_REMINDER_DAYS = 60;

export type ReminderDeadline = { noticeId: NoticeId; deadline: string; clientIds: readonly ClientId[] };

export type ReminderSummary = {
  /** The longest lead time among the clients counted: the window the text names. */
  days: number;
  /** Deadlines within some client's lead time (each of a notice's, the applicant's and the district's alike). */
  count: number;
  /** Clients with at least one of them. */
  clients: number;
  /** The soonest of them (YYYY-MM-DD). */
  soonest: string;
};

/**
 * The deadlines from today on that fall within a concerned client's lead time
 * (`leadOf`: 0 turns a client's reminders off). Null when there are none.
 */
export function reminderSummary(deadlines: readonly ReminderDeadline[], today: string, leadOf: (clientId: ClientId) => number): ReminderSummary | null {
  let count = 0;
  let days = 0;
  let soonest: string | null = null;
  const clients = new Set<ClientId>();
  for (const item of deadlines) {
    const left = daysLeft(item.deadline, today);
    if (left < 0) continue;
    const reminded = item.clientIds.filter((id) => {
      const lead = leadOf(id);
      return lead > 0 && left <= lead;
    });
    if (reminded.length === 0) continue;
    count += 1;
    for (const id of reminded) {
      clients.add(id);
      days = Math.max(days, leadOf(id));
    }
    if (soonest === null || item.deadline < soonest) soonest = item.deadline;
  }
  return count === 0 || soonest === null ? null : { days, count, clients: clients.size, soonest };
}

/** A client's lead time: its own when set (0 = none), else the default. */
export function leadTimeOf(client: { reminderDays?: number | null }): number {
  const own = client.reminderDays;
  return typeof own === 'number' && Number.isInteger(own) && own >= 0 ? Math.min(own, MAX_REMINDER_DAYS) : DEFAULT_REMINDER_DAYS;
}
