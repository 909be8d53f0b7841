// The briefings a client has had, newest first: title, when, design, file (to download
// again), and which notices it carried.
import type { BriefingRecord } from '../../../shared/model/library.ts';
import { BRIEFING_TEMPLATE_IDS, type BriefingTemplateId } from '../../../shared/model/briefing.ts';
import { zh } from '../../platform/i18n/index.ts';
import { formatTimestamp } from '../../ui/index.ts';
import type { BriefingCandidate } from '../../core/index.ts';
import { DownloadBriefingButton, useKeptFiles } from '../briefings/index.ts';

export function BriefingHistory({ briefings, notices }: { briefings: readonly BriefingRecord[]; notices: readonly BriefingCandidate[] }) {
  const titles = new Map(notices.map((candidate) => [candidate.notice.id, candidate.notice.title]));
  const kept = useKeptFiles(briefings);
  return (
    <section className="side-card" aria-label={zh.clients.history.title}>
      <h3 className="side-card-title">{zh.clients.history.title}</h3>
      {briefings.length === 0 ? (
        <p className="muted side-card-empty">{zh.clients.history.empty}</p>
      ) : (
        <ol className="briefing-history">
          {briefings.map((briefing) => (
            <li key={briefing.id} className="briefing-record">
              <span className="briefing-record-title">{briefing.title}</span>
              <span className="muted briefing-record-meta">
                {formatTimestamp(briefing.createdAt)} · {templateName(briefing.template)} · {zh.clients.history.notices(briefing.noticeIds.length)}
              </span>
              <span className="muted briefing-record-file" title={briefing.fileName}>
                {briefing.fileName}
              </span>
              <DownloadBriefingButton record={briefing} kept={kept?.has(briefing.id)} />
              <details className="briefing-record-notices">
                <summary>{zh.clients.history.showNotices}</summary>
                <ul>
                  {briefing.noticeIds.map((id) => (
                    <li key={id}>{titles.get(id) ?? zh.clients.history.untagged}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function templateName(template: string): string {
  return isTemplateId(template) ? zh.briefing.templates[template] : template;
}

/** A record keeps the template as text: one written by another version may name another. */
function isTemplateId(template: string): template is BriefingTemplateId {
  return BRIEFING_TEMPLATE_IDS.some((id) => id === template);
}
