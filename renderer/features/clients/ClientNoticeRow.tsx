// One notice on a client's page: title (opens the reader), its particulars, whether a
// briefing carried it, its 时效性 when it has ended (flagged when that happened since the
// last briefing), relevance and note (edited in place), and 取消关联.
import { useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { updateTag } from '../../data/library/index.ts';
import { Button, DeadlineBadge, NoteEditor, TagRelevance, ValidityBadge, todayIso } from '../../ui/index.ts';
import type { EndedNotice } from './useEndedNotices.ts';
import { useLibrary, reportError, useNavigation, type BriefingCandidate } from '../../core/index.ts';
import { untagOne, UntagOneDialog } from '../tagging/index.ts';

export function ClientNoticeRow({ client, candidate, ended }: { client: Client; candidate: BriefingCandidate; ended: EndedNotice | null }) {
  const db = useLibrary();
  const openNotice = useNavigation((state) => state.openNotice);
  const [untagging, setUntagging] = useState(false);
  const { notice, tag, sent } = candidate;
  const meta = [notice.docNumber, notice.date, notice.category].filter((part): part is string => Boolean(part));
  return (
    <li className="client-notice">
      <div className="client-notice-main">
        <div className="client-notice-title-row">
          <button type="button" className="client-notice-title" onClick={() => openNotice(notice.id)}>
            {notice.title}
          </button>
          {sent ? <span className="chip">{zh.clients.notices.sentChip}</span> : <span className="chip chip-accent">{zh.clients.notices.unsentChip}</span>}
        </div>
        <div className="meta-line">
          {meta.map((part) => (
            <span key={part}>{part}</span>
          ))}
          {notice.deadline ? <DeadlineBadge deadline={notice.deadline} today={todayIso()} /> : null}
          {ended ? <ValidityBadge validity={ended.validity} /> : null}
        </div>
        {ended?.sinceLastBriefing && ended.validity.endedBy ? (
          <p className="client-notice-replaced">
            <button type="button" className="link-button" onClick={() => openNotice(ended.validity.endedBy?.id ?? notice.id)}>
              {zh.relations.replacedSince(ended.validity.endedBy.title)}
            </button>
          </p>
        ) : null}
        {tag.reasons && tag.reasons.length > 0 ? <p className="client-notice-reasons muted">{zh.match.noteFromReasons(tag.reasons)}</p> : null}
        <NoteEditor note={tag.note} subject={notice.title} onSave={(note) => updateTag(db, tag.id, { note })} />
      </div>
      <div className="client-notice-side">
        <TagRelevance tag={tag} label={zh.tagging.relevanceOf(notice.title)} />
        <Button
          size="sm"
          variant="ghost"
          icon="unlink"
          aria-label={zh.tagging.untagOne(notice.title, client.name)}
          onClick={() => {
            if (tag.note === '') untagOne(db, client, notice.id).catch(reportError);
            else setUntagging(true);
          }}
        />
      </div>
      {untagging ? <UntagOneDialog client={client} noticeId={notice.id} noticeTitle={notice.title} onClose={() => setUntagging(false)} /> : null}
    </li>
  );
}
