// The NoticeQueries the screens use, shared through context: the search worker's, started
// for the open library (tests pass their own).
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { NoticeQueries } from '../data/search/index.ts';
import { startSearchEngine } from './search-engine.ts';
import { useLibrary } from './library-context.tsx';

const QueriesContext = createContext<NoticeQueries | null>(null);

export function QueriesProvider({ queries, children }: { queries?: NoticeQueries; children: ReactNode }) {
  const db = useLibrary();
  const [started, setStarted] = useState<NoticeQueries | null>(null);

  useEffect(() => {
    if (queries) return;
    const engine = startSearchEngine(db);
    // The worker is an outside system started here; its handle is what the tree renders
    // with, so it becomes state once it exists (and is dropped with the worker).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarted(engine.queries);
    return () => {
      engine.dispose();
      setStarted(null);
    };
  }, [queries, db]);

  const value = queries ?? started;
  if (!value) return null;
  return <QueriesContext.Provider value={value}>{children}</QueriesContext.Provider>;
}

export function useQueries(): NoticeQueries {
  const queries = useContext(QueriesContext);
  if (!queries) throw new Error('useQueries() outside <QueriesProvider>');
  return queries;
}
