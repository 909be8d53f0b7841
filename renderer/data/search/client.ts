// The typed client of the search worker, on worker-rpc.
//
// Typing stays instant: searches go in channels (one per search box or list), and in a
// channel only the newest search counts. A newer search cancels the older one at once
// (CancelledError, which callers ignore; the worker is told, and stops before reading
// bodies). While one search of a channel is in the worker, the next one waits for it to
// come back; one replaced while waiting is never sent at all. So however fast someone
// types, the worker has at most one stale search to finish before the current one.
import type { SearchRequest, SearchResponse } from '../../../shared/search/index.ts';
import { CancelledError, RpcClient, type WorkerPort } from '../../platform/worker-rpc/index.ts';
import type { OpenReport, SearchProgress, SearchStatus } from './protocol.ts';
import type { SearchHandlers } from './worker-handlers.ts';
import { SearchError, type SearchProblem } from './errors.ts';

export type { WorkerPort };

type Waiting = { request: SearchRequest; options: SearchOptions; resolve: (value: SearchResponse) => void; reject: (error: Error) => void };
type Channel = {
  /** The search of this channel in the worker, if any, and how to cancel it. */
  inFlight: AbortController | null;
  /** The newest search, not sent yet. */
  waiting: Waiting | null;
};

export type SearchOptions = {
  /** Searches in one channel replace each other (default 'default'). */
  channel?: string;
  /** How many of the first hits get a body snippet (default 0). */
  snippets?: number;
  /** The change log's sequence the answer must reflect (what the screen saw). */
  atLeast?: number;
};

export class SearchWorkerClient {
  private readonly rpc: RpcClient<SearchHandlers, SearchProgress>;
  private readonly channels = new Map<string, Channel>();

  constructor(port: WorkerPort) {
    this.rpc = new RpcClient(port, {
      errorOf: (problem) => new SearchError(problem as SearchProblem),
      crashed: (detail) => new SearchError(detail === null ? { code: 'closed' } : { code: 'worker-failed', detail }),
    });
  }

  /** Opens the library's index (`library`: the IndexedDB name, for tests). */
  open(library?: string): Promise<OpenReport> {
    return this.rpc.call('open', library === undefined ? {} : { library });
  }

  search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResponse> {
    const name = options.channel ?? 'default';
    let channel = this.channels.get(name);
    if (!channel) this.channels.set(name, (channel = { inFlight: null, waiting: null }));
    const c = channel;
    return new Promise<SearchResponse>((resolve, reject) => {
      c.waiting?.reject(new CancelledError());
      c.waiting = { request, options, resolve, reject };
      // The search in the worker is stale now: nobody waits for its answer.
      c.inFlight?.abort();
      this.sendWaiting(c);
    });
  }

  rebuild(): Promise<OpenReport> {
    return this.rpc.call('rebuild', {});
  }

  status(): Promise<SearchStatus> {
    return this.rpc.call('status', {});
  }

  /** Saves the index now (before the window closes). */
  save(): Promise<null> {
    return this.rpc.call('save', {});
  }

  onProgress(listener: (progress: SearchProgress) => void): () => void {
    return this.rpc.onEvent(listener);
  }

  dispose(): void {
    // Waiting searches first, so that failing the one in flight sends nothing more.
    for (const channel of this.channels.values()) {
      channel.waiting?.reject(new SearchError({ code: 'closed' }));
      channel.waiting = null;
    }
    this.rpc.dispose();
  }

  private sendWaiting(channel: Channel): void {
    const waiting = channel.waiting;
    // The next search goes when the worker is done with the one it has (even a cancelled one).
    if (!waiting || channel.inFlight !== null) return;
    channel.waiting = null;
    const controller = new AbortController();
    channel.inFlight = controller;
    const params = { request: waiting.request, snippets: waiting.options.snippets ?? 0, ...(waiting.options.atLeast !== undefined ? { atLeast: waiting.options.atLeast } : {}) };
    const done = (): void => {
      channel.inFlight = null;
      this.sendWaiting(channel);
    };
    // The channel frees when the worker has answered, not when the caller stopped waiting.
    this.rpc.call('search', params, { signal: controller.signal, onAnswered: done }).then(
      (response) => {
        if (response === null) waiting.reject(new CancelledError());
        else waiting.resolve(response);
      },
      (error: Error) => waiting.reject(error),
    );
  }
}

/** Starts the search worker of the app. */
export function startSearchWorker(): SearchWorkerClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return new SearchWorkerClient(worker);
}
