// A notice's deadlines in the order a consultant reads them: the applicant's next one
// first (the date their client must apply by), then the applicant's later ones, then the
// dates by which the district or city must recommend, and the passed ones last.
import type { NoticeDeadline } from './notice.ts';

/** Whose deadline it is, in the words of the reader and the briefing. */
export type DeadlineView = NoticeDeadline & { passed: boolean };

export function orderedDeadlines(deadlines: readonly NoticeDeadline[], today: string): DeadlineView[] {
  const rank = (d: NoticeDeadline): number => (d.date < today ? 2 : d.party === 'applicant' ? 0 : 1);
  return [...deadlines]
    .sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((d) => ({ ...d, passed: d.date < today }));
}

/** The deadline to show first, or null: the applicant's next, else the next of any, else the last passed. */
export function nextDeadline(deadlines: readonly NoticeDeadline[], today: string): NoticeDeadline | null {
  return orderedDeadlines(deadlines, today)[0] ?? null;
}

/** Deadlines of a notice stored before notices kept several (only `deadline`): that one, the applicant's. */
export function deadlinesOf(notice: { deadline: string | null; deadlines?: readonly NoticeDeadline[] }): NoticeDeadline[] {
  if (notice.deadlines && notice.deadlines.length > 0) return [...notice.deadlines];
  return notice.deadline ? [{ date: notice.deadline, party: 'applicant', evidence: '' }] : [];
}

/** The date a notice's single `deadline` field stands for: the applicant's earliest, else the earliest. */
export function primaryDeadline(deadlines: readonly NoticeDeadline[]): string | null {
  const sorted = [...deadlines].sort((a, b) => (a.date < b.date ? -1 : 1));
  return (sorted.find((d) => d.party === 'applicant') ?? sorted[0])?.date ?? null;
}
