// The match worker the screens ask for 推荐, shared through context: started for the
// open library. The worker follows the library's change log itself; a screen's question
// carries the sequence it saw (useLibrarySeq as `atLeast`), and asks again when it moves.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { startMatchWorker, type MatchWorkerClient } from '../data/match/index.ts';
import type { LibraryDb } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';

/** What the screens ask of matching. */
export type Matcher = Pick<MatchWorkerClient, 'call'>;

const MatcherContext = createContext<Matcher | null>(null);

export function startMatcher(db: LibraryDb, client: Pick<MatchWorkerClient, 'call' | 'dispose'> = startMatchWorker()): Matcher & { dispose: () => void } {
  const opened = client.call('open', { library: db.name });
  opened.catch((error: unknown) => console.error('match worker failed to open', error));
  return {
    call: (type, params, options) => opened.then(() => client.call(type, params, options)),
    dispose: () => client.dispose(),
  };
}

export function MatcherProvider({ matcher, children }: { matcher?: Matcher; children: ReactNode }) {
  const db = useLibrary();
  const [started, setStarted] = useState<Matcher | null>(null);
  useEffect(() => {
    if (matcher) return;
    const running = startMatcher(db);
    // The worker is an outside system started here; its handle becomes state once it exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarted(running);
    return () => {
      running.dispose();
      setStarted(null);
    };
  }, [matcher, db]);
  const value = matcher ?? started;
  if (!value) return null;
  return <MatcherContext.Provider value={value}>{children}</MatcherContext.Provider>;
}

export function useMatcher(): Matcher {
  const matcher = useContext(MatcherContext);
  if (!matcher) throw new Error('useMatcher() outside <MatcherProvider>');
  return matcher;
}
