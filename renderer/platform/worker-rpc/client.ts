// The caller's side of worker-rpc: a promise per call, matched by id, typed by the worker's
// handler map. One cancellation rule for every worker: a call whose AbortSignal fires
// rejects at once with CancelledError (callers ignore it: a newer call replaced it), and
// the worker is told, so a handler that asks isCancelled() stops early. A worker that
// crashes fails every call it had, with a reason, instead of leaving them waiting.
import type { Endpoint, EventOf, HandlerMap, ParamsOf, ResultOf, RpcRequest, RpcResponse } from './types.ts';

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('cancelled');
  }
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}

/** What the client needs of a Worker (a real one, or a test double). */
export type WorkerPort = Endpoint<RpcResponse, RpcRequest> & {
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate?: () => void;
};

export type ClientOptions = {
  /** The worker's failure (plain data) as the Error the caller gets. */
  errorOf?: (problem: unknown) => Error;
  /** The Error for a worker that crashed or was stopped. */
  crashed?: (detail: string | null) => Error;
};

export type CallOptions<E> = {
  signal?: AbortSignal;
  /** Events the handler emits for this call. */
  onEvent?: (event: E) => void;
  /** Called when the worker is done with the call, even one cancelled before (its queue is free again). */
  onAnswered?: () => void;
};

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** The caller was told CancelledError already; the worker's answer is dropped. */
  cancelled: boolean;
  onEvent?: (event: unknown) => void;
  onAnswered?: () => void;
};

export class RpcClient<H extends HandlerMap, WorkerEvent = never> {
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Set<(event: WorkerEvent) => void>();
  #closed = false;
  readonly #errorOf: (problem: unknown) => Error;
  readonly #crashed: (detail: string | null) => Error;

  constructor(
    private readonly port: WorkerPort,
    options: ClientOptions = {},
  ) {
    this.#errorOf = options.errorOf ?? ((problem) => new Error(String(problem)));
    this.#crashed = options.crashed ?? ((detail) => new Error(detail ?? 'worker stopped'));
    port.onmessage = (event) => this.#receive(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      this.#failAll(this.#crashed(event.message));
    };
  }

  call<K extends keyof H & string>(method: K, params: ParamsOf<H[K]>, options: CallOptions<EventOf<H[K]>> = {}): Promise<ResultOf<H[K]>> {
    return new Promise<ResultOf<H[K]>>((resolve, reject) => {
      if (this.#closed) {
        reject(this.#crashed(null));
        return;
      }
      const { signal } = options;
      if (signal?.aborted) {
        reject(new CancelledError());
        return;
      }
      const id = this.#nextId++;
      const pending: Pending = { resolve: resolve as (value: unknown) => void, reject, cancelled: false };
      if (options.onEvent) pending.onEvent = options.onEvent as (event: unknown) => void;
      if (options.onAnswered) pending.onAnswered = options.onAnswered;
      this.#pending.set(id, pending);
      signal?.addEventListener(
        'abort',
        () => {
          if (!this.#pending.has(id) || pending.cancelled) return;
          pending.cancelled = true;
          reject(new CancelledError());
          if (!this.#closed) this.port.postMessage({ cancel: id });
        },
        { once: true },
      );
      this.port.postMessage({ id, method, params });
    });
  }

  /** Events the worker sends outside any call (a build's progress); returns the unsubscribe. */
  onEvent(listener: (event: WorkerEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the worker; pending calls fail. */
  dispose(): void {
    if (this.#closed) return;
    this.#failAll(this.#crashed(null));
    this.#closed = true;
    this.port.terminate?.();
  }

  #receive(message: RpcResponse): void {
    if ('event' in message) {
      if (message.id === undefined) for (const listener of this.#listeners) listener(message.event as WorkerEvent);
      else this.#pending.get(message.id)?.onEvent?.(message.event);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    pending.onAnswered?.();
    // An answer nobody waits for any more (cancelled).
    if (pending.cancelled) return;
    if (message.ok) pending.resolve(message.result);
    else pending.reject(message.cancelled ? new CancelledError() : this.#errorOf(message.problem));
  }

  #failAll(error: Error): void {
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.onAnswered?.();
      if (!pending.cancelled) pending.reject(error);
    }
  }
}
