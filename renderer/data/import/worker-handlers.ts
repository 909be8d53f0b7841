// The import worker's handler map (served with worker-rpc): one file per call, its
// stages sent as events of the call. It never touches the library (see pipeline.ts).
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import type { CallContext } from '../../platform/worker-rpc/index.ts';
import { analyseFile, type Analysis, type AnalysisStage } from './analyse.ts';

export type AnalyseInput = { name: string; bytes: Uint8Array; contentHash: string };

export function importHandlers(env: ExtractEnv) {
  // One file at a time, in arrival order: parallel parses would only fight over one core.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    analyse: (file: AnalyseInput, call: CallContext<AnalysisStage>): Promise<Analysis> => {
      const run = queue.then(() => analyseFile(file, env, (stage) => call.emit(stage)));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type ImportHandlers = ReturnType<typeof importHandlers>;
