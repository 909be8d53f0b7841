// 截止提醒 counted (shared/calendar/reminders.ts): deadlines within a concerned client's
// lead time, from today on, and how many clients they concern.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_DAYS, leadTimeOf, reminderSummary } from '../../../shared/calendar/reminders.ts';

const deadlines = [
  { noticeId: 1, deadline: '2018-12-12', clientIds: [1, 2] },
  { noticeId: 2, deadline: '2018-12-17', clientIds: [2] },
  { noticeId: 3, deadline: '2018-12-31', clientIds: [3] },
  { noticeId: 4, deadline: '2018-12-09', clientIds: [1] },
  { noticeId: 5, deadline: '2018-12-15', clientIds: [] },
];

describe('reminderSummary', () => {
  it('counts the deadlines from today within 7 days, and the clients they concern', () => {
    expect(reminderSummary(deadlines, '2018-12-10', () => DEFAULT_REMINDER_DAYS)).toEqual({ days: 7, count: 2, clients: 2, soonest: '2018-12-12' });
  });

  it('takes each client\'s own lead time: a longer one reaches further, 0 turns it off', () => {
    const leads = new Map([[1, 0], [2, 7], [3, 30]]);
    expect(reminderSummary(deadlines, '2018-12-10', (id) => leads.get(id) ?? 7)).toEqual({ days: 30, count: 3, clients: 2, soonest: '2018-12-12' });
    expect(reminderSummary(deadlines, '2018-12-10', () => 0)).toBeNull();
  });

  it('includes a deadline on the day itself, never a passed one', () => {
    expect(reminderSummary(deadlines, '2018-12-12', () => 1)).toEqual({ days: 1, count: 1, clients: 2, soonest: '2018-12-12' });
    expect(reminderSummary(deadlines, '2019-01-01', () => 7)).toBeNull();
  });
});

describe('leadTimeOf', () => {
  it('is the client\'s own when set, else the default', () => {
    expect(leadTimeOf({})).toBe(7);
    expect(leadTimeOf({ reminderDays: null })).toBe(7);
    expect(leadTimeOf({ reminderDays: 0 })).toBe(0);
    expect(leadTimeOf({ reminderDays: 30 })).toBe(30);
    expect(leadTimeOf({ reminderDays: -1 })).toBe(7);
  });
});
