// 简报: choose a client, and compose its briefing (what goes in, notes, excerpts, order,
// design) beside a live preview of the Word document; 保存简报 saves and records it.
// Without a client chosen, the briefings made so far.
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState } from '../../ui/index.ts';
import { useBriefingDraft } from './store.ts';
import { useClientSummaries, useClientsView, useNavigation } from '../../core/index.ts';
import { BriefingComposer } from './BriefingComposer.tsx';
import { ClientPicker } from './ClientPicker.tsx';
import { RecentBriefings } from './RecentBriefings.tsx';

export function BriefingScreen() {
  const summaries = useClientSummaries();
  const clientId = useBriefingDraft((state) => state.clientId);
  const navigate = useNavigation((state) => state.navigate);
  const newClient = useClientsView((state) => state.newClient);

  if (summaries === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (summaries.length === 0) {
    return (
      <EmptyState
        icon="briefing"
        title={zh.briefing.noClients.title}
        actions={
          <Button
            variant="primary"
            icon="plus"
            onClick={() => {
              navigate('clients');
              newClient();
            }}
          >
            {zh.clients.newClient}
          </Button>
        }
      >
        <p>{zh.briefing.noClients.body}</p>
      </EmptyState>
    );
  }
  const chosen = summaries.find((summary) => summary.client.id === clientId);
  if (!chosen) {
    return (
      <div className="briefing-start">
        <div className="briefing-start-card panel">
          <h2 className="briefing-start-title">{zh.briefing.start.title}</h2>
          <p className="muted">{zh.briefing.start.body}</p>
          <ClientPicker summaries={summaries} />
        </div>
        <RecentBriefings summaries={summaries} />
      </div>
    );
  }
  return <BriefingComposer key={chosen.client.id} summaries={summaries} client={chosen.client} />;
}
