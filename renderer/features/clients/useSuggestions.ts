// A client's 推荐 from the match worker, and the notices dismissed for it, asked again
// whenever the library changes (a tag, a dismissal, an import, an edit of the client).
import type { ClientId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { Dismissal, NoticeSummary } from '../../../shared/model/library.ts';
import { dismissalsOfClient, getNoticeSummaries } from '../../data/library/index.ts';
import type { SuggestionView } from '../../data/match/index.ts';
import { reportError, useLibrary, useLibrarySeq, useMatcher } from '../../core/index.ts';
import { todayIso, useAsyncResult } from '../../ui/index.ts';

export type SuggestionItem = SuggestionView & { notice: NoticeSummary };
export type DismissedItem = { dismissal: Dismissal; notice: NoticeSummary };
export type Suggestions = { items: SuggestionItem[]; dismissed: DismissedItem[] };

const LIMIT = 30;

export function useSuggestions(clientId: ClientId): Suggestions | undefined {
  const db = useLibrary();
  const matcher = useMatcher();
  const seq = useLibrarySeq();
  const [state, setState] = useState<{ clientId: ClientId; value: Suggestions } | undefined>(undefined);
  useAsyncResult(
    async () => {
      const [views, dismissals] = await Promise.all([matcher.call('suggestions', { clientId, limit: LIMIT, today: todayIso(), atLeast: seq }), dismissalsOfClient(db, clientId)]);
      const notices = await getNoticeSummaries(db, [...views.map((v) => v.noticeId), ...dismissals.map((d) => d.noticeId)]);
      const byId = new Map(notices.flatMap((n) => (n ? [[n.id, n] as const] : [])));
      return {
        clientId,
        value: {
          items: views.flatMap((view) => {
            const notice = byId.get(view.noticeId);
            return notice ? [{ ...view, notice }] : [];
          }),
          dismissed: dismissals.flatMap((dismissal) => {
            const notice = byId.get(dismissal.noticeId);
            return notice ? [{ dismissal, notice }] : [];
          }),
        },
      };
    },
    [db, matcher, clientId, seq],
    { onResult: setState, onError: reportError },
  );
  return state?.clientId === clientId ? state.value : undefined;
}
