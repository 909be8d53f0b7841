// The match worker: the MatchService off the UI thread, over its own connection to the
// library; the UI thread forwards the change feed (MatchWorkerClient.follow).
import { openLibrary } from '../library/index.ts';
import { libraryMatchSource } from './library-source.ts';
import type { MatchRequest, MatchResponse } from './protocol.ts';
import { MatchService } from './service.ts';
import { createMatchHandler } from './worker-handler.ts';

type WorkerScope = {
  onmessage: ((event: MessageEvent<MatchRequest>) => void) | null;
  postMessage: (message: MatchResponse) => void;
};

const scope = self as unknown as WorkerScope;

const handle = createMatchHandler(
  (message) => scope.postMessage(message),
  async (library, today) => new MatchService(libraryMatchSource(await openLibrary(library)), today),
);

scope.onmessage = (event) => handle(event.data);
