// The typed client of the search worker: promise per request, matched by id.
//
// Typing stays instant: searches go in channels (one per search box or list), and in a
// channel only the newest search counts. A newer search rejects the older one at once
// with SearchCancelledError (the worker is told, and stops before reading bodies). While
// one search of a channel is in the worker, the next one waits for it to come back; one
// replaced while waiting is never sent at all. So however fast someone types, the worker
// has at most one stale search to finish before the current one.
import type { LibraryChange } from '../library/index.ts';
import type { SearchRequest, SearchResponse } from '../../../shared/search/index.ts';
import type { CallType, Calls, OpenReport, SearchProgress, SearchStatus, WorkerRequest, WorkerResponse } from './protocol.ts';
import { SearchCancelledError, SearchError, type SearchProblem } from './errors.ts';

/** What the client needs of a Worker (a real one, or a test double). */
export type WorkerPort = {
  postMessage: (message: WorkerRequest) => void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate?: () => void;
};

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
type Waiting = { request: SearchRequest; snippets: number; resolve: (value: SearchResponse) => void; reject: (error: Error) => void };
type Channel = {
  /** The search of this channel in the worker, if any. */
  inFlight: number | null;
  /** Who waits for the answer of inFlight: null once a newer search replaced it. */
  answerTo: Waiting | null;
  /** The newest search, not sent yet. */
  waiting: Waiting | null;
};

export type SearchOptions = {
  /** Searches in one channel replace each other (default 'default'). */
  channel?: string;
  /** How many of the first hits get a body snippet (default 0). */
  snippets?: number;
};

export class SearchWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly channels = new Map<string, Channel>();
  private readonly progressListeners = new Set<(progress: SearchProgress) => void>();
  private disposed = false;

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => this.receive(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      this.failAll({ code: 'worker-failed', detail: event.message });
    };
  }

  /** Opens the library's index (`library`: the IndexedDB name, for tests). */
  open(library?: string): Promise<OpenReport> {
    return this.call('open', library === undefined ? {} : { library });
  }

  search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResponse> {
    const name = options.channel ?? 'default';
    let channel = this.channels.get(name);
    if (!channel) this.channels.set(name, (channel = { inFlight: null, answerTo: null, waiting: null }));
    const c = channel;
    return new Promise<SearchResponse>((resolve, reject) => {
      c.waiting?.reject(new SearchCancelledError());
      c.waiting = { request, snippets: options.snippets ?? 0, resolve, reject };
      if (c.inFlight !== null && c.answerTo !== null) {
        // The search in the worker is stale now: nobody waits for its answer.
        c.answerTo.reject(new SearchCancelledError());
        c.answerTo = null;
        this.post({ type: 'cancel', target: c.inFlight });
      }
      this.sendWaiting(c);
    });
  }

  rebuild(): Promise<OpenReport> {
    return this.call('rebuild', {});
  }

  status(): Promise<SearchStatus> {
    return this.call('status', {});
  }

  /** Saves the index now (e.g. before the window closes). */
  flush(): Promise<null> {
    return this.call('flush', {});
  }

  /** Tells the worker about a library change (it reads what changed itself). */
  notify(change: LibraryChange): void {
    this.post({ type: 'change', change });
  }

  /** Forwards every change of a library's change feed to the worker; returns the unsubscribe. */
  follow(feed: { subscribe: (listener: (change: LibraryChange) => void) => () => void }): () => void {
    return feed.subscribe((change) => this.notify(change));
  }

  onProgress(listener: (progress: SearchProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.failAll({ code: 'closed' });
    this.port.terminate?.();
  }

  private sendWaiting(channel: Channel): void {
    const waiting = channel.waiting;
    if (!waiting || channel.inFlight !== null) return;
    channel.waiting = null;
    const id = this.nextId++;
    channel.inFlight = id;
    channel.answerTo = waiting;
    const settle = (deliver: (to: Waiting) => void): void => {
      const to = channel.answerTo;
      channel.inFlight = null;
      channel.answerTo = null;
      if (to) deliver(to);
      this.sendWaiting(channel);
    };
    this.pending.set(id, {
      resolve: (value: never) => settle((to) => to.resolve(value)),
      reject: (error) => settle((to) => to.reject(error)),
    });
    this.post({ id, type: 'search', request: waiting.request, snippets: waiting.snippets });
  }

  private call<K extends CallType>(type: K, params: Calls[K]['params']): Promise<Calls[K]['result']> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve, reject });
      this.post({ id, type, ...params } as WorkerRequest);
    });
  }

  private post(message: WorkerRequest): void {
    if (this.disposed) throw new SearchError({ code: 'closed' });
    this.port.postMessage(message);
  }

  private receive(message: WorkerResponse): void {
    if ('type' in message) {
      for (const listener of this.progressListeners) listener(message.progress);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return; // an answer nobody waits for any more (cancelled)
    this.pending.delete(message.id);
    if (message.ok) pending.resolve(message.result as never);
    else pending.reject(message.cancelled ? new SearchCancelledError() : new SearchError(message.error));
  }

  private failAll(problem: SearchProblem): void {
    // Waiting searches first, so that failing the one in flight sends nothing more.
    for (const channel of this.channels.values()) {
      channel.waiting?.reject(new SearchError(problem));
      channel.waiting = null;
    }
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(new SearchError(problem));
    }
  }
}

/** Starts the search worker of the app. */
export function startSearchWorker(): SearchWorkerClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return new SearchWorkerClient(worker);
}
