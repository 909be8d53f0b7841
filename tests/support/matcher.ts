// The app's matcher for renderer tests: the real match worker code (handlers, service,
// library source) run in this thread instead of a Web Worker, over the test's library,
// following its change log as the worker does.
import { watchChangeHead, type LibraryDb } from '../../renderer/data/library/index.ts';
import { libraryMatchReader, matchClient, matchHandlers, MatchService } from '../../renderer/data/match/index.ts';
import { startMatcher } from '../../renderer/core/matcher-context.tsx';
import { inThreadPort } from './rpc-port.ts';

export function inThreadMatcher(db: LibraryDb, today: string): ReturnType<typeof startMatcher> {
  const service = new MatchService(libraryMatchReader(db), today);
  const stop = watchChangeHead(db, () => {
    service.catchUp().catch((error: unknown) => console.error(error));
  });
  const matcher = startMatcher(db, matchClient(inThreadPort(matchHandlers(() => Promise.resolve(service)))));
  return {
    ...matcher,
    dispose: () => {
      stop();
      matcher.dispose();
    },
  };
}
