// One deadline: the date, whose it is (申报单位, or 主管部门推荐: the date by which the
// district or city recommends), how many days are left, the notice (opens the reader),
// and the clients it concerns (each opens its page).
import { zh } from '../../platform/i18n/index.ts';
import type { DeadlineItem } from './deadline-list.ts';
import { showClient, useNavigation } from '../../core/index.ts';

export function DeadlineRow({ item }: { item: DeadlineItem & { daysLeft: number } }) {
  const openNotice = useNavigation((state) => state.openNotice);
  const { notice, deadline, party, daysLeft, clients } = item;
  const urgency = daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'today' : daysLeft <= 7 ? 'soon' : 'later';
  const [year, month, day] = deadline.split('-').map(Number);
  const weekday = zh.deadlines.weekdays[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()] ?? '';
  return (
    <li className={`deadline-row ${urgency}`}>
      <div className="deadline-when">
        <span className="deadline-day">{zh.deadlines.monthDay(month ?? 0, day ?? 0)}</span>
        <span className="deadline-sub">
          {year} · {weekday}
        </span>
        <span className={`deadline-party ${party}`} title={zh.deadlines.partyHint[party]}>
          {zh.deadlines.parties[party]}
        </span>
      </div>
      <span className={`days-left ${urgency}`}>{daysLeft >= 0 ? zh.reader.daysLeft(daysLeft) : zh.reader.daysPassed(-daysLeft)}</span>
      <div className="deadline-notice">
        <button type="button" className="deadline-title" onClick={() => openNotice(notice.id)}>
          {notice.title}
        </button>
        <span className="muted deadline-meta">{[notice.docNumber, notice.agencies[0], notice.category].filter(Boolean).join(' · ')}</span>
      </div>
      <div className="deadline-clients">
        {clients.length === 0 ? (
          <span className="muted">{zh.deadlines.noClients}</span>
        ) : (
          clients.map((client) => (
            <button
              key={client.id}
              type="button"
              className="chip chip-accent client-chip"
              aria-label={zh.tagging.openClient(client.name)}
              onClick={() => showClient(client.id)}
            >
              {client.name}
            </button>
          ))
        )}
      </div>
    </li>
  );
}
