// A worker-rpc endpoint pair in this thread: the real handler map served as the worker
// would serve it, messages structured-cloned and delivered asynchronously as postMessage does.
import { serveRpc, type Endpoint, type HandlerMap, type RpcRequest, type RpcResponse, type ServeOptions, type WorkerPort } from '../../renderer/platform/worker-rpc/index.ts';

export function inThreadPort(handlers: HandlerMap, options: ServeOptions = {}): WorkerPort & { emit: (event: unknown) => void; terminated: () => boolean } {
  let stopped = false;
  const deliver = <T>(to: { onmessage: ((event: MessageEvent<T>) => void) | null }, message: T): void => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!stopped) to.onmessage?.({ data: copy } as MessageEvent<T>);
    }, 0);
  };
  const worker: Endpoint<RpcRequest, RpcResponse> = { onmessage: null, postMessage: (message) => deliver(port, message) };
  const port: WorkerPort & { emit: (event: unknown) => void; terminated: () => boolean } = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => deliver(worker, message),
    terminate: () => {
      stopped = true;
    },
    emit: () => undefined,
    terminated: () => stopped,
  };
  port.emit = serveRpc(worker, handlers, options);
  return port;
}
