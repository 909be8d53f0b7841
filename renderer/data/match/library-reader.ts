// The match worker's MatchReader over the library (its own IndexedDB connection).
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import type { Client } from '../../../shared/model/library.ts';
import type { NoticeFeatures } from '../../../shared/match/notice-features.ts';
import type { EngineClient, EngineNotice } from '../../../shared/match/engine.ts';
import { withDeadline } from '../../../shared/match/compiled-notice.ts';
import { compileNotice } from '../../../shared/match/compiled-notice.ts';
import { catchUpNoticeFeatures, changeHead, explainFeatures, getNoticeFeatures, isCurrent, readChanges, type LibraryDb } from '../library/index.ts';
import type { MatchReader } from './ports.ts';

/** What matching reads of a client. */
export function clientProfile(client: Client): EngineClient {
  return {
    id: client.id,
    profile: {
      name: client.name,
      region: client.region,
      industry: client.industry,
      qualifications: client.qualifications,
      size: client.size ?? null,
      foundedYear: client.foundedYear ?? null,
      keywords: client.keywords ?? [],
    },
  };
}

export function libraryMatchReader(db: LibraryDb): MatchReader {
  const read = async (ids: readonly NoticeId[]): Promise<EngineNotice[]> => {
    const [summaries, stored] = await Promise.all([db.notices.bulkGet([...ids]), getNoticeFeatures(db, ids)]);
    // The features follow the log before the engine reads them; one written since (the
    // next batch will bring its record) is derived here, in memory, rather than left out.
    const lacking = ids.filter((_, i) => summaries[i] && !(stored[i] && isCurrent(stored[i])));
    const derived = lacking.length > 0 ? await explainFeatures(db, lacking) : new Map<NoticeId, NoticeFeatures>();
    return summaries.flatMap((summary, i) => {
      if (!summary) return [];
      const record = stored[i];
      const features = derived.get(summary.id);
      const compiled = features ? compileNotice(features) : record?.compiled;
      // The summary's deadline wins: a later import may have filled it in without a new body.
      return compiled ? [{ id: summary.id, date: summary.date, compiled: withDeadline(compiled, summary.deadline) }] : [];
    });
  };
  return {
    catchUpFeatures: async () => (await catchUpNoticeFeatures(db)).length,
    head: () => changeHead(db),
    changes: (after) => readChanges(db, after),
    async *stream(pageSize) {
      let after = '';
      for (;;) {
        const ids = await db.notices.where(':id').above(after).limit(pageSize).primaryKeys();
        if (ids.length === 0) return;
        yield await read(ids);
        after = ids[ids.length - 1] ?? after;
      }
    },
    notices: (ids) => read(ids),
    explained: (ids) => explainFeatures(db, ids),
    clients: async () => (await db.clients.toArray()).map(clientProfile),
    client: async (id) => {
      const client = await db.clients.get(id);
      return client ? clientProfile(client) : undefined;
    },
    hidden: async (clientIds) => {
      const [tags, dismissals] = clientIds
        ? await Promise.all([db.tags.where('clientId').anyOf([...clientIds]).toArray(), db.dismissals.where('clientId').anyOf([...clientIds]).toArray()])
        : await Promise.all([db.tags.toArray(), db.dismissals.toArray()]);
      const hidden = new Map<ClientId, Set<NoticeId>>((clientIds ?? []).map((id) => [id, new Set<NoticeId>()]));
      for (const { clientId, noticeId } of [...tags, ...dismissals]) {
        let set = hidden.get(clientId);
        if (!set) hidden.set(clientId, (set = new Set()));
        set.add(noticeId);
      }
      return hidden;
    },
  };
}
