// The match engine: every client against every notice, kept current as either changes.
// Holds compiled notices (bit masks, no evidence) and, per client, the notices it may
// concern with their scores; reasons are worded on demand by explainMatch from the
// notice's features. Pure: the search worker's sibling (renderer/data/match) feeds it
// from the library; the bench and the CLI feed it from memory.
import { keywordAt, type KeywordAt } from './keyword-forms.ts';
import { industryIndex, kindIndex, type CompiledNotice } from './compiled-notice.ts';
import { isSuggested, scoreOf, scorePair, todayOf } from './score-pair.ts';
import { compileProfile, type CompiledProfile, type MatchProfile } from './profile.ts';
import { compareIds, type ClientId, type NoticeId } from '../model/ids.ts';

export type EngineNotice = { id: NoticeId; compiled: CompiledNotice; /** YYYY-MM-DD or null: newer first among equal scores. */ date: string | null };
export type EngineClient = { id: ClientId; profile: MatchProfile };
export type Suggestion = { noticeId: NoticeId; score: number };
export type NoticeClient = { clientId: ClientId; score: number };

type Slot = { id: NoticeId; notice: CompiledNotice; date: string };
type ClientState = { id: ClientId; profile: CompiledProfile; keywordHits: Uint8Array[]; suggested: Map<NoticeId, number> };

export class MatchEngine {
  readonly #slots: (Slot | null)[] = [];
  readonly #slotOf = new Map<NoticeId, number>();
  readonly #clients = new Map<ClientId, ClientState>();
  /** Per keyword, which slots hold it: shared by every client with that keyword. */
  readonly #keywordHits = new Map<string, Uint8Array>();
  /** Notice id → client id → score, for the clients a notice may concern. */
  readonly #byNotice = new Map<NoticeId, Map<ClientId, number>>();
  #today: { day: number; year: number };

  constructor(today: string) {
    this.#today = todayOf(today);
  }

  get noticeCount(): number {
    return this.#slotOf.size;
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /** A new day: open deadlines count differently. Re-scores everything. */
  setToday(today: string): void {
    const next = todayOf(today);
    if (next.day === this.#today.day) return;
    this.#today = next;
    for (const client of this.#clients.values()) this.#scoreClient(client);
  }

  /** Adds or replaces notices, and scores them against every client. */
  upsertNotices(notices: readonly EngineNotice[]): void {
    const touched: Slot[] = [];
    for (const { id, compiled, date } of notices) {
      const slot: Slot = { id, notice: compiled, date: date ?? '' };
      let index = this.#slotOf.get(id);
      if (index === undefined) {
        index = this.#slots.length;
        this.#slots.push(slot);
        this.#slotOf.set(id, index);
      } else {
        this.#slots[index] = slot;
      }
      touched.push(slot);
    }
    this.#growKeywordHits();
    for (const slot of touched) {
      const index = this.#slotOf.get(slot.id) ?? 0;
      for (const [keyword, hits] of this.#keywordHits) hits[index] = keywordAt(slot.notice.keyText, keyword);
      this.#forget(slot.id);
      for (const client of this.#clients.values()) this.#scorePair(client, slot, index);
    }
  }

  removeNotices(ids: readonly NoticeId[]): void {
    for (const id of ids) {
      const index = this.#slotOf.get(id);
      if (index === undefined) continue;
      this.#slots[index] = null;
      this.#slotOf.delete(id);
      this.#forget(id);
    }
  }

  /** Adds or replaces a client, and scores every notice for it. */
  upsertClient(client: EngineClient): void {
    const profile = compileProfile(client.profile, kindIndex, industryIndex);
    const state: ClientState = { id: client.id, profile, keywordHits: profile.keywords.map((k) => this.#hitsOf(k)), suggested: new Map() };
    this.removeClient(client.id);
    this.#clients.set(client.id, state);
    this.#scoreClient(state);
  }

  removeClient(id: ClientId): void {
    const state = this.#clients.get(id);
    if (!state) return;
    for (const noticeId of state.suggested.keys()) this.#byNotice.get(noticeId)?.delete(id);
    this.#clients.delete(id);
  }

  /** The notices a client may be interested in, best first; `hidden` (tagged, dismissed) left out. */
  suggestionsFor(clientId: ClientId, hidden: ReadonlySet<NoticeId> = new Set(), limit = Number.POSITIVE_INFINITY): Suggestion[] {
    const state = this.#clients.get(clientId);
    if (!state) return [];
    const list: (Suggestion & { date: string })[] = [];
    for (const [noticeId, score] of state.suggested) {
      if (hidden.has(noticeId)) continue;
      const slot = this.#slots[this.#slotOf.get(noticeId) ?? -1];
      list.push({ noticeId, score, date: slot?.date ?? '' });
    }
    list.sort((a, b) => b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : compareIds(a.noticeId, b.noticeId)));
    return list.slice(0, limit).map(({ noticeId, score }) => ({ noticeId, score }));
  }

  /** The clients a notice may concern, best first; `hidden(clientId, noticeId)` leaves pairs out. */
  clientsFor(noticeId: NoticeId, hidden?: (clientId: ClientId, noticeId: NoticeId) => boolean): NoticeClient[] {
    const clients = this.#byNotice.get(noticeId);
    if (!clients) return [];
    return [...clients]
      .filter(([clientId]) => !hidden?.(clientId, noticeId))
      .map(([clientId, score]) => ({ clientId, score }))
      .sort((a, b) => b.score - a.score || compareIds(a.clientId, b.clientId));
  }

  #scoreClient(state: ClientState): void {
    for (const noticeId of state.suggested.keys()) this.#byNotice.get(noticeId)?.delete(state.id);
    state.suggested.clear();
    state.keywordHits = state.profile.keywords.map((k) => this.#hitsOf(k));
    // One keyword test for the whole pass, reading the slot from here: no closure per pair.
    const hits = state.keywordHits;
    let index = 0;
    const keywordAtSlot = (k: number): KeywordAt => (hits[k]?.[index] ?? 0) as KeywordAt;
    for (; index < this.#slots.length; index += 1) {
      const slot = this.#slots[index];
      if (slot) this.#record(state, slot, scorePair(slot.notice, state.profile, this.#today, keywordAtSlot));
    }
    this.#dropUnusedKeywords();
  }

  #scorePair(state: ClientState, slot: Slot, index: number): void {
    const hits = state.keywordHits;
    this.#record(state, slot, scorePair(slot.notice, state.profile, this.#today, (k) => (hits[k]?.[index] ?? 0) as KeywordAt));
  }

  #record(state: ClientState, slot: Slot, result: number): void {
    if (!isSuggested(result)) return;
    const score = scoreOf(result);
    state.suggested.set(slot.id, score);
    let clients = this.#byNotice.get(slot.id);
    if (!clients) this.#byNotice.set(slot.id, (clients = new Map<ClientId, number>()));
    clients.set(state.id, score);
  }

  #forget(noticeId: NoticeId): void {
    const clients = this.#byNotice.get(noticeId);
    if (!clients) return;
    for (const clientId of clients.keys()) this.#clients.get(clientId)?.suggested.delete(noticeId);
    this.#byNotice.delete(noticeId);
  }

  #hitsOf(keyword: string): Uint8Array {
    let hits = this.#keywordHits.get(keyword);
    if (!hits) {
      hits = new Uint8Array(capacity(this.#slots.length));
      for (let index = 0; index < this.#slots.length; index += 1) {
        const slot = this.#slots[index];
        if (slot) hits[index] = keywordAt(slot.notice.keyText, keyword);
      }
      this.#keywordHits.set(keyword, hits);
    }
    return hits;
  }

  /** Keyword arrays grow ahead of the slots, doubling, so appends stay cheap. */
  #growKeywordHits(): void {
    for (const [keyword, hits] of this.#keywordHits) {
      if (hits.length >= this.#slots.length) continue;
      const grown = new Uint8Array(capacity(this.#slots.length));
      grown.set(hits);
      this.#keywordHits.set(keyword, grown);
      for (const state of this.#clients.values()) {
        state.keywordHits = state.keywordHits.map((h) => (h === hits ? grown : h));
      }
    }
  }

  #dropUnusedKeywords(): void {
    const used = new Set<string>();
    for (const state of this.#clients.values()) for (const keyword of state.profile.keywords) used.add(keyword);
    for (const keyword of this.#keywordHits.keys()) if (!used.has(keyword)) this.#keywordHits.delete(keyword);
  }
}

function capacity(length: number): number {
  let size = 1024;
  while (size < length) size *= 2;
  return size;
}
