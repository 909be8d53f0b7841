// The clients each of some notices may concern (matching's suggestions, tagged and
// dismissed pairs left out): what the library list and search results show beside a
// notice. Asked again after the library changes.
import type { NoticeId } from '../../shared/model/ids.ts';
import { useState } from 'react';
import type { NoticeClientView } from '../data/match/index.ts';
import { localIsoDate } from '../../shared/model/briefing.ts';
import { useAsyncResult } from './useAsyncResult.ts';
import { reportError, useLibrarySeq, useMatcher } from '../core/index.ts';

const NONE: readonly NoticeClientView[] = [];

/** Returns the look-up of the clients a notice may concern, best first. */
export function useSuggestedClients(noticeIds: readonly NoticeId[]): (noticeId: NoticeId) => readonly NoticeClientView[] {
  const matcher = useMatcher();
  const seq = useLibrarySeq();
  const key = noticeIds.join(',');
  const [answer, setAnswer] = useState<{ key: string; byNotice: Record<NoticeId, NoticeClientView[]> } | null>(null);
  useAsyncResult(
    () => {
      const ids = key === '' ? [] : key.split(',');
      if (ids.length === 0) return null;
      return matcher.call('clientsOf', { noticeIds: ids, today: localIsoDate(new Date()), atLeast: seq }).then((byNotice) => ({ key, byNotice }));
    },
    [matcher, key, seq],
    { onResult: setAnswer, onError: reportError },
  );
  // The previous answer stays while scrolling asks for the next rows: no flicker.
  return (noticeId) => answer?.byNotice[noticeId] ?? NONE;
}
