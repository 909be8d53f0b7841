// The open library database, shared by every screen through React context. The app
// opens it once at start (LibraryGate) and hands the handle down; screens call the
// repository functions of renderer/data/library with it, never a Dexie table.
import { createContext, useContext, type ReactNode } from 'react';
import type { LibraryDb } from '../data/library/index.ts';

const LibraryContext = createContext<LibraryDb | null>(null);

export function LibraryProvider({ db, children }: { db: LibraryDb; children: ReactNode }) {
  return <LibraryContext.Provider value={db}>{children}</LibraryContext.Provider>;
}

/** The open library. Only components below LibraryProvider may call it. */
export function useLibrary(): LibraryDb {
  const db = useContext(LibraryContext);
  if (!db) throw new Error('useLibrary() outside <LibraryProvider>');
  return db;
}
