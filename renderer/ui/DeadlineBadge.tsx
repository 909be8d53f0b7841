// A deadline with how far off it is: red once passed, amber within a fortnight.
import { zh } from '../platform/i18n/index.ts';
import { deadlineState } from './dates.ts';

export function DeadlineBadge({ deadline, today, showDays = true }: { deadline: string; today: string; showDays?: boolean }) {
  const { state, days } = deadlineState(deadline, today);
  const tone = state === 'passed' ? 'chip-danger' : state === 'later' ? 'chip-accent' : 'chip-warning';
  const text = state === 'passed' ? zh.reader.daysPassed(days) : zh.reader.daysLeft(days);
  return (
    <span className="deadline" title={text}>
      <span className="deadline-date">{deadline}</span>
      {showDays ? <span className={`chip ${tone}`}>{text}</span> : <span className={`deadline-dot ${state}`} aria-label={text} role="img" />}
    </span>
  );
}
