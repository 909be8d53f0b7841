// The match worker's state: a MatchEngine over the library, kept current from the change
// feed, answering the screens' questions with worded reasons. Runs in the worker (so
// 50,000 notices × 200 clients never block the UI); the bench runs it over arrays.
import { localIsoDate } from '../../../shared/model/briefing.ts';
import { MatchEngine, type EngineClient } from '../../../shared/policy/engine.ts';
import { explainMatch } from '../../../shared/policy/match.ts';
import type { LibraryChange } from '../library/index.ts';
import type { MatchSource } from './ports.ts';
import type { MatchImpact, MatchOpenReport, NoticeClientView, SuggestionView } from './protocol.ts';

const PAGE = 2000;

export class MatchService {
  #engine: MatchEngine;
  readonly #clients = new Map<number, EngineClient>();
  #hidden = new Map<number, Set<number>>();
  /** Changes are applied one after another, in order. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: MatchSource,
    today: string,
  ) {
    this.#engine = new MatchEngine(today);
  }

  async open(today: string): Promise<MatchOpenReport> {
    const started = performance.now();
    const computedFeatures = await this.source.fillMissing();
    await this.#loadAll(today);
    return { notices: this.#engine.noticeCount, clients: this.#engine.clientCount, computedFeatures, ms: Math.round(performance.now() - started) };
  }

  async #loadAll(today: string): Promise<void> {
    this.#engine = new MatchEngine(today);
    this.#clients.clear();
    // Clients first: each page of notices is then scored as it arrives.
    for (const client of await this.source.clients()) {
      this.#clients.set(client.id, client);
      this.#engine.upsertClient(client);
    }
    for await (const page of this.source.stream(PAGE)) this.#engine.upsertNotices(page);
    this.#hidden = await this.source.hidden();
  }

  applyChange(change: LibraryChange): Promise<void> {
    const next = this.#queue.then(() => this.#apply(change));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for the changes sent so far. */
  settle(): Promise<null> {
    return this.#queue.then(() => null);
  }

  async #apply(change: LibraryChange): Promise<void> {
    switch (change.type) {
      case 'notices-added':
        // Their features are computed here, in the worker, not in the import's transaction.
        this.#engine.upsertNotices(await this.source.notices(change.noticeIds));
        return;
      case 'notices-updated':
        this.#engine.upsertNotices(await this.source.recomputed(change.noticeIds));
        return;
      case 'notices-removed':
        this.#engine.removeNotices(change.noticeIds);
        for (const set of this.#hidden.values()) for (const id of change.noticeIds) set.delete(id);
        return;
      case 'clients-changed':
        for (const id of change.clientIds) {
          const client = await this.source.client(id);
          if (client) {
            this.#clients.set(id, client);
            this.#engine.upsertClient(client);
          } else {
            this.#clients.delete(id);
            this.#engine.removeClient(id);
            this.#hidden.delete(id);
          }
        }
        return;
      case 'assignments-changed':
      case 'dismissals-changed': {
        const hidden = await this.source.hidden(change.clientIds);
        for (const [clientId, set] of hidden) this.#hidden.set(clientId, set);
        return;
      }
      case 'library-replaced':
        await this.source.fillMissing();
        await this.#loadAll(localIsoDate(new Date()));
        return;
      default:
        return;
    }
  }

  async suggestions(clientId: number, limit: number, today: string): Promise<SuggestionView[]> {
    await this.settle();
    this.#engine.setToday(today);
    const client = this.#clients.get(clientId);
    if (!client) return [];
    const top = this.#engine.suggestionsFor(clientId, this.#hidden.get(clientId), limit);
    const explained = await this.source.explained(top.map((s) => s.noticeId));
    return top.flatMap(({ noticeId, score }) => {
      const features = explained.get(noticeId);
      return features ? [{ noticeId, score, result: explainMatch(features, client.profile, today) }] : [];
    });
  }

  async explain(clientId: number, noticeId: number, today: string): Promise<ReturnType<typeof explainMatch> | null> {
    await this.settle();
    const client = this.#clients.get(clientId);
    const features = (await this.source.explained([noticeId])).get(noticeId);
    return client && features ? explainMatch(features, client.profile, today) : null;
  }

  async clientsOf(noticeIds: readonly number[], today: string): Promise<Record<number, NoticeClientView[]>> {
    await this.settle();
    this.#engine.setToday(today);
    const hidden = (clientId: number, noticeId: number) => this.#hidden.get(clientId)?.has(noticeId) ?? false;
    const answer: Record<number, NoticeClientView[]> = {};
    for (const noticeId of noticeIds) {
      const clients = this.#engine.clientsFor(noticeId, hidden);
      if (clients.length > 0) {
        answer[noticeId] = clients.map(({ clientId, score }) => ({ clientId, score, clientName: this.#clients.get(clientId)?.profile.name ?? '' }));
      }
    }
    return answer;
  }

  async impact(noticeIds: readonly number[], today: string): Promise<MatchImpact> {
    const byNotice = await this.clientsOf(noticeIds, today);
    const clientIds = [...new Set(Object.values(byNotice).flatMap((list) => list.map((c) => c.clientId)))].sort((a, b) => a - b);
    return { notices: Object.keys(byNotice).length, clients: clientIds.length, clientIds };
  }
}
