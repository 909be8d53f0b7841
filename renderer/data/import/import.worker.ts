// The import worker: extracts and parses one file per request, off the UI thread, and
// posts back stage changes and the Analysis. It never touches the library (see pipeline.ts).
import { createRendererExtractEnv } from '../../platform/extract/index.ts';
import { analyseFile } from './analyse.ts';
import type { AnalyseRequest, AnalyseResponse } from './worker-protocol.ts';

// The DOM lib types `self` as a Window; in a dedicated worker it is this much.
type WorkerScope = {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
  postMessage: (message: AnalyseResponse) => void;
};

const scope = self as unknown as WorkerScope;
// pdf.js as the renderer configures it (its own nested worker, the app's cMaps and fonts).
const env = createRendererExtractEnv();

// One file at a time, in arrival order: parallel parses would only fight over one core.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, name, bytes, contentHash } = event.data;
  queue = queue.then(async () => {
    const analysis = await analyseFile({ name, bytes, contentHash }, env, (stage) => scope.postMessage({ id, type: 'stage', stage }));
    scope.postMessage({ id, type: 'done', analysis });
  });
};
