// The typed client of the match worker: a promise per request, matched by id.
import type { LibraryChange } from '../library/index.ts';
import type { MatchCallType, MatchCalls, MatchRequest, MatchResponse } from './protocol.ts';

export type MatchPort = {
  postMessage: (message: MatchRequest) => void;
  onmessage: ((event: MessageEvent<MatchResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate?: () => void;
};

export class MatchError extends Error {
  override readonly name = 'MatchError';
}

export class MatchWorkerClient {
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();

  constructor(private readonly port: MatchPort) {
    port.onmessage = (event) => this.#receive(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      for (const [id, pending] of this.#pending) {
        this.#pending.delete(id);
        pending.reject(new MatchError(event.message));
      }
    };
  }

  call<K extends MatchCallType>(type: K, params: MatchCalls[K]['params']): Promise<MatchCalls[K]['result']> {
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject });
      this.port.postMessage({ id, type, ...params } as MatchRequest);
    });
  }

  /** Forwards every change of a library's change feed; returns the unsubscribe. */
  follow(feed: { subscribe: (listener: (change: LibraryChange) => void) => () => void }): () => void {
    return feed.subscribe((change) => this.port.postMessage({ type: 'change', change }));
  }

  dispose(): void {
    this.port.terminate?.();
  }

  #receive(message: MatchResponse): void {
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.ok) pending.resolve(message.result as never);
    else pending.reject(new MatchError(message.error));
  }
}

export function startMatchWorker(): MatchWorkerClient {
  const worker = new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module', name: 'match' });
  return new MatchWorkerClient(worker);
}
