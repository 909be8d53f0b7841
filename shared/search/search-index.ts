// The search index: documents in, ranked and filtered results out. Pure and
// synchronous (it runs in the renderer's search worker, in the command line and in
// tests alike); bodies are indexed but not kept, so snippets take the body from the
// caller.
//
// Layout: a document table (doc-table.ts), inverted-index segments (postings.ts) plus a
// builder collecting recent additions (frozen into a segment before the next search),
// an exact map of 文号, and the client directory. Removing or updating a document marks
// its ordinal dead (the update gets a new ordinal); compact() drops the dead and merges
// segments.
import type { ClientId, NoticeId } from '../model/ids.ts';
import { compileFilters, countFacets, SortOrders, todayNumber, type Ended } from './browse.ts';
import { ClientDirectory } from './client-index.ts';
import { DocNumberMap } from './doc-number-map.ts';
import { documentFeatures } from './doc-features.ts';
import { dateText, DocTable } from './doc-table.ts';
import { highlightRanges, makeSnippet } from './highlight.ts';
import { MatchScratch, matchPlan, type MatchReader, type MatchResult } from './find-hits.ts';
import { popcount } from './find-hits-slot.ts';
import { pinyinLetters } from './pinyin.ts';
import { planQuery, type QueryPlan, type Variant } from './query.ts';
import { compactText } from './fold-query.ts';
import { FUSE_WEIGHT, fuseFactors, RERANK_COUNT, type RankRecord } from './rank.ts';
import { mergeSegments, SegmentBuilder, type Segment } from './postings.ts';
import { decodeIndex, encodeIndex } from './serialize.ts';
import { holdsAgencyShortName } from './thesaurus/expand.ts';
import type {
  SearchTag,
  SearchClient,
  SearchDoc,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Snippet,
} from './types.ts';

/** Pending postings frozen into a segment beyond this (about 3,000 notices). */
const PENDING_LIMIT = 4_000_000;
/** More segments than this: the small ones (all but the first) are merged. */
const MAX_SEGMENTS = 8;
/** When at least this many notices match every term exactly, matches with a typo are left out. */
const FUZZY_CUTOFF = 10;
const DEFAULT_LIMIT = 20;
/** Keeps tiers apart in one sort key: far above any score (DOC_NUMBER_BONUS is 1,000). */
const TIER_GAP = 1e7;
/** Query plans kept for re-use (a query typed again, a page scrolled). */
const PLANS_KEPT = 64;
/** Rank records kept for re-use (about 1 KB each). */
const RANK_RECORD_CACHE = 5000;

export type IndexStats = {
  documents: number;
  liveDocuments: number;
  segments: number;
  keys: number;
  postingBytes: number;
  pendingPostings: number;
};

export class SearchIndex {
  private docs: DocTable;
  private segments: Segment[];
  private pending = new SegmentBuilder();
  private bulk = false;
  private exact: DocNumberMap;
  private readonly clients = new ClientDirectory();
  private readonly endedFrom = new Map<NoticeId, number>();
  private sortOrders: SortOrders;
  private readonly scratch = new MatchScratch();
  /** Plans of recent queries (planning one costs a few hundred µs), least recently used first. */
  private readonly plans = new Map<string, QueryPlan>();
  /** The plan that found the last results (the wider one when the query as typed found few). */
  private lastMatched: QueryPlan | null = null;
  /** Strings the owner keeps with the index (serialised with it). */
  meta: Record<string, string> = {};
  private readonly rankRecords = new Map<number, RankRecord>();

  constructor() {
    this.docs = new DocTable();
    this.segments = [];
    this.sortOrders = new SortOrders(this.docs);
    this.exact = new DocNumberMap((o) => this.docs.docNumbers[o] ?? null);
  }

  /** An index from `serialize()` bytes; throws IndexFormatError for another format version. */
  static load(bytes: Uint8Array): SearchIndex {
    const state = decodeIndex(bytes);
    const index = new SearchIndex();
    index.meta = state.meta;
    index.docs = new DocTable(state.columns);
    index.sortOrders = new SortOrders(index.docs);
    index.segments = state.segments;
    index.clients.setClients(state.clients);
    index.clients.setTags(state.tags);
    index.exact = new DocNumberMap((o) => index.docs.docNumbers[o] ?? null, state.docNumberMap);
    return index;
  }

  /** The index as bytes (see serialize.ts); `meta` travels with it (SearchIndex.meta after load). */
  serialize(): Uint8Array {
    this.flush();
    const docs = this.docs;
    return encodeIndex({
      meta: this.meta,
      columns: docs.columns(),
      docNumberMap: DocNumberMap.columns(docs.count, (o) => docs.docNumbers[o] ?? null, (o) => docs.alive[o] === 1),
      segments: this.segments,
      clients: this.clients.allClients(),
      tags: this.clients.allTags(),
    });
  }

  get size(): number {
    return this.docs.live;
  }

  has(id: NoticeId): boolean {
    return this.docs.ordOf.has(id);
  }

  /** Library ids of every document in the index. */
  ids(): NoticeId[] {
    return [...this.docs.ordOf.keys()];
  }

  /** Adds a document, replacing the one with the same id. */
  add(doc: SearchDoc): void {
    this.removeOrdinal(doc.id);
    const o = this.docs.append(doc);
    this.exact.add(doc.docNumber, o);
    this.pending.begin(o);
    documentFeatures(doc, this.pending);
    if (this.pending.size > PENDING_LIMIT) this.freezePending();
  }

  /** Adds many documents; one merged segment at the end (a fresh build). */
  addAll(docs: Iterable<SearchDoc>): void {
    this.beginBulk();
    for (const doc of docs) this.add(doc);
    this.endBulk();
  }

  /**
   * Until endBulk(), additions do not merge segments as they go (a build that arrives in
   * pages, as from IndexedDB): they are merged once, at the end.
   */
  beginBulk(): void {
    this.bulk = true;
  }

  endBulk(): void {
    this.bulk = false;
    this.optimize();
  }

  /**
   * Appends documents whose features were computed elsewhere (a PageBuilder, in another
   * thread): `docs[i]` gets ordinal `base + i`, and `segment` holds their features at
   * those ordinals. `base` must be the next ordinal of this index, so pages are adopted
   * in order. A null takes its ordinal and holds no document (a notice gone meanwhile).
   */
  adopt(base: number, docs: readonly (SearchDoc | null)[], segment: Segment): void {
    if (base !== this.docs.count) throw new Error(`page at ordinal ${base} adopted at ${this.docs.count}`);
    if (segment.span > 0 && (segment.base < base || segment.base + segment.span > base + docs.length)) {
      throw new Error('the page segment covers other ordinals than its documents');
    }
    // Pending features belong to lower ordinals: frozen first, segments stay in ordinal order.
    this.freezePending();
    for (const doc of docs) {
      if (!doc) {
        this.docs.appendGap();
        continue;
      }
      this.removeOrdinal(doc.id);
      this.exact.add(doc.docNumber, this.docs.append(doc));
    }
    if (segment.span > 0) this.segments.push(segment);
    if (!this.bulk && this.segments.length > MAX_SEGMENTS) this.segments = [mergeSegments(this.segments, null)];
  }

  remove(id: NoticeId): boolean {
    return this.removeOrdinal(id);
  }

  setClients(clients: readonly SearchClient[]): void {
    this.clients.setClients(clients);
    this.rankRecords.clear();
  }

  putClient(client: SearchClient): void {
    this.clients.putClient(client);
    this.rankRecords.clear();
  }

  removeClient(clientId: ClientId): void {
    this.clients.removeClient(clientId);
    this.rankRecords.clear();
  }

  setTags(tags: readonly SearchTag[]): void {
    this.clients.setTags(tags);
    this.rankRecords.clear();
  }

  /**
   * 时效性 of a notice: the date (YYYYMMDD) from which it has ended (repealed, replaced,
   * amended, past its 有效期), 1 for always, 0 for not ended. Kept by notice id, not
   * persisted: the search worker computes it from the library's relations on open.
   */
  setEndedFrom(noticeId: NoticeId, endedFrom: number): void {
    if (endedFrom === 0) this.endedFrom.delete(noticeId);
    else this.endedFrom.set(noticeId, endedFrom);
  }

  private endedTest(): Ended {
    const ids = this.docs.ids;
    const endedFrom = this.endedFrom;
    return (o, today) => {
      if (endedFrom.size === 0) return false;
      const from = endedFrom.get(ids[o] ?? '') ?? 0;
      return from !== 0 && (today === 0 || from <= today);
    };
  }

  setNoticeClients(noticeId: NoticeId, clientIds: readonly ClientId[]): void {
    this.clients.setNoticeClients(noticeId, clientIds);
    this.rankRecords.clear();
  }

  /** Merges every segment into one (after a build: the fastest layout to search and load). */
  optimize(): void {
    this.freezePending();
    if (this.segments.length > 1) this.segments = [mergeSegments(this.segments, null)];
  }

  /** Freezes pending additions into a segment (done before every search). */
  flush(): void {
    this.freezePending();
  }

  private freezePending(): void {
    if (this.pending.size === 0) return;
    this.segments.push(this.pending.freeze());
    this.pending = new SegmentBuilder();
    if (this.bulk || this.segments.length <= MAX_SEGMENTS) return;
    // Merge the small recent segments; the big first one joins only when they have grown
    // to a quarter of it (merging 50,000 notices' postings takes about a second).
    const [first, ...rest] = this.segments;
    const restBytes = rest.reduce((sum, s) => sum + s.data.length, 0);
    if (!first || restBytes * 4 > first.data.length) this.segments = [mergeSegments(this.segments, null)];
    else this.segments = [first, mergeSegments(rest, null)];
  }

  /** Drops removed documents from the postings and renumbers the rest. */
  compact(): void {
    this.flush();
    if (this.docs.live === this.docs.count && this.segments.length <= 1) return;
    const remap = new Int32Array(this.docs.count).fill(-1);
    let next = 0;
    for (let o = 0; o < this.docs.count; o++) if (this.docs.alive[o]) remap[o] = next++;
    this.segments = [mergeSegments(this.segments, remap)];
    this.docs = new DocTable(this.docs.compactedColumns(remap));
    this.sortOrders = new SortOrders(this.docs);
    this.rankRecords.clear();
    const docs = this.docs;
    this.exact = new DocNumberMap(
      (o) => docs.docNumbers[o] ?? null,
      DocNumberMap.columns(docs.count, (o) => docs.docNumbers[o] ?? null, () => true),
    );
  }

  stats(): IndexStats {
    return {
      documents: this.docs.count,
      liveDocuments: this.docs.live,
      segments: this.segments.length,
      keys: this.segments.reduce((sum, s) => sum + s.keys.length, 0),
      postingBytes: this.segments.reduce((sum, s) => sum + s.data.length, 0),
      pendingPostings: this.pending.size,
    };
  }

  search(request: SearchRequest): SearchResponse {
    this.freezePending();
    const docs = this.docs;
    let plan = this.plan(request.query);
    const today = todayNumber(request.today);
    const ended = this.endedTest();
    const accept = compileFilters(request.filters, docs, today, (clientId) => this.clientOrds(clientId), ended);
    const offset = Math.max(0, request.offset ?? 0);
    const limit = Math.max(0, request.limit ?? DEFAULT_LIMIT);
    let ordered: Uint32Array;
    let scores: Float64Array | null = null;
    /** 1 for the matches found despite a typo (null: none). */
    let inexact: Uint8Array | null = null;
    /** The terms each result lacks, one bit per term, by ordinal (null: every result has every term). */
    let lacking: Uint32Array | null = null;
    let total: number;
    if (plan.terms.length === 0) {
      const order = this.sortOrders.order(request.sort ?? { key: 'date' });
      ordered = new Uint32Array(docs.live);
      total = 0;
      for (const o of order) if (docs.alive[o] && (accept === null || accept(o))) ordered[total++] = o;
      ordered = ordered.subarray(0, total);
    } else {
      const sort = request.sort ?? { key: 'relevance' };
      // A ranked page needs only the best matches (and their number), not all of them.
      const need = sort.key === 'relevance' && !request.allIds && !request.facets ? Math.max(RERANK_COUNT, offset + limit) : null;
      const matched = this.match(plan, accept, need);
      const result = matched.result;
      // Highlights, other forms and lacking terms are those of the plan that found them.
      plan = matched.plan;
      this.lastMatched = plan;
      const listed = result.ords.length;
      total = result.count;
      // Tier of each result: terms lacked first, then whether all were found as typed
      // (null: every result is in the first tier).
      let tiers: Uint8Array | null = null;
      for (let i = 0; i < listed; i++) {
        const lackingMask = result.lacking[i] ?? 0;
        if (lackingMask === 0 && result.exact[i]) continue;
        const o = result.ords[i] ?? 0;
        (tiers ??= new Uint8Array(listed))[i] = popcount(lackingMask) * 2 + (result.exact[i] ? 0 : 1);
        if (lackingMask !== 0) (lacking ??= new Uint32Array(docs.count))[o] = lackingMask;
        if (!result.exact[i]) (inexact ??= new Uint8Array(docs.count))[o] = 1;
      }
      if (sort.key === 'relevance') {
        const ranked = this.rank(plan, result.ords, result.scores, tiers, offset + limit, request.allIds === true);
        ordered = ranked.ords;
        scores = ranked.scores;
      } else {
        // Sorted by the key asked for, within tiers: notices lacking a term stay last.
        const member = new Uint8Array(docs.count);
        for (let i = 0; i < listed; i++) member[result.ords[i] ?? 0] = 1;
        const byKey: number[] = [];
        for (const o of this.sortOrders.order(sort)) if (member[o]) byKey.push(o);
        ordered = Uint32Array.from(lacking ? sortByTier(byKey, lacking) : byKey);
      }
      if (request.facets) {
        const facets = countFacets(docs, result.ords, listed, today, ended);
        return this.respond(plan, ordered, scores, inexact, lacking, total, offset, limit, request, facets);
      }
    }
    const facets = request.facets ? countFacets(docs, ordered, total, today, ended) : undefined;
    return this.respond(plan, ordered, scores, inexact, lacking, total, offset, limit, request, facets);
  }

  /** A short passage of `body` around the best match of `query`, with highlights. */
  snippet(query: string, body: readonly string[]): Snippet {
    // Marks what found the notice: the words cut and the other forms, when the wider plan did.
    const plan = this.lastMatched?.query === query ? this.lastMatched : this.plan(query);
    return makeSnippet(body, plan);
  }

  private respond(
    plan: QueryPlan,
    ordered: Uint32Array,
    scores: Float64Array | null,
    inexact: Uint8Array | null,
    lacking: Uint32Array | null,
    total: number,
    offset: number,
    limit: number,
    request: SearchRequest,
    facets: SearchResponse['facets'],
  ): SearchResponse {
    const docs = this.docs;
    const hits: SearchHit[] = [];
    const end = Math.min(offset + limit, ordered.length);
    const ended = this.endedTest();
    const today = todayNumber(request.today);
    for (let i = offset; i < end; i++) {
      const o = ordered[i] ?? 0;
      const title = docs.titles[o] ?? '';
      const docNumber = docs.docNumbers[o] ?? null;
      const agencies = docs.agencyNamesOf(o);
      hits.push({
        id: docs.ids[o] ?? '',
        score: scores ? (scores[i] ?? 0) : 0,
        title,
        docNumber,
        category: docs.categoryTable.values[docs.categories[o] ?? 0] ?? '',
        agencies,
        date: dateText(docs.dates[o] ?? 0),
        deadline: dateText(docs.deadlines[o] ?? 0),
        province: docs.provinceOf(o),
        city: docs.cityOf(o),
        titleRanges: plan.terms.length > 0 ? highlightRanges(title, plan) : [],
        docNumberRanges: plan.terms.length > 0 && docNumber ? highlightRanges(docNumber, plan) : [],
        agencyRanges: agencies.map((agency) => (plan.terms.length > 0 ? highlightRanges(agency, plan) : [])),
        exact: inexact?.[o] !== 1,
        ended: ended(o, today),
      });
      const lackingMask = lacking?.[o] ?? 0;
      if (lackingMask !== 0) (hits[hits.length - 1] as SearchHit).lacking = plan.terms.filter((_, t) => (lackingMask >>> t) & 1).map((term) => term.text);
    }
    const response: SearchResponse = { total, hits };
    if (plan.otherForms.length > 0) response.otherForms = plan.otherForms;
    if (request.allIds) response.ids = Array.from(ordered, (o) => docs.ids[o] ?? '');
    if (facets) response.facets = facets;
    return response;
  }

  /**
   * Orders matches by score: the best `need` (at least RERANK_COUNT) by a heap, of which
   * Fuse re-ranks up to RERANK_COUNT; with `all`, the rest follow sorted by score.
   * Fuse multiplies a score by at most 1 + FUSE_WEIGHT, so a candidate scoring below
   * the `need`-th best divided by that can never enter the first `need`: it is not sent
   * to Fuse (saving most of the bitap work when one notice clearly leads).
   */
  private rank(
    plan: QueryPlan,
    ords: Uint32Array,
    scores: Float64Array,
    tiers: Uint8Array | null,
    need: number,
    all: boolean,
  ): { ords: Uint32Array; scores: Float64Array } {
    const docs = this.docs;
    const n = ords.length;
    const k = all ? n : Math.min(n, Math.max(RERANK_COUNT, need));
    // A lower tier comes first whatever the scores (usually every match is in the first).
    const tierOf = (i: number): number => tiers?.[i] ?? 0;
    let keys = scores;
    if (tiers) {
      keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = (scores[i] ?? 0) - (tiers[i] ?? 0) * TIER_GAP;
    }
    const top = topByScore(keys, k);
    const kthAt = top[Math.min(top.length, Math.max(1, need)) - 1] ?? 0;
    const kth = scores[kthAt] ?? 0;
    const kthTier = tierOf(kthAt);
    let head = 0;
    const mayReach = (i: number): boolean => tierOf(i) < kthTier || (tierOf(i) === kthTier && (scores[i] ?? 0) * (1 + FUSE_WEIGHT) >= kth);
    while (head < Math.min(RERANK_COUNT, top.length) && mayReach(top[head] ?? 0)) head += 1;
    const factors = fuseFactors(plan, Array.from(top.subarray(0, head), (i) => this.rankRecord(ords[i] ?? 0)));
    const finalScores = new Float64Array(top.length);
    for (let j = 0; j < top.length; j++) finalScores[j] = (scores[top[j] ?? 0] ?? 0) * (j < head ? (factors[j] ?? 1) : 1);
    const order = Array.from(top.keys());
    const byFinal = (a: number, b: number): number =>
      tierOf(top[a] ?? 0) - tierOf(top[b] ?? 0) ||
      (finalScores[b] ?? 0) - (finalScores[a] ?? 0) || (docs.dates[ords[top[b] ?? 0] ?? 0] ?? 0) - (docs.dates[ords[top[a] ?? 0] ?? 0] ?? 0);
    // Re-rank the head; the tail stays in score order (all of it scores below the head).
    const sorted = order.slice(0, head).sort(byFinal).concat(order.slice(head));
    return {
      ords: Uint32Array.from(sorted, (j) => ords[top[j] ?? 0] ?? 0),
      scores: Float64Array.from(sorted, (j) => finalScores[j] ?? 0),
    };
  }

  private rankRecord(o: number): RankRecord {
    const cached = this.rankRecords.get(o);
    if (cached) return cached;
    // The fields Fuse reads, kept for the candidates of recent queries (typing a query
    // letter by letter asks for the same notices again and again).
    if (this.rankRecords.size >= RANK_RECORD_CACHE) this.rankRecords.clear();
    const record = this.makeRankRecord(o);
    this.rankRecords.set(o, record);
    return record;
  }

  private makeRankRecord(o: number): RankRecord {
    const docs = this.docs;
    const title = docs.titles[o] ?? '';
    const { full, initials } = pinyinLetters(title);
    return {
      title: compactText(title),
      docNumber: compactText(docs.docNumbers[o] ?? ''),
      agencies: docs.agencyNamesOf(o).map(compactText),
      clients: this.clients.clientsOf(docs.ids[o] ?? '').flatMap((client) => [client.name, ...client.qualifications].map(compactText)),
      pinyin: full,
      initials,
    };
  }

  /**
   * The matches of `plan` and the plan that found them: as typed first; when that finds
   * few, the wider plan (runs cut into words, other forms, guesses for short terms), which
   * also accepts notices that lack some of the terms (most of them still found: one of
   * two, two of three or four, …).
   */
  private match(plan: QueryPlan, accept: ((o: number) => boolean) | null, need: number | null): { result: MatchResult; plan: QueryPlan } {
    const first = matchPlan(plan, this.matchSource(), this.scratch, accept, FUZZY_CUTOFF, need);
    // Found as typed by many, it was meant as typed; so was a 文号 that found its notice.
    // (Matches despite a wrong character do not count: the query may mean something else.
    // Nor, when a term holds an agency's short name, which notices print in full (北京经信局
    // for 北京市经济和信息化局), do matches whose bigrams lie scattered over bodies: when
    // too few have the terms in a title or an agency.)
    const meantAsTyped =
      first.exactCount >= FUZZY_CUTOFF && (first.strongCount >= FUZZY_CUTOFF || !plan.terms.some((term) => holdsAgencyShortName(term.text)));
    if (meantAsTyped || first.docNumberFound === true || !plan.wider) return { result: first, plan };
    // Many found despite a wrong character: the run was read. Other forms and guesses may
    // still add, looked for as spelled (those matches are kept); cutting the run into
    // words would only scatter it.
    const foundDespiteTypo = first.count >= FUZZY_CUTOFF;
    const wider = plan.wider(!foundDespiteTypo);
    if (!wider) return { result: first, plan };
    // What the query as typed found is kept (the wider pass reuses the same arrays).
    const kept = first.count > 0 ? copyResult(first) : null;
    // Notices lacking a term only when nothing has them all: a word no notice has (a
    // concept the text words otherwise, a typo) no longer empties the results.
    const required = wider.terms.filter((term) => !term.optional).length;
    const allowMissing = kept !== null || required < 2 ? 0 : Math.max(1, Math.floor((required - 1) / 2));
    const second = matchPlan(wider, this.matchSource(), this.scratch, accept, FUZZY_CUTOFF, need, { guesses: true, allowMissing, fuzzy: !foundDespiteTypo });
    return { result: kept ? mergeResults(second, kept, this.docs.count) : second, plan: wider };
  }

  private plan(query: string): QueryPlan {
    let plan = this.plans.get(query);
    if (plan) {
      // Most recently used last.
      this.plans.delete(query);
    } else {
      plan = planQuery(query);
      if (this.plans.size >= PLANS_KEPT) this.plans.delete(this.plans.keys().next().value ?? '');
    }
    this.plans.set(query, plan);
    return plan;
  }

  private matchSource(): MatchReader {
    return {
      segments: this.segments,
      docs: this.docs,
      docNumberOrds: (key) => this.exact.get(key),
      clientMatches: (variant: Variant) =>
        this.clients.matches(variant).map(({ bits, noticeIds }) => ({ bits, ords: this.ordsOf(noticeIds) })),
    };
  }

  private ordsOf(noticeIds: Iterable<NoticeId>): number[] {
    const ords: number[] = [];
    for (const id of noticeIds) {
      const o = this.docs.ordOf.get(id);
      if (o !== undefined) ords.push(o);
    }
    return ords;
  }

  private clientOrds(clientId: ClientId): number[] {
    return this.ordsOf(this.clients.noticeIdsOf(clientId));
  }

  private removeOrdinal(id: NoticeId): boolean {
    const o = this.docs.ordOf.get(id);
    if (o === undefined) return false;
    this.docs.kill(o);
    return true;
  }
}

/** `ords` in the same order, but those lacking fewer terms first (a stable sort). */
function sortByTier(ords: number[], lacking: Uint32Array): number[] {
  return ords.sort((a, b) => popcount(lacking[a] ?? 0) - popcount(lacking[b] ?? 0));
}

/** A match result out of the scratch arrays (the next match reuses them). */
function copyResult(result: MatchResult): MatchResult {
  return { ...result, ords: result.ords.slice(), scores: result.scores.slice(), exact: result.exact.slice(), lacking: result.lacking.slice() };
}

/** The wider pass's matches, and those of the first pass it did not find (with their first-pass scores). */
function mergeResults(wider: MatchResult, first: MatchResult, documents: number): MatchResult {
  const seen = new Uint8Array(documents);
  for (const o of wider.ords) seen[o] = 1;
  const extra: number[] = [];
  for (let i = 0; i < first.ords.length; i++) if (!seen[first.ords[i] ?? 0]) extra.push(i);
  if (extra.length === 0) return wider;
  const n = wider.ords.length + extra.length;
  const ords = new Uint32Array(n);
  const scores = new Float64Array(n);
  const exact = new Uint8Array(n);
  const lacking = new Uint32Array(n);
  ords.set(wider.ords);
  scores.set(wider.scores);
  exact.set(wider.exact);
  lacking.set(wider.lacking);
  extra.forEach((i, j) => {
    const at = wider.ords.length + j;
    ords[at] = first.ords[i] ?? 0;
    scores[at] = first.scores[i] ?? 0;
    exact[at] = first.exact[i] ?? 0;
  });
  return { ...wider, count: wider.count + extra.length, ords, scores, exact, lacking };
}

/** Indices of the `k` largest scores, best first. */
function topByScore(scores: Float64Array, k: number): Uint32Array {
  const n = scores.length;
  if (k >= n) {
    const all = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    return Uint32Array.from(all);
  }
  // A min-heap of the k best seen so far: most scores are rejected by one comparison.
  const heap = new Uint32Array(k);
  let size = 0;
  const less = (a: number, b: number): boolean => (scores[a] ?? 0) < (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a > b);
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(heap[l] ?? 0, heap[m] ?? 0)) m = l;
      if (r < size && less(heap[r] ?? 0, heap[m] ?? 0)) m = r;
      if (m === i) return;
      const t = heap[i] ?? 0;
      heap[i] = heap[m] ?? 0;
      heap[m] = t;
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (size < k) {
      heap[size] = i;
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!less(heap[c] ?? 0, heap[p] ?? 0)) break;
        const t = heap[c] ?? 0;
        heap[c] = heap[p] ?? 0;
        heap[p] = t;
        c = p;
      }
    } else if (less(heap[0] ?? 0, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return Uint32Array.from(Array.from(heap.subarray(0, size)).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b));
}
