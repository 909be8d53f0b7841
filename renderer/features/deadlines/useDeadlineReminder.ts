// 截止提醒: the deadlines of clients' notices within each client's lead time, counted
// for today and again each new day (the app may stay open for days), and handed to the
// desktop (main shows the system notification; a browser tab has the banner only).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { leadTimeOf, reminderSummary, type ReminderSummary } from '../../../shared/calendar/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { todayIso } from '../../ui/index.ts';
import { useLibrary, reportError } from '../../core/index.ts';
import { loadDeadlines } from './deadline-list.ts';

/** How often the day is looked at while the window stays open and unfocused. */
const DAY_CHECK_MS = 60_000;

/** Today's date, kept current across midnight (and across a computer woken from sleep). */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const check = () => setToday(todayIso());
    const timer = window.setInterval(check, DAY_CHECK_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}

export function useDeadlineReminder(): { today: string; summary: ReminderSummary | null | undefined } {
  const db = useLibrary();
  const today = useToday();
  const summary = useLiveQuery(async () => {
    const items = await loadDeadlines(db, false);
    const leads = new Map(items.flatMap((item) => item.clients.map((client) => [client.id, leadTimeOf(client)] as const)));
    const deadlines = items.map((item) => ({ noticeId: item.notice.id, deadline: item.deadline, clientIds: item.clients.map((client) => client.id) }));
    return reminderSummary(deadlines, today, (id) => leads.get(id) ?? 0);
  }, [db, today]);
  const key = summary === undefined ? null : JSON.stringify([today, summary]);
  useEffect(() => {
    if (key === null || summary === undefined) return;
    getBridge().remindDeadlines({ summary }).catch(reportError);
    // The key says when the summary (or the day) changed; the object itself is new each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { today, summary };
}
