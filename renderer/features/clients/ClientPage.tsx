// One client: who they are, the notices tagged to them (newest first, with the note and
// relevance editable in place), what is new since their last briefing, and the
// briefings they have had; 导出政策清单 saves them, with the suggested ones, as an .xlsx.
import type { ClientId } from '../../../shared/model/ids.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState } from '../../ui/index.ts';
import { useState } from 'react';
import { reportError, useClientNotices, useClientsView, useLibrary, useMatcher, useNavigation } from '../../core/index.ts';
import { todayIso } from '../../ui/index.ts';
import { exportPolicyList } from './export-policy-list.ts';
import { useBriefingDraft } from '../briefings/index.ts';
import { BriefingHistory } from './BriefingHistory.tsx';
import { ClientDetails } from './ClientDetails.tsx';
import { ClientNoticeList } from './ClientNoticeList.tsx';
import { SuggestionList } from './SuggestionList.tsx';

export function ClientPage({ clientId }: { clientId: ClientId }) {
  const data = useClientNotices(clientId);
  const editClient = useClientsView((state) => state.editClient);
  const askDelete = useClientsView((state) => state.askDelete);
  const navigate = useNavigation((state) => state.navigate);
  const chooseClient = useBriefingDraft((state) => state.chooseClient);
  const db = useLibrary();
  const matcher = useMatcher();
  const [exporting, setExporting] = useState(false);

  if (data === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (data === null) return <EmptyState icon="alert" title={zh.clients.notFound} />;
  const { client, notices, briefings } = data;

  return (
    <div className="client-page">
      <header className="client-header">
        <span className="client-avatar large" aria-hidden="true">
          {client.name.slice(0, 1)}
        </span>
        <div className="client-header-text">
          <h2 className="client-name">{client.name}</h2>
          {client.qualifications.length > 0 ? (
            <ul className="client-qualifications" aria-label={zh.clients.form.qualifications}>
              {client.qualifications.map((qualification) => (
                <li key={qualification} className="chip chip-accent">
                  {qualification}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="client-actions">
          <Button
            variant="primary"
            icon="briefing"
            onClick={() => {
              chooseClient(client.id);
              navigate('briefings');
            }}
          >
            {zh.clients.makeBriefing}
          </Button>
          <Button
            icon="download"
            disabled={exporting}
            onClick={() => {
              setExporting(true);
              exportPolicyList(db, matcher, client, notices, todayIso())
                .catch(reportError)
                .finally(() => setExporting(false));
            }}
          >
            {zh.clients.exportList.button}
          </Button>
          <Button icon="edit" onClick={() => editClient(client.id)}>
            {zh.clients.edit}
          </Button>
          <Button variant="ghost" icon="trash" aria-label={zh.clients.deleteClient(client.name)} onClick={() => askDelete(client.id)} />
        </div>
      </header>
      <div className="client-body">
        <div className="client-main">
          <SuggestionList client={client} />
          <ClientNoticeList client={client} notices={notices} lastBriefing={briefings[0] ?? null} />
        </div>
        <aside className="client-side">
          <ClientDetails client={client} />
          <BriefingHistory briefings={briefings} notices={notices} />
        </aside>
      </div>
    </div>
  );
}
