// 推荐 on a client's page: the notices matching suggests, best first, each with its
// reasons as chips (the sentence each came from on hover); opening one shows that
// sentence marked in the reader. 采纳 tags it with the reasons as the note and the
// relevance from the score; 忽略 sets it aside for this client (undone below).
import { useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import type { MatchReason } from '../../../shared/match/score-pair.ts';
import { zh } from '../../platform/i18n/index.ts';
import { dismissSuggestion, restoreSuggestion, tagNotices } from '../../data/library/index.ts';
import { reportError, toast, useLibrary, useNavigation } from '../../core/index.ts';
import { Button } from '../../ui/index.ts';
import { useSuggestions, type SuggestionItem } from './useSuggestions.ts';

function reasonsOf(item: SuggestionItem): MatchReason[] {
  return item.result.excluded ? [] : item.result.reasons;
}

/** The body paragraphs the reasons came from, to mark in the reader (the title needs no mark). */
function evidenceParagraphs(reasons: readonly MatchReason[]): number[] {
  const paragraphs = new Set<number>();
  for (const reason of reasons) if (typeof reason.evidence?.place === 'number') paragraphs.add(reason.evidence.place);
  return [...paragraphs];
}

export function SuggestionList({ client }: { client: Client }) {
  const db = useLibrary();
  const data = useSuggestions(client.id);
  const openWithEvidence = useNavigation((state) => state.openWithEvidence);
  const [showDismissed, setShowDismissed] = useState(false);

  const adopt = (item: SuggestionItem) => {
    const reasons = reasonsOf(item).filter((r) => r.points > 0).map((r) => zh.codes.matchReason(r));
    const relevance = item.result.excluded ? 'low' : item.result.relevance;
    // The reasons go with the tag; the 点评 stays the consultant's, empty until written.
    tagNotices(db, { clientIds: [client.id], noticeIds: [item.noticeId], reasons, relevance }).then(
      () => toast('success', zh.match.adopted(item.notice.title)),
      reportError,
    );
  };
  const dismiss = (item: SuggestionItem) => {
    dismissSuggestion(db, client.id, item.noticeId).then(() => toast('info', zh.match.dismissed(item.notice.title)), reportError);
  };

  return (
    <section className="client-suggestions" aria-label={zh.match.title}>
      <div className="client-notices-header">
        <h3 className="client-section-title">{data ? zh.match.count(data.items.length) : zh.match.title}</h3>
        <span className="muted">{zh.match.subtitle}</span>
      </div>
      {data === undefined ? (
        <p className="muted" aria-busy="true">
          {zh.match.loading}
        </p>
      ) : data.items.length === 0 ? (
        <p className="muted client-notices-none">{zh.match.none}</p>
      ) : (
        <ol className="suggestion-list">
          {data.items.map((item) => {
            const reasons = reasonsOf(item);
            return (
              <li key={item.noticeId} className="suggestion" data-testid="suggestion">
                <div className="suggestion-head">
                  <span className="suggestion-score" aria-label={zh.match.score(item.score)}>
                    {item.score}
                  </span>
                  <button type="button" className="link-button suggestion-title" onClick={() => openWithEvidence(item.noticeId, evidenceParagraphs(reasons))}>
                    {item.notice.title}
                  </button>
                  <span className="suggestion-actions">
                    <Button size="sm" variant="primary" aria-label={zh.match.adoptLabel(item.notice.title)} onClick={() => adopt(item)}>
                      {zh.match.adopt}
                    </Button>
                    <Button size="sm" variant="ghost" aria-label={zh.match.dismissLabel(item.notice.title)} onClick={() => dismiss(item)}>
                      {zh.match.dismiss}
                    </Button>
                  </span>
                </div>
                <ul className="reason-chips">
                  {reasons.map((reason) => ({ reason, text: zh.codes.matchReason(reason) })).map(({ reason, text }) => (
                    <li key={text} className={`chip reason reason-${reason.kind}`} title={reason.evidence ? zh.match.evidence(reason.evidence.text) : undefined}>
                      {text}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {data && data.dismissed.length > 0 ? (
        <div className="dismissed">
          <button type="button" className="link-button" aria-expanded={showDismissed} onClick={() => setShowDismissed((v) => !v)}>
            {zh.match.dismissedList(data.dismissed.length)}
          </button>
          {showDismissed ? (
            <ul className="dismissed-list">
              {data.dismissed.map(({ dismissal, notice }) => (
                <li key={dismissal.id}>
                  <span>{notice.title}</span>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      restoreSuggestion(db, client.id, notice.id).then(() => toast('info', zh.match.restored(notice.title)), reportError);
                    }}
                  >
                    {zh.match.restore}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
