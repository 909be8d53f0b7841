// A notice's 政策关系, live from the library: what it cites and what cites it, each linked
// to the library notice when there is one, and its validity today. Recomputed when an
// import or a removal touches the relations (the query reads the noticeRelations table).
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { relationsOf, type LinkedRelations } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';
import { todayIso } from '../../ui/index.ts';

/** undefined while loading, null when the notice has no relations yet (being computed). */
export function useNoticeRelations(id: NoticeId): LinkedRelations | null | undefined {
  const db = useLibrary();
  const today = todayIso();
  return useLiveQuery(() => relationsOf(db, id, today), [db, id, today]);
}
