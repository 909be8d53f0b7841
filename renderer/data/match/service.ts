// The match worker's state: a MatchEngine over the library, kept current by following the
// library's change log (it knows the sequence it has applied; a question asked at a later
// one waits for it), answering the screens' questions with reasons (as data, worded by the UI). Runs in the worker (so
// 50,000 notices × 200 clients never block the UI); the bench runs it over arrays.
import { compareIds, type ClientId, type NoticeId } from '../../../shared/model/ids.ts';
import { localIsoDate } from '../../../shared/model/briefing.ts';
import { MatchEngine, type EngineClient } from '../../../shared/match/engine.ts';
import { explainMatch } from '../../../shared/match/score-pair.ts';
import type { MatchReader } from './ports.ts';
import type { MatchImpact, MatchOpenReport, NoticeClientView, SuggestionView } from './protocol.ts';

const PAGE = 2000;

export class MatchService {
  #engine: MatchEngine;
  readonly #clients = new Map<ClientId, EngineClient>();
  #hidden = new Map<ClientId, Set<NoticeId>>();
  /** Catching up runs one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();
  /** The change log's sequence the engine reflects. */
  #applied = 0;
  #pendingCatchUp: Promise<void> | null = null;

  constructor(
    private readonly source: MatchReader,
    today: string,
  ) {
    this.#engine = new MatchEngine(today);
  }

  async open(today: string): Promise<MatchOpenReport> {
    const started = performance.now();
    const computedFeatures = await this.source.catchUpFeatures();
    await this.#loadAll(today);
    return { notices: this.#engine.noticeCount, clients: this.#engine.clientCount, computedFeatures, ms: Math.round(performance.now() - started) };
  }

  async #loadAll(today: string): Promise<void> {
    // Changes logged while reading are applied after (a notice read twice is harmless).
    this.#applied = await this.source.head();
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

  /** The change log's sequence the engine reflects. */
  position(): number {
    return this.#applied;
  }

  /** Applies the log beyond the engine's sequence; calls while one waits join it. */
  catchUp(): Promise<void> {
    if (!this.#pendingCatchUp) {
      const next = this.#queue.then(async () => {
        this.#pendingCatchUp = null;
        await this.#applyLog();
      });
      this.#queue = next.catch(() => undefined);
      this.#pendingCatchUp = next;
    }
    return this.#pendingCatchUp;
  }

  /** Waits until the engine reflects the log at `atLeast` (what the asking screen saw). */
  async #atLeast(atLeast: number): Promise<void> {
    if (this.#applied < atLeast) await this.catchUp();
  }

  async #applyLog(): Promise<void> {
    // The features first: the engine reads what they derive.
    await this.source.catchUpFeatures();
    for (;;) {
      const batch = await this.source.changes(this.#applied);
      if (!batch) return;
      if (batch.reset) {
        await this.#loadAll(localIsoDate(new Date()));
        continue;
      }
      if (batch.noticeIds.length > 0) {
        const notices = await this.source.notices(batch.noticeIds);
        this.#engine.upsertNotices(notices);
        const found = new Set(notices.map((n) => n.id));
        const gone = batch.noticeIds.filter((id) => !found.has(id));
        this.#engine.removeNotices(gone);
        for (const set of this.#hidden.values()) for (const id of gone) set.delete(id);
      }
      if (batch.tables.has('clients')) await this.#loadClients();
      if (batch.tables.has('clients') || batch.tables.has('tags') || batch.tables.has('dismissals')) this.#hidden = await this.source.hidden();
      this.#applied = batch.to;
    }
  }

  async #loadClients(): Promise<void> {
    const clients = await this.source.clients();
    const present = new Set(clients.map((c) => c.id));
    for (const id of [...this.#clients.keys()]) {
      if (present.has(id)) continue;
      this.#clients.delete(id);
      this.#engine.removeClient(id);
    }
    for (const client of clients) {
      this.#clients.set(client.id, client);
      this.#engine.upsertClient(client);
    }
  }

  async suggestions(clientId: ClientId, limit: number, today: string, atLeast = 0): Promise<SuggestionView[]> {
    await this.#atLeast(atLeast);
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

  async explain(clientId: ClientId, noticeId: NoticeId, today: string, atLeast = 0): Promise<ReturnType<typeof explainMatch> | null> {
    await this.#atLeast(atLeast);
    const client = this.#clients.get(clientId);
    const features = (await this.source.explained([noticeId])).get(noticeId);
    return client && features ? explainMatch(features, client.profile, today) : null;
  }

  async clientsOf(noticeIds: readonly NoticeId[], today: string, atLeast = 0): Promise<Record<NoticeId, NoticeClientView[]>> {
    await this.#atLeast(atLeast);
    this.#engine.setToday(today);
    const hidden = (clientId: ClientId, noticeId: NoticeId) => this.#hidden.get(clientId)?.has(noticeId) ?? false;
    const answer: Record<NoticeId, NoticeClientView[]> = {};
    for (const noticeId of noticeIds) {
      const clients = this.#engine.clientsFor(noticeId, hidden);
      if (clients.length > 0) {
        answer[noticeId] = clients.map(({ clientId, score }) => ({ clientId, score, clientName: this.#clients.get(clientId)?.profile.name ?? '' }));
      }
    }
    return answer;
  }

  async impact(noticeIds: readonly NoticeId[], today: string, atLeast = 0): Promise<MatchImpact> {
    const byNotice = await this.clientsOf(noticeIds, today, atLeast);
    const clientIds = [...new Set(Object.values(byNotice).flatMap((list) => list.map((c) => c.clientId)))].sort(compareIds);
    return { notices: Object.keys(byNotice).length, clients: clientIds.length, clientIds };
  }
}
