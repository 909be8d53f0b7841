// The consultant's clients, by name: each with its region and industry, how many notices
// are tagged to it (and how many no briefing has carried yet), and its last briefing.
import type { ClientId } from '../../../shared/model/ids.ts';
import { zh } from '../../platform/i18n/index.ts';
import { formatDay } from '../../ui/index.ts';
import { regionText, type ClientSummary } from '../../core/index.ts';

type ClientListProps = { summaries: readonly ClientSummary[]; selected: ClientId | null; onSelect: (id: ClientId) => void };

export function ClientList({ summaries, selected, onSelect }: ClientListProps) {
  return (
    <ul className="client-list" aria-label={zh.clients.listLabel}>
      {summaries.map((summary) => (
        <li key={summary.client.id}>
          <ClientEntry summary={summary} selected={summary.client.id === selected} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

function ClientEntry({ summary, selected, onSelect }: { summary: ClientSummary; selected: boolean; onSelect: (id: ClientId) => void }) {
  const { client, tagged, unsent, lastBriefing } = summary;
  const place = [regionText(client.region), client.industry || null].filter(Boolean).join(' · ');
  return (
    <button type="button" className={selected ? 'client-entry selected' : 'client-entry'} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(client.id)}>
      <span className="client-avatar" aria-hidden="true">
        {client.name.slice(0, 1)}
      </span>
      <span className="client-entry-text">
        <span className="client-entry-name">{client.name}</span>
        {place ? <span className="client-entry-place">{place}</span> : null}
        <span className="client-entry-stats">
          <span>{zh.clients.taggedCount(tagged)}</span>
          {unsent > 0 ? <span className="chip chip-accent">{zh.clients.unsentCount(unsent)}</span> : null}
          <span className="client-entry-last">{lastBriefing ? zh.clients.lastBriefing(formatDay(lastBriefing)) : zh.clients.noBriefingYet}</span>
        </span>
      </span>
    </button>
  );
}
