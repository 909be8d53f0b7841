// Asks the browser to keep the library when disk space runs low. Without it, Chromium
// may evict a "best effort" origin's IndexedDB; Electron grants it to the app's origin.
// The UI shows the outcome (设置 → 资料库) so a consultant knows whether years of notes are safe.

export type PersistenceState =
  /** The desktop app: the library lives in the app's own data folder, which no browser evicts. */
  | 'app-data'
  /** The library is persistent (asked now or granted before). */
  | 'persisted'
  /** The browser said no: data may be evicted under storage pressure; keep backups. */
  | 'denied'
  /** This environment has no Storage API (very old browser, tests in Node). */
  | 'unsupported';

type StorageManagerLike = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
};

export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
  host: 'electron' | 'web' = 'web',
): Promise<PersistenceState> {
  // Nothing to ask in the desktop app (and its answer to persist() means nothing there).
  if (host === 'electron') return 'app-data';
  if (!storage?.persist) return 'unsupported';
  if (storage.persisted && (await storage.persisted())) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'denied';
}
