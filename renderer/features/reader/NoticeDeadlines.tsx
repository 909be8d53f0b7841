// Every 申报截止 of a notice in the reader's side panel, in the order a consultant acts on
// them (shared/model/deadlines.ts): the applicant's next one first, then the dates by
// which the district or city must recommend, the passed ones last and marked 已截止. Each
// says whose it is; hovering shows the sentence it was read from.
import type { NoticeDeadline } from '../../../shared/model/notice.ts';
import { orderedDeadlines } from '../../../shared/model/deadlines.ts';
import { zh } from '../../platform/i18n/index.ts';
import { deadlineState } from '../../ui/index.ts';

export function NoticeDeadlines({ deadlines, today }: { deadlines: readonly NoticeDeadline[]; today: string }) {
  if (deadlines.length === 0) return <span className="muted">{zh.reader.noDeadline}</span>;
  return (
    <ol className="meta-deadlines" aria-label={zh.reader.deadlines}>
      {orderedDeadlines(deadlines, today).map((deadline, index) => {
        const party = zh.noticeFields.deadlineRows.parties[deadline.party];
        const { state, days } = deadlineState(deadline.date, today);
        const status = state === 'passed' ? zh.reader.deadlinePassed : zh.reader.daysLeft(days);
        const tone = state === 'passed' ? '' : state === 'later' ? ' chip-accent' : ' chip-warning';
        return (
          <li
            key={`${deadline.date}-${deadline.party}-${index}`}
            className={`meta-deadline meta-deadline-${deadline.party}${deadline.passed ? ' passed' : ''}`}
            title={deadline.evidence || undefined}
          >
            <span className="meta-deadline-date">{deadline.date}</span>
            <span className={`chip meta-deadline-state${tone}`}>{status}</span>
            <span className="meta-deadline-party">{party}</span>
          </li>
        );
      })}
    </ol>
  );
}
