// Dates as the library stores them (YYYY-MM-DD, ISO timestamps) and as the UI shows them.

/** Today in the consultant's time zone as YYYY-MM-DD (deadlines are calendar days). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.UTC(...parts(to)) - Date.UTC(...parts(from));
  return Math.round(ms / 86_400_000);
}

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m - 1, d];
}

/** An ISO timestamp as YYYY-MM-DD HH:mm in local time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${todayIso(date)} ${hh}:${mm}`;
}

export type DeadlineState = 'passed' | 'today' | 'soon' | 'later';

/** How urgent a deadline is: soon is within a fortnight. */
export function deadlineState(deadline: string, today: string): { state: DeadlineState; days: number } {
  const days = daysBetween(today, deadline);
  if (days < 0) return { state: 'passed', days: -days };
  if (days === 0) return { state: 'today', days: 0 };
  return { state: days <= 14 ? 'soon' : 'later', days };
}

/** The calendar day (YYYY-MM-DD, local time) of an ISO timestamp. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : todayIso(date);
}
