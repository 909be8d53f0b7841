// 截止提醒 on the desktop: the renderer hands main what is due soon (it holds the
// library); main shows a system notification once a day, at start-up and then each
// morning, while the app runs. Clicking it brings the window forward on 截止日期.
// Electron's Notification, the clock and the timers are passed in, so the schedule is
// tested with stand-ins.
import type { ReminderSummary } from '../../shared/calendar/reminders.ts';
import { strings } from './strings.ts';

export type Notifier = (note: { title: string; body: string; onClick: () => void }) => void;

export type ReminderClock = {
  now: () => Date;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
};

/** The hour (local time) of the daily notification after the first day's. */
export const REMINDER_HOUR = 9;

function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Milliseconds from `now` to the next REMINDER_HOUR o'clock. */
export function msUntilNextMorning(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), REMINDER_HOUR, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

export class DeadlineReminder {
  private summary: ReminderSummary | null = null;
  private notifiedDay: string | null = null;
  private timer: unknown = null;

  constructor(
    private readonly notify: Notifier,
    private readonly onOpen: () => void,
    private readonly clock: ReminderClock = { now: () => new Date(), setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout) },
  ) {}

  /** The renderer's latest count (at start-up, after changes, each new day). */
  update(summary: ReminderSummary | null): void {
    this.summary = summary;
    this.notifyOncePerDay();
    this.schedule();
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.notifyOncePerDay();
      this.schedule();
    }, msUntilNextMorning(this.clock.now()));
  }

  private notifyOncePerDay(): void {
    const today = dayOf(this.clock.now());
    if (this.summary === null || this.notifiedDay === today) return;
    this.notifiedDay = today;
    const { days, count, clients } = this.summary;
    this.notify({ title: strings.reminder.title, body: strings.reminder.body(days, count, clients), onClick: this.onOpen });
  }
}
