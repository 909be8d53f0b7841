// One section of the deadlines (7 天内, 30 天内, 更晚, 已截止); the passed ones start folded.
import { zh } from '../../platform/i18n/index.ts';
import type { DeadlineGroup } from './deadline-groups.ts';
import type { DeadlineItem } from './deadline-list.ts';
import { DeadlineRow } from './DeadlineRow.tsx';

export function DeadlineSection({ group }: { group: DeadlineGroup<DeadlineItem> }) {
  const title = zh.deadlines.groups[group.id];
  const list = (
    <ul className="deadline-list">
      {group.items.map((item) => (
        <DeadlineRow key={`${item.notice.id}-${item.party}-${item.deadline}`} item={item} />
      ))}
    </ul>
  );
  if (group.id === 'passed') {
    return (
      <details className="deadline-section passed" aria-label={title}>
        <summary className="deadline-section-title">
          {title}
          <span className="deadline-section-count">{zh.deadlines.count(group.items.length)}</span>
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section className={`deadline-section ${group.id}`} aria-label={title}>
      <h2 className="deadline-section-title">
        {title}
        <span className="deadline-section-count">{zh.deadlines.count(group.items.length)}</span>
      </h2>
      {list}
    </section>
  );
}
