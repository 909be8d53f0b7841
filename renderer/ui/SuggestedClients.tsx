// 可能相关：A、B — the clients matching says a notice may concern, beside the notice in
// the library list and the search results. A click opens the client's page (its 推荐).
// In ui because both of those screens show it.
import type { NoticeClientView } from '../data/match/index.ts';
import { zh } from '../platform/i18n/index.ts';
import { showClient } from '../core/index.ts';

/** `compact`: for a narrow table cell, the label is read out but not shown (the dashed chip says it). */
export function SuggestedClients({ clients, max = 3, compact = false }: { clients: readonly NoticeClientView[]; max?: number; compact?: boolean }) {
  if (clients.length === 0) return null;
  const names = clients.map((c) => c.clientName);
  const shown = clients.slice(0, max);
  return (
    <span className={compact ? 'suggested-clients compact' : 'suggested-clients'} title={zh.match.mayConcernClients(names)}>
      <span className={compact ? 'visually-hidden' : 'suggested-label'}>{zh.match.mayConcern}</span>
      {shown.map((client) => (
        <button
          key={client.clientId}
          type="button"
          className="chip chip-suggested"
          onClick={(event) => {
            event.stopPropagation();
            showClient(client.clientId);
          }}
        >
          {client.clientName}
        </button>
      ))}
      {clients.length > max ? <span className="muted">+{clients.length - max}</span> : null}
    </span>
  );
}
