// The typed client of the match worker, on worker-rpc.
import { RpcClient, type WorkerPort } from '../../platform/worker-rpc/index.ts';
import type { MatchHandlers } from './worker-handlers.ts';

export class MatchError extends Error {
  override readonly name = 'MatchError';
}

export type MatchWorkerClient = RpcClient<MatchHandlers>;

export function matchClient(port: WorkerPort): MatchWorkerClient {
  return new RpcClient<MatchHandlers>(port, {
    errorOf: (problem) => new MatchError(String(problem)),
    crashed: (detail) => new MatchError(detail ?? 'match worker stopped'),
  });
}

export function startMatchWorker(): MatchWorkerClient {
  return matchClient(new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module', name: 'match' }));
}
