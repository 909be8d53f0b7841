// One typed request/response helper for every worker: serve a handler map in the worker,
// call it by name outside. See types.ts.
export { serveRpc, type ServeOptions } from './serve.ts';
export { CancelledError, RpcClient, isCancelled, type CallOptions, type ClientOptions, type WorkerPort } from './client.ts';
export type { CallContext, Endpoint, HandlerMap, ParamsOf, ResultOf, RpcRequest, RpcResponse } from './types.ts';
