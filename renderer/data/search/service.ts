// The search worker's state: one SearchIndex over the library's notices, kept current
// and persisted.
//
// The index is a consumer of the library's change log (renderer/data/library/change-log.ts):
// it knows the sequence it has applied, saved with it. Opening loads the persisted index
// (searchable at once) and catches up from its sequence; with no usable persisted index it
// builds one from the notices (build.ts), and searches answer from what is built so far.
// A search asked to see the library at some sequence (`atLeast`: what the screen saw)
// waits for the index to get there. A `reset` in the log (a restore, an upgrade) rebuilds.
// The index is saved on its own schedule: when the library has been quiet a few seconds,
// or sooner when many notices wait to be saved. Writes to the index run one at a time,
// in order (a queue); searches are synchronous and run any time.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { FORMAT_VERSION, IndexFormatError, SearchIndex, formatVersionOf, warmUpOn, warmUpOnSample, type SearchRequest, type SearchResponse } from '../../../shared/search/index.ts';
import type { OpenReport, SearchProgress, SearchStatus } from './protocol.ts';
import { buildIndex } from './build.ts';
import { INDEX_KEY, type ChangeBatch, type IndexStore, type PageIndexer, type SearchDocReader } from './ports.ts';
import { SearchError } from './errors.ts';
import { ValiditySync, type RelationsReader } from './validity-sync.ts';
import { warmUpWhile } from './warm-up-while.ts';

export type ServiceOptions = {
  /** Saving waits this long after the last change (default 3 s). */
  saveDelayMs?: number;
  /** Notices changed since the last save that make it save at once (default 5,000). */
  saveBacklog?: number;
  /** Notices read per page while building in this thread (default 500). */
  pageSize?: number;
  /** Other threads that index pages of notices: a big library builds on every core. */
  pageIndexer?: PageIndexer;
  /** Notices per page for the page indexers (default 2,000; a library with fewer builds here). */
  indexerPage?: number;
  onProgress?: (progress: SearchProgress) => void;
  /** The library's relations, for the 时效性 filter (without it, no notice has ended). */
  relations?: RelationsReader;
};

/** Bodies kept for snippets (the notices shown lately). */
const BODY_CACHE = 400;
/** Removed notices beyond this share of the index are compacted away before saving. */
const COMPACT_RATIO = 0.2;

export class SearchService {
  private index: SearchIndex | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** Notices changed since the index was last saved. */
  private backlog = 0;
  private state: SearchStatus['state'] = 'closed';
  private error: string | undefined;
  /** The change log's sequence the index reflects. */
  private applied = 0;
  /** The index was loaded or built: the relations are read into it at the next catch-up. */
  private relationsPending = false;
  /** A catch-up queued and not started yet: later requests join it. */
  private pendingCatchUp: Promise<void> | null = null;
  private readonly bodies = new Map<NoticeId, readonly string[]>();
  private readonly saveDelayMs: number;
  private readonly saveBacklog: number;
  private readonly pageSize: number;
  private readonly validity: ValiditySync | null;

  constructor(
    private readonly source: SearchDocReader,
    private readonly store: IndexStore,
    private readonly options: ServiceOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 3000;
    this.saveBacklog = options.saveBacklog ?? 5000;
    this.pageSize = options.pageSize ?? 500;
    this.validity = options.relations ? new ValiditySync(options.relations) : null;
  }

  /** Loads (or builds) the index; resolves when it is searchable. Catching up continues after. */
  open(): Promise<OpenReport> {
    const opened = this.enqueue(async () => {
      this.state = 'opening';
      try {
        const report = (await this.load()) ?? (await this.build('missing'));
        this.state = 'ready';
        return report;
      } catch (error) {
        this.state = 'failed';
        this.error = error instanceof Error ? error.message : String(error);
        throw error;
      }
    });
    // Catching up runs after, behind the queue, while searches already work; so does
    // warming the engine up on the index itself, between searches.
    this.catchUp().catch((error: unknown) => this.fail(error));
    void opened.then(() => this.warmUpOnIndex(), () => undefined);
    return opened;
  }

  /** The change log's sequence the index reflects. */
  position(): number {
    return this.applied;
  }

  /**
   * Applies what the log holds beyond the index's sequence; resolves when done. Calls while
   * one waits in the queue join it.
   */
  catchUp(): Promise<void> {
    this.pendingCatchUp ??= this.enqueue(async () => {
      this.pendingCatchUp = null;
      await this.applyLog();
    });
    return this.pendingCatchUp;
  }

  /** Throws the index away and builds it again from the notices. */
  rebuild(reason: 'requested' | 'replaced' = 'requested'): Promise<OpenReport> {
    return this.enqueue(async () => {
      const report = await this.build(reason);
      this.state = 'ready';
      return report;
    });
  }

  status(): SearchStatus {
    const status: SearchStatus = { state: this.state, documents: this.index?.size ?? 0 };
    if (this.error !== undefined) status.error = this.error;
    return status;
  }

  /**
   * Ranked results; the first `snippets` hits get a snippet of their body. `superseded`
   * is asked before the bodies are read: a search that a newer one replaced stops there
   * (null).
   */
  async search(request: SearchRequest, snippets: number, superseded: () => boolean = () => false, atLeast = 0): Promise<SearchResponse | null> {
    // A search asked after a change (an import just finished) must see it; a build (the
    // first one) is long, and searches answer from what is built meanwhile.
    if (this.applied < atLeast && this.state !== 'building') await this.catchUp();
    const index = this.index;
    if (!index) throw new SearchError({ code: 'not-open' });
    const response = index.search(request);
    const shown = response.hits.slice(0, snippets);
    const missing = shown.map((hit) => hit.id).filter((id) => !this.bodies.has(id));
    if (missing.length > 0) {
      if (superseded()) return null;
      const read = await this.source.bodies(missing);
      for (const [id, body] of read) this.rememberBody(id, body);
    }
    for (const hit of shown) {
      const body = this.bodies.get(hit.id);
      if (!body) continue;
      // Re-inserting keeps the Map in least-recently-used order.
      this.bodies.delete(hit.id);
      this.bodies.set(hit.id, body);
      hit.snippet = index.snippet(request.query, body);
    }
    return response;
  }

  /** Applies the log from the index's sequence to its head, a batch at a time. */
  private async applyLog(): Promise<void> {
    if (!this.index) return;
    // Relations after the index is searchable (a big library derives them for a while):
    // searches already answer; the 时效性 marks follow in moments.
    for (;;) {
      if (this.relationsPending && this.index) {
        this.relationsPending = false;
        await this.validity?.load(this.index);
      }
      // The relations first: the 时效性 marks read what they derive.
      await this.validity?.catchUp();
      const batch = await this.source.changes(this.applied);
      if (!batch) return;
      await this.apply(batch);
    }
  }

  private async apply(batch: ChangeBatch): Promise<void> {
    const index = this.index;
    if (!index) return;
    if (batch.reset) {
      // A restore or an upgrade: the index is made again from the notices (its sequence is
      // the head when the build began; what came after is applied next).
      await this.build('replaced');
      this.state = 'ready';
      return;
    }
    if (batch.noticeIds.length > 0) {
      for (const id of batch.noticeIds) this.bodies.delete(id);
      const notices = await this.source.notices(batch.noticeIds);
      for (const notice of notices) index.add(notice);
      // The bodies just read serve the snippets of the search that follows an import
      // (the newest ones, as many as the cache keeps), instead of being read again.
      for (const notice of notices.slice(-BODY_CACHE)) this.rememberBody(notice.id, notice.body);
      // Notices logged but gone (deleted) leave the index.
      const found = new Set(notices.map((n) => n.id));
      for (const id of batch.noticeIds) if (!found.has(id)) index.remove(id);
      await this.validity?.apply(batch.noticeIds, index);
    }
    if (batch.tables.has('clients') || batch.tables.has('tags')) await this.loadClients();
    this.applied = batch.to;
    this.changed(batch.noticeIds.length);
  }

  /** Saves now if anything changed since the last save (before the window closes). */
  saveNow(): Promise<void> {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    return this.enqueue(() => this.save());
  }

  /** Resolves when every queued write (catching up, changes, saves) is done. */
  idle(): Promise<void> {
    return this.enqueue(() => Promise.resolve());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
  }

  private progress(progress: SearchProgress): void {
    this.options.onProgress?.(progress);
  }

  /** The persisted index, or null when there is none usable (then it is built). */
  private async load(): Promise<OpenReport | null> {
    const started = performance.now();
    this.progress({ phase: 'loading', done: 0, total: null });
    let reading = true;
    const loading = this.store.load().finally(() => {
      reading = false;
    });
    // A failed read is met below, once the warm-up has stopped.
    loading.catch(() => undefined);
    // IndexedDB reads in other threads: meanwhile this one warms the engine, never longer.
    await warmUpWhile(warmUpOnSample(), () => reading);
    const record = await loading;
    const read = performance.now() - started;
    if (!record) return null;
    if (record.formatVersion !== FORMAT_VERSION || formatVersionOf(record.bytes) !== FORMAT_VERSION) {
      return this.build('format');
    }
    let index: SearchIndex;
    try {
      index = SearchIndex.load(record.bytes);
    } catch (error) {
      if (error instanceof IndexFormatError || error instanceof RangeError || error instanceof SyntaxError) return this.build('corrupt');
      throw error;
    }
    this.index = index;
    this.applied = Number(index.meta['seq'] ?? 0);
    await this.loadClients();
    this.relationsPending = true;
    this.progress({ phase: 'loading', done: index.size, total: index.size });
    const ms = performance.now() - started;
    return { documents: index.size, from: 'persisted', ms, phases: { read, decode: ms - read } };
  }

  private async build(reason: NonNullable<OpenReport['reason']>): Promise<OpenReport> {
    const started = performance.now();
    this.state = 'building';
    this.bodies.clear();
    // Changes logged while the build reads are applied after it (reading a notice twice is harmless).
    const from = await this.source.head();
    const built = await buildIndex({
      source: this.source,
      indexer: this.options.pageIndexer,
      indexerPage: this.options.indexerPage,
      pageSize: this.pageSize,
      // Searches answer from what is built so far.
      onStart: (index) => {
        this.index = index;
      },
      onProgress: (done, total) => this.progress({ phase: 'building', done, total }),
    });
    this.index = built.index;
    this.applied = from;
    await this.loadClients();
    this.relationsPending = true;
    // Searchable now; saving (serialising tens of MB and storing them) follows in the
    // queue instead of keeping the caller waiting.
    this.dirty = true;
    void this.enqueue(() => this.save()).catch((error: unknown) => this.fail(error));
    return { documents: built.index.size, from: 'built', reason, ms: performance.now() - started, phases: built.phases, threads: built.threads };
  }

  /** Warms the engine on the open index, a search at a time, while it stays the index. */
  private async warmUpOnIndex(): Promise<void> {
    const index = this.index;
    if (index) await warmUpWhile(warmUpOn(index), () => this.index === index);
  }

  private async loadClients(): Promise<void> {
    const index = this.index;
    if (!index) return;
    const [clients, tags] = await Promise.all([this.source.clients(), this.source.tags()]);
    index.setClients(clients);
    index.setTags(tags);
  }

  private rememberBody(id: NoticeId, body: readonly string[]): void {
    this.bodies.set(id, body);
    if (this.bodies.size > BODY_CACHE) {
      const oldest = this.bodies.keys().next();
      if (!oldest.done) this.bodies.delete(oldest.value);
    }
  }

  /** Something changed: the index is saved once the library is quiet, or at once past the backlog. */
  private changed(notices: number): void {
    this.dirty = true;
    this.backlog += notices;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    if (this.backlog >= this.saveBacklog) {
      this.saveTimer = null;
      void this.enqueue(() => this.save()).catch((error: unknown) => this.fail(error));
      return;
    }
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.save()).catch((error: unknown) => this.fail(error));
    }, this.saveDelayMs);
  }

  private async save(): Promise<void> {
    const index = this.index;
    if (!index || !this.dirty) return;
    this.progress({ phase: 'saving', done: 0, total: 1 });
    const stats = index.stats();
    if (stats.documents - stats.liveDocuments > stats.documents * COMPACT_RATIO) index.compact();
    const seq = this.applied;
    index.meta = { ...index.meta, seq: String(seq) };
    const bytes = index.serialize();
    this.dirty = false;
    this.backlog = 0;
    await this.store.save({ key: INDEX_KEY, formatVersion: FORMAT_VERSION, noticeCount: index.size, bytes, updatedAt: new Date().toISOString() }, seq);
    this.progress({ phase: 'saving', done: 1, total: 1 });
  }
}
