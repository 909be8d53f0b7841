// The one request/response protocol between the app and its workers (search, match,
// import, page indexers). A worker serves a map of handlers (serve.ts); the other side
// calls them by name with typed params and results (client.ts), as Actual Budget's
// createApp<Handlers>() does. Messages are plain data (structured clone).

/** What a handler is given besides its params. */
export type CallContext<E = never> = {
  /** True once the caller cancelled this call (it no longer waits for the answer). */
  isCancelled: () => boolean;
  /** Sends an event to this call's caller (an analysis's stage). */
  emit: (event: E) => void;
};

/** A worker's handlers: method name → (params, context) → result. */
export type HandlerMap = Record<string, (params: never, call: never) => unknown>;

export type ParamsOf<F> = F extends (params: infer P, call: never) => unknown ? P : never;
export type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
export type EventOf<F> = F extends (params: never, call: CallContext<infer E>) => unknown ? E : never;

export type RpcRequest = { id: number; method: string; params: unknown } | { cancel: number };

export type RpcResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; problem: unknown; cancelled?: true }
  /** An event of one call (`id`), or of the worker (no id: a build's progress). */
  | { id?: number; event: unknown };

/** Either end of a worker's channel: `self` in the worker, the Worker outside. */
export type Endpoint<In, Out> = {
  postMessage: (message: Out, options?: { transfer?: Transferable[] }) => void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
};
