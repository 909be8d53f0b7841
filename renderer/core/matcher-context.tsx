// The match worker the screens ask for 推荐, shared through context: started for the
// open library, following its change feed. A version number that grows after each burst
// of changes lets screens ask again (the worker applies changes before answering).
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { startMatchWorker, type MatchWorkerClient } from '../data/match/index.ts';
import type { LibraryDb } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';
import { onSettledChanges } from './settled-changes.ts';

/** What the screens ask of matching. */
export type Matcher = Pick<MatchWorkerClient, 'call'> & {
  /** Grows after the library changed (a burst of changes counts once). */
  version: () => number;
  subscribe: (listener: () => void) => () => void;
};

const MatcherContext = createContext<Matcher | null>(null);

export function startMatcher(db: LibraryDb, client: Pick<MatchWorkerClient, 'call' | 'follow' | 'dispose'> = startMatchWorker()): Matcher & { dispose: () => void } {
  const stopFollowing = client.follow(db.changes);
  const opened = client.call('open', { library: db.name });
  opened.catch((error: unknown) => console.error('match worker failed to open', error));
  let version = 0;
  const listeners = new Set<() => void>();
  const stopWatching = onSettledChanges(db.changes, () => {
    version += 1;
    listeners.forEach((listener) => listener());
  });
  return {
    call: (type, params) => opened.then(() => client.call(type, params)),
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      stopWatching();
      stopFollowing();
      client.dispose();
    },
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

/** The matcher's version: a refresh key for screens that show suggestions. */
export function useMatcherVersion(): number {
  const matcher = useMatcher();
  return useSyncExternalStore(matcher.subscribe, matcher.version);
}
