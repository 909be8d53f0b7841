// The app's matcher for renderer tests: the real match worker code (handler, service,
// library source) run in this thread instead of a Web Worker, over the test's library.
import type { LibraryDb } from '../../renderer/data/library/index.ts';
import { createMatchHandler, libraryMatchSource, MatchService, MatchWorkerClient, type MatchPort } from '../../renderer/data/match/index.ts';
import type { MatchResponse } from '../../renderer/data/match/protocol.ts';
import { startMatcher } from '../../renderer/core/matcher-context.tsx';

export function inThreadMatcher(db: LibraryDb, today: string): ReturnType<typeof startMatcher> {
  const port: MatchPort = { postMessage: (message) => handle(message), onmessage: null };
  const handle = createMatchHandler(
    (response) => port.onmessage?.({ data: response } as MessageEvent<MatchResponse>),
    () => Promise.resolve(new MatchService(libraryMatchSource(db), today)),
  );
  return startMatcher(db, new MatchWorkerClient(port));
}
