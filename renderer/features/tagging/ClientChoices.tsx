// The clients to tag to, as check boxes: a client that carries every one of the notices
// already is checked and cannot be chosen again; one that carries some says how many.
import type { ClientId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { regionText } from '../../core/index.ts';

/** With more clients than this, a box to narrow the list by name appears. */
const FILTER_FROM = 6;

type ClientChoicesProps = {
  clients: readonly Client[];
  noticeCount: number;
  tagged: ReadonlyMap<ClientId, number>;
  chosen: ReadonlySet<ClientId>;
  onToggle: (id: ClientId) => void;
};

export function ClientChoices({ clients, noticeCount, tagged, chosen, onToggle }: ClientChoicesProps) {
  const [filter, setFilter] = useState('');
  if (clients.length === 0) return <p className="muted client-choices-empty">{zh.tagging.noClients}</p>;
  const needle = filter.trim();
  const shown = needle === '' ? clients : clients.filter((client) => client.name.includes(needle) || client.qualifications.some((qualification) => qualification.includes(needle)));
  return (
    <fieldset className="client-choices">
      <legend className="field-label">{zh.tagging.clients}</legend>
      {clients.length > FILTER_FROM ? (
        <input className="input client-choices-filter" type="search" aria-label={zh.tagging.filterClients} placeholder={zh.tagging.filterClients} value={filter} onChange={(event) => setFilter(event.target.value)} />
      ) : null}
      <ul className="client-choice-list">
        {shown.map((client) => {
          const carried = tagged.get(client.id) ?? 0;
          const all = carried >= noticeCount;
          const place = [regionText(client.region), client.industry || null].filter(Boolean).join(' · ');
          return (
            <li key={client.id}>
              <label className={all ? 'client-choice done' : chosen.has(client.id) ? 'client-choice checked' : 'client-choice'}>
                <input type="checkbox" checked={all || chosen.has(client.id)} disabled={all} onChange={() => onToggle(client.id)} />
                <span className="client-choice-name">{client.name}</span>
                {place ? <span className="muted client-choice-place">{place}</span> : null}
                {carried > 0 ? <span className="chip client-choice-state">{all ? zh.tagging.alreadyTagged : zh.tagging.partlyTagged(carried, noticeCount)}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
