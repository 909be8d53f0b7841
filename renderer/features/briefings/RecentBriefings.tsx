// The briefings made so far, for every client, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { zh } from '../../platform/i18n/index.ts';
import { listBriefings } from '../../data/library/index.ts';
import { formatTimestamp } from '../../ui/index.ts';
import { useLibrary, type ClientSummary } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';
import { DownloadBriefingButton, useKeptFiles } from './DownloadBriefingButton.tsx';

/** Enough to find last month's; the whole history is on each client's page. */
const SHOWN = 30;

export function RecentBriefings({ summaries }: { summaries: readonly ClientSummary[] }) {
  const db = useLibrary();
  const briefings = useLiveQuery(() => listBriefings(db), [db]);
  const chooseClient = useBriefingDraft((state) => state.chooseClient);
  const names = new Map(summaries.map((summary) => [summary.client.id, summary.client.name]));
  const shown = briefings?.slice(0, SHOWN) ?? [];
  const kept = useKeptFiles(shown);
  return (
    <section className="recent-briefings panel" aria-label={zh.briefing.recent.title}>
      <h2 className="side-card-title">{zh.briefing.recent.title}</h2>
      {briefings === undefined ? null : briefings.length === 0 ? (
        <p className="muted side-card-empty">{zh.briefing.recent.empty}</p>
      ) : (
        <ul className="recent-list">
          {shown.map((briefing) => (
            <li key={briefing.id} className="recent-item">
              <button type="button" className="recent-client link-button" onClick={() => chooseClient(briefing.clientId)}>
                {names.get(briefing.clientId) ?? zh.common.none}
              </button>
              <span className="recent-title">{briefing.title}</span>
              <span className="muted recent-meta">
                {formatTimestamp(briefing.createdAt)} · {zh.clients.history.notices(briefing.noticeIds.length)}
              </span>
              <DownloadBriefingButton record={briefing} kept={kept?.has(briefing.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
