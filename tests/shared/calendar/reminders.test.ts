// 截止提醒 counted (shared/calendar/reminders.ts): deadlines within a concerned client's
// lead time, from today on, and how many clients they concern.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_DAYS, leadTimeOf, reminderSummary } from '../../../shared/calendar/reminders.ts';

const deadlines = [
  { noticeId: 'n1', deadline: '2018-12-12', clientIds: ['c1', 'c2'] },
  { noticeId: 'n2', deadline: '2018-12-17', clientIds: ['c2'] },
  { noticeId: 'n3', deadline: '2018-12-31', clientIds: ['c3'] },
  { noticeId: 'n4', deadline: '2018-12-09', clientIds: ['c1'] },
  { noticeId: 'n5', deadline: '2018-12-15', clientIds: [] },
];

describe('reminderSummary', () => {
  it('counts the deadlines from today within 7 days, and the clients they concern', () => {
    expect(reminderSummary(deadlines, '2018-12-10', () => DEFAULT_REMINDER_DAYS)).toEqual({ days: 7, count: 2, clients: 2, soonest: '2018-12-12' });
  });

  it('takes each client\'s own lead time: a longer one reaches further, 0 turns it off', () => {
    const leads = new Map([['c1', 0], ['c2', 7], ['c3', 30]]);
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
