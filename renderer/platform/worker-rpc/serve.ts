// The worker's side of worker-rpc: each request runs its handler and posts the answer, or
// the failure as plain data (`problemOf`: a typed problem, worded in the UI). A call the
// caller cancelled still runs (the handler may ask isCancelled() and stop early); its answer
// is marked, and the client drops it.
import type { CallContext, Endpoint, HandlerMap, RpcRequest, RpcResponse } from './types.ts';

export type ServeOptions = {
  /** The failure as plain data (default: its message). */
  problemOf?: (error: unknown) => unknown;
  /** Buffers of a result to transfer rather than copy (a page's arrays). */
  transferOf?: (result: unknown) => Transferable[];
};

/** Answers requests on `endpoint` with `handlers`; returns the function that posts worker events. */
export function serveRpc<H extends HandlerMap>(endpoint: Endpoint<RpcRequest, RpcResponse>, handlers: H, options: ServeOptions = {}): (event: unknown) => void {
  const cancelled = new Set<number>();
  const problemOf = options.problemOf ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)));
  const post = (message: RpcResponse, transfer: Transferable[] = []): void => endpoint.postMessage(message, transfer.length > 0 ? { transfer } : undefined);
  endpoint.onmessage = (event) => {
    const request = event.data;
    if ('cancel' in request) {
      cancelled.add(request.cancel);
      return;
    }
    const { id, method, params } = request;
    const handler = handlers[method] as ((params: unknown, call: CallContext<unknown>) => unknown) | undefined;
    const call: CallContext<unknown> = { isCancelled: () => cancelled.has(id), emit: (payload) => post({ id, event: payload }) };
    const run = (): Promise<unknown> => {
      try {
        if (!handler) throw new Error(`no handler for ${method}`);
        return Promise.resolve(handler(params, call));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    run().then(
      (result) => {
        if (cancelled.delete(id)) post({ id, ok: false, problem: null, cancelled: true });
        else post({ id, ok: true, result: result ?? null }, options.transferOf?.(result) ?? []);
      },
      (error: unknown) => {
        const wasCancelled = cancelled.delete(id);
        post({ id, ok: false, problem: problemOf(error), ...(wasCancelled ? { cancelled: true as const } : {}) });
      },
    );
  };
  return (payload) => post({ event: payload });
}
