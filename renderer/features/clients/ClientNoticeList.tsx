// A client's notices, by relevance (高 first, newest first within) or by date, each with its relevance and note editable in place;
// all of them, or only those no briefing has carried yet (new since the last one); the
// ones repealed or amended since the last briefing are flagged.
import { useState } from 'react';
import type { BriefingRecord, Client } from '../../../shared/model/library.ts';
import { RELEVANCE_LEVELS } from '../../../shared/model/briefing.ts';
import { zh } from '../../platform/i18n/index.ts';
import { EmptyState, Icon, formatDay } from '../../ui/index.ts';
import type { BriefingCandidate } from '../../core/index.ts';
import { ClientNoticeRow } from './ClientNoticeRow.tsx';
import { useEndedNotices } from './useEndedNotices.ts';

type Filter = 'all' | 'unsent';
/** 相关度: 高 before 中 before 低 (the consultant's judgment), newest first within; 日期: newest first. */
type Order = 'relevance' | 'date';

/** The notices come newest first (useClientNotices); a stable sort by relevance keeps that within each level. */
function ordered(notices: readonly BriefingCandidate[], order: Order): readonly BriefingCandidate[] {
  if (order === 'date') return notices;
  const rank = (candidate: BriefingCandidate) => RELEVANCE_LEVELS.indexOf(candidate.tag.relevance);
  return [...notices].sort((a, b) => rank(a) - rank(b));
}

type ClientNoticeListProps = { client: Client; notices: readonly BriefingCandidate[]; lastBriefing: BriefingRecord | null };

export function ClientNoticeList({ client, notices, lastBriefing }: ClientNoticeListProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [order, setOrder] = useState<Order>('relevance');
  const unsent = notices.filter((candidate) => !candidate.sent);
  const shown = ordered(filter === 'all' ? notices : unsent, order);
  const ended = useEndedNotices(
    notices.map((candidate) => candidate.notice.id),
    lastBriefing,
  );
  const replaced = [...ended.values()].filter((e) => e.sinceLastBriefing).length;
  return (
    <section className="client-notices" aria-label={zh.clients.notices.title}>
      <div className="client-notices-header">
        <h3 className="client-section-title">{zh.clients.notices.title}</h3>
        <div className="segmented inline" role="group" aria-label={zh.clients.notices.filter}>
          <button type="button" className="segment" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            {zh.clients.notices.all(notices.length)}
          </button>
          <button type="button" className="segment" aria-pressed={filter === 'unsent'} onClick={() => setFilter('unsent')}>
            {zh.clients.notices.unsent(unsent.length)}
          </button>
        </div>
        <div className="segmented inline" role="group" aria-label={zh.clients.notices.order}>
          <button type="button" className="segment" aria-pressed={order === 'relevance'} onClick={() => setOrder('relevance')}>
            {zh.clients.notices.byRelevance}
          </button>
          <button type="button" className="segment" aria-pressed={order === 'date'} onClick={() => setOrder('date')}>
            {zh.clients.notices.byDate}
          </button>
        </div>
      </div>
      <p className={unsent.length > 0 ? 'since-last new' : 'since-last'} data-testid="since-last">
        <Icon name={unsent.length > 0 ? 'info' : 'check'} size={14} />
        {sinceLastText(lastBriefing, unsent.length, notices.length)}
      </p>
      {replaced > 0 ? (
        <p className="since-last replaced" role="status" data-testid="replaced-since">
          <Icon name="alert" size={14} />
          {zh.relations.replacedBanner(replaced)}
        </p>
      ) : null}
      {notices.length === 0 ? (
        <EmptyState icon="tag" title={zh.clients.notices.emptyTitle}>
          <p>{zh.clients.notices.emptyBody}</p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="muted client-notices-none">{zh.clients.notices.noneUnsent}</p>
      ) : (
        <ul className="client-notice-list">
          {shown.map((candidate) => (
            <ClientNoticeRow key={candidate.tag.id} client={client} candidate={candidate} ended={ended.get(candidate.notice.id) ?? null} />
          ))}
        </ul>
      )}
    </section>
  );
}

function sinceLastText(lastBriefing: BriefingRecord | null, unsent: number, total: number): string {
  if (total === 0) return zh.clients.notices.nothingTagged;
  if (!lastBriefing) return zh.clients.notices.neverBriefed(unsent);
  const day = formatDay(lastBriefing.createdAt);
  return unsent > 0 ? zh.clients.notices.newSince(day, unsent) : zh.clients.notices.nothingNew(day);
}
