// The 客户 choice of a briefing: every client, with how many tagged notices no briefing
// has carried yet.
import { useId } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import type { ClientSummary } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';

export function ClientPicker({ summaries }: { summaries: readonly ClientSummary[] }) {
  const id = useId();
  const clientId = useBriefingDraft((state) => state.clientId);
  const chooseClient = useBriefingDraft((state) => state.chooseClient);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {zh.briefing.client}
      </label>
      <select id={id} className="select" value={clientId ?? ''} onChange={(event) => chooseClient(event.target.value === '' ? null : event.target.value)}>
        <option value="">{zh.briefing.chooseClient}</option>
        {summaries.map(({ client, unsent }) => (
          <option key={client.id} value={client.id}>
            {unsent > 0 ? zh.briefing.clientOption(client.name, unsent) : client.name}
          </option>
        ))}
      </select>
    </div>
  );
}
