// The NoticeQueries the screens use, shared through context (tests pass their own).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { NoticeQueries } from './notice-queries.ts';
import { createFallbackQueries } from './notice-queries-fallback.ts';
import { useLibrary } from './library-context.tsx';
import { useAppStatus } from '../stores/app-status.ts';

const QueriesContext = createContext<NoticeQueries | null>(null);

export function QueriesProvider({ queries, children }: { queries?: NoticeQueries; children: ReactNode }) {
  const db = useLibrary();
  const value = useMemo(() => {
    if (queries) return queries;
    // The fallback has no index to build: it is ready at once.
    useAppStatus.getState().setIndex({ state: 'ready' });
    return createFallbackQueries(db);
  }, [queries, db]);
  return <QueriesContext.Provider value={value}>{children}</QueriesContext.Provider>;
}

export function useQueries(): NoticeQueries {
  const queries = useContext(QueriesContext);
  if (!queries) throw new Error('useQueries() outside <QueriesProvider>');
  return queries;
}
