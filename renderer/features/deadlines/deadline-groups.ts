// The 截止日期 screen's sections: deadlines still ahead, soonest first, in the next week,
// the next month and later; then those that have passed, the most recent first.
import { daysBetween } from '../../ui/index.ts';

export type DeadlineGroupId = 'week' | 'month' | 'later' | 'passed';

export type DeadlineGroup<T> = { id: DeadlineGroupId; items: (T & { daysLeft: number })[] };

const WEEK = 7;
const MONTH = 30;

/** Non-empty groups in reading order: week, month, later, passed. */
export function groupDeadlines<T extends { deadline: string }>(items: readonly T[], today: string): DeadlineGroup<T>[] {
  const dated = items.map((item) => ({ ...item, daysLeft: daysBetween(today, item.deadline) }));
  const upcoming = dated.filter((item) => item.daysLeft >= 0).sort((a, b) => a.daysLeft - b.daysLeft);
  const passed = dated.filter((item) => item.daysLeft < 0).sort((a, b) => b.daysLeft - a.daysLeft);
  const groups: DeadlineGroup<T>[] = [
    { id: 'week', items: upcoming.filter((item) => item.daysLeft <= WEEK) },
    { id: 'month', items: upcoming.filter((item) => item.daysLeft > WEEK && item.daysLeft <= MONTH) },
    { id: 'later', items: upcoming.filter((item) => item.daysLeft > MONTH) },
    { id: 'passed', items: passed },
  ];
  return groups.filter((group) => group.items.length > 0);
}
