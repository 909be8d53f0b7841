// After an import: 新增 12 条通知，可能与 3 位客户相关, and on request the new notices ×
// those clients, each cell the match score. A client's name opens its page (its 推荐
// lists those notices with their reasons); a notice's title opens it in the reader.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { NoticeSummary } from '../../../shared/model/library.ts';
import { localIsoDate } from '../../../shared/model/briefing.ts';
import { zh } from '../../platform/i18n/index.ts';
import type { ImportReport } from '../../data/import/index.ts';
import { getNoticeSummaries } from '../../data/library/index.ts';
import type { NoticeClientView } from '../../data/match/index.ts';
import { reportError, showClient, useLibrary, useLibrarySeq, useMatcher, useNavigation } from '../../core/index.ts';
import { Button, useAsyncResult } from '../../ui/index.ts';

type Impact = {
  rows: { notice: NoticeSummary; clients: NoticeClientView[] }[];
  clients: { clientId: ClientId; clientName: string }[];
};

/** The notices an import added. */
function addedIds(report: ImportReport): NoticeId[] {
  return report.files.flatMap((file) => (file.status === 'added' ? file.addedNoticeIds : []));
}

export function ImportImpact({ report, onLeave }: { report: ImportReport; onLeave: () => void }) {
  const db = useLibrary();
  const matcher = useMatcher();
  const seq = useLibrarySeq();
  const [impact, setImpact] = useState<Impact | null>(null);
  const [open, setOpen] = useState(false);
  const ids = addedIds(report);
  const key = ids.join(',');
  useAsyncResult(
    async () => {
      const noticeIds = key === '' ? [] : key.split(',');
      if (noticeIds.length === 0) return null;
      const byNotice = await matcher.call('clientsOf', { noticeIds, today: localIsoDate(new Date()), atLeast: seq });
      const concerned = noticeIds.filter((id) => (byNotice[id]?.length ?? 0) > 0);
      const notices = await getNoticeSummaries(db, concerned);
      const clients = new Map<ClientId, string>();
      for (const id of concerned) for (const c of byNotice[id] ?? []) clients.set(c.clientId, c.clientName);
      return {
        rows: notices.flatMap((notice) => (notice ? [{ notice, clients: byNotice[notice.id] ?? [] }] : [])),
        clients: [...clients].map(([clientId, clientName]) => ({ clientId, clientName })).sort((a, b) => a.clientName.localeCompare(b.clientName, 'zh-CN')),
      };
    },
    [db, matcher, key, seq],
    { onResult: setImpact, onError: reportError },
  );
  if (ids.length === 0 || !impact) return null;
  if (impact.clients.length === 0) {
    return (
      <p className="import-impact none" data-testid="import-impact">
        {zh.match.impactEmpty(report.added.notices)}
      </p>
    );
  }
  return (
    <section className="import-impact" data-testid="import-impact" aria-label={zh.match.impactTitle}>
      <p className="import-impact-line">
        <strong>{zh.match.importImpact(report.added.notices, impact.clients.length)}</strong>
        <Button size="sm" variant="ghost" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          {zh.match.viewImpact}
        </Button>
      </p>
      {open ? (
        <div className="impact-matrix-wrap">
          <table className="impact-matrix">
            <thead>
              <tr>
                <th scope="col">{zh.match.impactNotice}</th>
                {impact.clients.map((client) => (
                  <th key={client.clientId} scope="col">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onLeave();
                        showClient(client.clientId);
                      }}
                    >
                      {client.clientName}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {impact.rows.map(({ notice, clients }) => (
                <tr key={notice.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onLeave();
                        useNavigation.getState().openNotice(notice.id);
                      }}
                    >
                      {notice.title}
                    </button>
                  </th>
                  {impact.clients.map((client) => {
                    const score = clients.find((c) => c.clientId === client.clientId)?.score;
                    return (
                      <td key={client.clientId} className={score === undefined ? 'empty' : 'hit'}>
                        {score === undefined ? '' : zh.match.score(score)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
