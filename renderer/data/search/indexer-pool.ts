// The page indexers of a build: a few workers (page.worker.ts), started when a build
// asks for pages and ended when the last page is done (a build is rare; their memory
// is not kept). Pages are handed out in the order asked, one per worker at a time, so
// they come back about in order, as the index adopts them.
//
// Any failure (a worker that cannot start, a page that cannot be read) fails every page
// asked for and ends the workers: the search service then builds in its own thread.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { IndexedPage, PageIndexer } from './ports.ts';
import { detailOf } from '../../../shared/error-detail.ts';
import { RpcClient, type WorkerPort } from '../../platform/worker-rpc/index.ts';
import type { PageHandlers, PageParams } from './page-handlers.ts';
import { SearchError, type SearchProblem } from './errors.ts';

/** What the pool needs of a Worker (a real one, or a test double). */
export type PagePort = WorkerPort;

type Job = { request: PageParams; resolve: (page: IndexedPage) => void; reject: (error: Error) => void };
type Slot = { rpc: RpcClient<PageHandlers>; job: Job | null };

/** More threads than this gain little: reading IndexedDB and merging pages do not spread. */
const MAX_THREADS = 4;

export class IndexerPool implements PageIndexer {
  readonly threads: number;
  private slots: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(
    private readonly library: string | undefined,
    private readonly start: () => PagePort,
    threads: number,
  ) {
    this.threads = Math.max(1, Math.min(MAX_THREADS, threads));
  }

  index(ids: readonly NoticeId[], base: number): Promise<IndexedPage> {
    return new Promise((resolve, reject) => {
      const request: PageParams = { ids: [...ids], base };
      if (this.library !== undefined) request.library = this.library;
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    try {
      while (this.slots.length < this.threads && this.slots.length < this.queue.length + this.busy()) this.slots.push(this.open());
    } catch (error) {
      this.failAll({ code: 'indexer-failed', detail: detailOf(error) });
      return;
    }
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) break;
      slot.job = job;
      slot.rpc.call('index', job.request).then(
        (page) => {
          slot.job = null;
          job.resolve(page);
          this.pump();
        },
        (error: unknown) => {
          slot.job = null;
          const detail = error instanceof SearchError && 'detail' in error.problem ? error.problem.detail : detailOf(error);
          job.reject(new SearchError({ code: 'indexer-failed', detail }));
          this.failAll({ code: 'indexer-failed', detail });
        },
      );
    }
    // Nothing left to do: the workers go (with the memory of their pages).
    if (this.busy() === 0 && this.queue.length === 0) this.closeAll();
  }

  private busy(): number {
    return this.slots.filter((slot) => slot.job !== null).length;
  }

  private open(): Slot {
    const rpc = new RpcClient<PageHandlers>(this.start(), {
      errorOf: (problem) => new SearchError({ code: 'indexer-failed', detail: String(problem) }),
      crashed: (detail) => new SearchError({ code: 'indexer-failed', detail: detail ?? 'stopped' }),
    });
    return { rpc, job: null };
  }

  private failAll(problem: SearchProblem): void {
    const jobs = [...this.slots.flatMap((slot) => (slot.job ? [slot.job] : [])), ...this.queue.splice(0)];
    this.closeAll();
    for (const job of jobs) job.reject(new SearchError(problem));
  }

  private closeAll(): void {
    for (const slot of this.slots) slot.rpc.dispose();
    this.slots = [];
  }
}

/** The pool of the search worker: as many page indexers as the machine has cores (up to 4). */
export function workerIndexerPool(library: string | undefined): IndexerPool {
  const start = (): PagePort => new Worker(new URL('./page.worker.ts', import.meta.url), { type: 'module', name: 'search-indexer' });
  return new IndexerPool(library, start, navigator.hardwareConcurrency || 1);
}
