// The search worker's state: one SearchIndex over the library's notices, kept current
// and persisted.
//
// Opening loads the persisted index (searchable at once), then catches up with what
// changed since it was saved (notices added, removed or merged while it was not
// running); with no usable persisted index it builds one from the notices (build.ts),
// and searches answer from what is built so far. Library changes update the index
// incrementally; it is saved a few seconds after the last change. Writes to the index
// run one at a time, in order (a queue); searches are synchronous and run any time.
import { FORMAT_VERSION, IndexFormatError, SearchIndex, formatVersionOf, type SearchRequest, type SearchResponse } from '../../../shared/search/index.ts';
import type { LibraryChange } from '../library/index.ts';
import type { OpenReport, SearchProgress, SearchStatus } from './protocol.ts';
import { buildIndex } from './build.ts';
import { INDEX_KEY, type IndexStore, type PageIndexer, type SearchDocSource, type SourceNotice } from './ports.ts';
import { SearchError } from './errors.ts';
import { ValiditySync, type RefsSource } from './validity-sync.ts';

export type ServiceOptions = {
  /** Saving waits this long after the last change (default 3 s). */
  saveDelayMs?: number;
  /** Notices read per page while building in this thread (default 500). */
  pageSize?: number;
  /** Other threads that index pages of notices: a big library builds on every core. */
  pageIndexer?: PageIndexer;
  /** Notices per page for the page indexers (default 2,000; a library with fewer builds here). */
  indexerPage?: number;
  onProgress?: (progress: SearchProgress) => void;
  /** The library's relations, for the 时效性 filter (without it, no notice has ended). */
  relations?: RefsSource;
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
  private state: SearchStatus['state'] = 'closed';
  private error: string | undefined;
  /** The newest updatedAt of the notices indexed: later changes are caught up on open. */
  private watermark = '';
  private readonly bodies = new Map<number, string[]>();
  /** Settles when the library changes received so far are in the index: searches wait for it. */
  private changesApplied: Promise<unknown> = Promise.resolve();
  private readonly saveDelayMs: number;
  private readonly pageSize: number;
  private readonly validity: ValiditySync | null;

  constructor(
    private readonly source: SearchDocSource,
    private readonly store: IndexStore,
    private readonly options: ServiceOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 3000;
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
    // Catching up and the clients run after, behind the queue, while searches already work.
    void this.enqueue(() => this.catchUp()).catch((error: unknown) => this.fail(error));
    return opened;
  }

  /** Throws the index away and builds it again from the notices. */
  rebuild(reason: 'requested' | 'replaced' = 'requested'): Promise<OpenReport> {
    return this.enqueue(async () => {
      const report = await this.build(reason);
      await this.loadClients();
      if (this.index) this.validity?.markAll(this.index);
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
  async search(request: SearchRequest, snippets: number, superseded: () => boolean = () => false): Promise<SearchResponse | null> {
    // A search asked after a change (an import just finished) must see it.
    await this.changesApplied;
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

  /** Applies one library change (in order with the other writes); later searches wait for it. */
  applyChange(change: LibraryChange): Promise<void> {
    const applied = this.enqueue(() => this.apply(change));
    // A build (the first one, a restored backup) is long: searches answer from what is
    // built meanwhile rather than wait for it.
    if (change.type !== 'library-replaced' && this.state !== 'building') this.changesApplied = applied.catch(() => undefined);
    return applied;
  }

  private async apply(change: LibraryChange): Promise<void> {
    const index = this.index;
    if (!index) return;
    switch (change.type) {
      case 'notices-added':
      case 'notices-updated':
        for (const id of change.noticeIds) this.bodies.delete(id);
        {
          const notices = await this.source.notices(change.noticeIds);
          this.addAll(index, notices);
          // Notices asked for but gone (deleted in between) leave the index too.
          const found = new Set(notices.map((n) => n.id));
          for (const id of change.noticeIds) if (!found.has(id)) index.remove(id);
        }
        await this.validity?.apply(change, index);
        break;
      case 'notices-removed':
        for (const id of change.noticeIds) {
          index.remove(id);
          this.bodies.delete(id);
        }
        await this.validity?.apply(change, index);
        break;
      case 'assignments-changed':
      case 'clients-changed':
        await this.loadClients();
        break;
      case 'library-replaced':
        await this.build('replaced');
        await this.loadClients();
        if (this.index) await this.validity?.load(this.index);
        this.state = 'ready';
        return;
      default:
        return;
    }
    this.changed();
  }

  /** Saves now if anything changed since the last save. */
  flush(): Promise<void> {
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
    const record = await this.store.load();
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
    this.watermark = index.meta['watermark'] ?? '';
    this.progress({ phase: 'loading', done: index.size, total: index.size });
    const ms = performance.now() - started;
    return { documents: index.size, from: 'persisted', ms, phases: { read, decode: ms - read } };
  }

  private async build(reason: NonNullable<OpenReport['reason']>): Promise<OpenReport> {
    const started = performance.now();
    this.state = 'building';
    this.bodies.clear();
    const built = await buildIndex({
      source: this.source,
      indexer: this.options.pageIndexer,
      indexerPage: this.options.indexerPage,
      pageSize: this.pageSize,
      // Searches answer from what is built so far.
      onStart: (index) => {
        this.index = index;
        this.watermark = '';
      },
      onProgress: (done, total) => this.progress({ phase: 'building', done, total }),
    });
    this.index = built.index;
    this.watermark = built.watermark;
    // Searchable now; saving (serialising tens of MB and storing them) follows in the
    // queue instead of keeping the caller waiting.
    this.dirty = true;
    void this.enqueue(() => this.save()).catch((error: unknown) => this.fail(error));
    return { documents: built.index.size, from: 'built', reason, ms: performance.now() - started, phases: built.phases, threads: built.threads };
  }

  /** Catches up with the library: notices added, removed or changed since the index was saved. */
  private async catchUp(): Promise<void> {
    const index = this.index;
    if (!index) return;
    this.progress({ phase: 'syncing', done: 0, total: null });
    const ids = await this.source.noticeIds();
    const inLibrary = new Set(ids);
    let changes = 0;
    for (const id of index.ids()) {
      if (!inLibrary.has(id)) {
        index.remove(id);
        changes += 1;
      }
    }
    const missing = ids.filter((id) => !index.has(id));
    const changed = this.watermark ? await this.source.changedSince(this.watermark) : [];
    const wanted = [...new Set([...missing, ...changed])];
    for (let i = 0; i < wanted.length; i += this.pageSize) {
      const page = await this.source.notices(wanted.slice(i, i + this.pageSize));
      this.addAll(index, page);
      changes += page.length;
      this.progress({ phase: 'syncing', done: Math.min(wanted.length, i + this.pageSize), total: wanted.length });
    }
    await this.loadClients();
    // Relations last: searches already answer; the 时效性 filter follows in moments.
    await this.validity?.load(index);
    if (changes > 0) this.changed();
  }

  private async loadClients(): Promise<void> {
    const index = this.index;
    if (!index) return;
    const [clients, assignments] = await Promise.all([this.source.clients(), this.source.assignments()]);
    index.setClients(clients);
    index.setAssignments(assignments);
  }

  private addAll(index: SearchIndex, notices: readonly SourceNotice[]): void {
    for (const notice of notices) {
      index.add(notice);
      if (notice.updatedAt > this.watermark) this.watermark = notice.updatedAt;
    }
  }

  private rememberBody(id: number, body: string[]): void {
    this.bodies.set(id, body);
    if (this.bodies.size > BODY_CACHE) {
      const oldest = this.bodies.keys().next();
      if (!oldest.done) this.bodies.delete(oldest.value);
    }
  }

  private changed(): void {
    this.dirty = true;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
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
    index.meta = { ...index.meta, watermark: this.watermark };
    const bytes = index.serialize();
    this.dirty = false;
    await this.store.save({ key: INDEX_KEY, formatVersion: FORMAT_VERSION, noticeCount: index.size, bytes, updatedAt: new Date().toISOString() });
    this.progress({ phase: 'saving', done: 1, total: 1 });
  }
}
