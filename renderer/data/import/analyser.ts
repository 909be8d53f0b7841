// The typed client of the import worker. `analyse` sends one file to the worker and
// resolves with its Analysis; stages ('extracting', 'parsing') arrive on the way. Where
// there is no Worker (Node tests) the same analyseFile runs in this thread.
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import { analyseFile, type Analysis, type AnalysisStage } from './analyse.ts';
import { RpcClient, type WorkerPort } from '../../platform/worker-rpc/index.ts';
import type { AnalyseInput, ImportHandlers } from './worker-handlers.ts';
import type { ImportProblem } from './types.ts';

export type { AnalyseInput };

export type Analyser = {
  analyse: (file: AnalyseInput, onStage?: (stage: AnalysisStage) => void) => Promise<Analysis>;
  /** Stops the worker; pending analyses resolve as failed. */
  dispose: () => void;
};

export function createInProcessAnalyser(env: ExtractEnv): Analyser {
  return {
    analyse: (file, onStage) => analyseFile(file, env, onStage),
    dispose: () => {},
  };
}

/** Thrown across the RPC when the worker crashed or was stopped: the files it had fail with a reason. */
class AnalyserStopped extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

export function createWorkerAnalyser(
  makeWorker: () => WorkerPort = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }),
): Analyser {
  // A crash of the worker (out of memory on a huge file, a bug) fails the files it had,
  // with a reason, instead of leaving the import waiting for ever.
  const rpc = new RpcClient<ImportHandlers>(makeWorker(), {
    errorOf: (problem) => new AnalyserStopped({ code: 'not-processed', cause: 'worker-failed', detail: String(problem) }),
    crashed: (detail) => new AnalyserStopped(detail === null ? { code: 'not-processed', cause: 'worker-stopped' } : { code: 'not-processed', cause: 'worker-failed', detail }),
  });
  return {
    analyse: (file, onStage) =>
      // Copied, not transferred: the caller may still hold the bytes (a retry, a File).
      rpc.call('analyse', { name: file.name, bytes: file.bytes, contentHash: file.contentHash }, onStage ? { onEvent: onStage } : {}).catch((error: unknown) => {
        if (error instanceof AnalyserStopped) return { ok: false as const, problem: error.problem };
        throw error;
      }),
    dispose: () => rpc.dispose(),
  };
}

/** A worker where the platform has Workers (the app), else in-process with the given env. */
export function createDefaultAnalyser(fallbackEnv: () => ExtractEnv): Analyser {
  return typeof Worker === 'undefined' ? createInProcessAnalyser(fallbackEnv()) : createWorkerAnalyser();
}
