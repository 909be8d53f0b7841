// Calendar files (.ics) for deadlines: the 截止日期 screen's export.
export { buildIcs, escapeText, foldLine, nextDay, type IcsAlarm, type IcsCalendar, type IcsEvent } from './ics.ts';
export { buildDeadlineCalendar, deadlineUid, type DeadlineCalendarOptions, type DeadlineEntry } from './deadlines.ts';
export { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, leadTimeOf, reminderSummary, type ReminderDeadline, type ReminderSummary } from './reminders.ts';
