// The typed client of the import worker. `analyse` sends one file to the worker and
// resolves with its Analysis; stages ('extracting', 'parsing') arrive on the way. Where
// there is no Worker (Node tests) the same analyseFile runs in this thread.
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import { analyseFile, type Analysis, type AnalysisStage } from './analyse.ts';
import type { AnalyseRequest, AnalyseResponse } from './worker-protocol.ts';
import type { ImportProblem } from './types.ts';

export type AnalyseInput = { name: string; bytes: Uint8Array; contentHash: string };

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

type WorkerLike = {
  postMessage: (message: AnalyseRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<AnalyseResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export function createWorkerAnalyser(
  makeWorker: () => WorkerLike = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }),
): Analyser {
  const worker = makeWorker();
  let nextId = 1;
  const pending = new Map<number, { resolve: (analysis: Analysis) => void; onStage?: (stage: AnalysisStage) => void; name: string }>();

  const failAll = (problem: ImportProblem) => {
    for (const [id, job] of pending) {
      pending.delete(id);
      job.resolve({ ok: false, problem });
    }
  };

  worker.onmessage = (event) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'stage') {
      job.onStage?.(message.stage);
    } else {
      pending.delete(message.id);
      job.resolve(message.analysis);
    }
  };
  // A crash of the worker (out of memory on a huge file, a bug) fails the files it had,
  // with a reason, instead of leaving the import waiting for ever.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll({ code: 'not-processed', cause: 'worker-failed', detail: event.message });
  };

  return {
    analyse: (file, onStage) =>
      new Promise<Analysis>((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, name: file.name, ...(onStage ? { onStage } : {}) });
        // Copied, not transferred: the caller may still hold the bytes (a retry, a File).
        worker.postMessage({ id, name: file.name, bytes: file.bytes, contentHash: file.contentHash });
      }),
    dispose: () => {
      worker.terminate();
      failAll({ code: 'not-processed', cause: 'worker-stopped' });
    },
  };
}

/** A worker where the platform has Workers (the app), else in-process with the given env. */
export function createDefaultAnalyser(fallbackEnv: () => ExtractEnv): Analyser {
  return typeof Worker === 'undefined' ? createInProcessAnalyser(fallbackEnv()) : createWorkerAnalyser();
}
