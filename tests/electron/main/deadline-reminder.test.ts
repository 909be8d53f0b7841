// The desktop 截止提醒 (electron/main/deadline-reminder.ts) with stand-ins for Electron's
// Notification, the clock and the timers: once at start-up when something is due, once
// each morning after, never twice a day, nothing when nothing is due.
import { describe, expect, it, vi } from 'vitest';
import { DeadlineReminder, msUntilNextMorning, type ReminderClock } from '../../../electron/main/deadline-reminder.ts';

function standIns(start: Date) {
  let now = start;
  const timers: { run: () => void; at: number }[] = [];
  const clock: ReminderClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const timer = { run, at: now.getTime() + ms };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => {
      const i = timers.indexOf(timer as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  /** Moves the clock on, running the timers that fall due, in order. */
  const advanceTo = (date: Date) => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > date.getTime()) break;
      timers.shift();
      now = new Date(next.at);
      next.run();
    }
    now = date;
  };
  return { clock, advanceTo, timers };
}

const summary = { days: 7, count: 5, clients: 3, soonest: '2018-12-12' };

describe('DeadlineReminder', () => {
  it('notifies at start-up with the count, then each morning at 9, once a day', () => {
    const { clock, advanceTo } = standIns(new Date(2018, 11, 10, 15, 0));
    const notify = vi.fn();
    const open = vi.fn();
    const reminder = new DeadlineReminder(notify, open, clock);
    reminder.update(summary);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]?.[0]).toMatchObject({ title: '申报截止提醒', body: '7 天内有 5 项申报截止（3 位客户）' });
    // A later count on the same day does not notify again.
    reminder.update({ ...summary, count: 6 });
    expect(notify).toHaveBeenCalledTimes(1);
    advanceTo(new Date(2018, 11, 11, 8, 59));
    expect(notify).toHaveBeenCalledTimes(1);
    advanceTo(new Date(2018, 11, 11, 9, 1));
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify.mock.calls[1]?.[0]).toMatchObject({ body: '7 天内有 6 项申报截止（3 位客户）' });
    advanceTo(new Date(2018, 11, 13, 9, 1));
    expect(notify).toHaveBeenCalledTimes(4);
    // Clicking it opens 截止日期.
    (notify.mock.calls[0]?.[0] as { onClick: () => void }).onClick();
    expect(open).toHaveBeenCalledTimes(1);
    reminder.stop();
  });

  it('says nothing while nothing is due, and speaks up the day something is', () => {
    const { clock, advanceTo } = standIns(new Date(2018, 11, 10, 8, 0));
    const notify = vi.fn();
    const reminder = new DeadlineReminder(notify, () => {}, clock);
    reminder.update(null);
    advanceTo(new Date(2018, 11, 11, 10, 0));
    expect(notify).not.toHaveBeenCalled();
    reminder.update(summary);
    expect(notify).toHaveBeenCalledTimes(1);
    reminder.stop();
  });

  it('stops its timer when the app quits', () => {
    const { clock, timers } = standIns(new Date(2018, 11, 10, 8, 0));
    const reminder = new DeadlineReminder(vi.fn(), () => {}, clock);
    reminder.update(summary);
    expect(timers).toHaveLength(1);
    reminder.stop();
    expect(timers).toHaveLength(0);
  });

  it('waits until the next 9 o\'clock', () => {
    expect(msUntilNextMorning(new Date(2018, 11, 10, 8, 0))).toBe(3_600_000);
    expect(msUntilNextMorning(new Date(2018, 11, 10, 9, 0))).toBe(24 * 3_600_000);
  });
});
