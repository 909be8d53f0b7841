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

/** Remembers that the browser was asked once (a browser may show the consultant a prompt). */
export type AskedOnce = { asked: () => boolean; markAsked: () => void };

const ASKED_KEY = 'policy-desk:persist-asked';

type KeyValueStorage = { getItem: (key: string) => string | null; setItem: (key: string, value: string) => void };

/** localStorage where there is one; nothing remembered otherwise (then it asks each start). */
function localAskedOnce(): AskedOnce {
  const storage = (() => {
    try {
      // Typed by hand: workers (checked against the WebWorker lib) have no localStorage.
      return (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    } catch {
      return undefined;
    }
  })();
  return {
    asked: () => storage?.getItem(ASKED_KEY) === '1',
    markAsked: () => {
      try {
        storage?.setItem(ASKED_KEY, '1');
      } catch {
        // Storage full or blocked: asked again next time, no harm.
      }
    },
  };
}

export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
  host: 'electron' | 'web' = 'web',
  once: AskedOnce = localAskedOnce(),
): Promise<PersistenceState> {
  // Nothing to ask in the desktop app (and its answer to persist() means nothing there).
  if (host === 'electron') return 'app-data';
  if (!storage?.persist) return 'unsupported';
  if (storage.persisted && (await storage.persisted())) return 'persisted';
  // Asked once: the answer stands, and the status bar keeps a quiet note about backups.
  if (once.asked()) return 'denied';
  once.markAsked();
  return (await storage.persist()) ? 'persisted' : 'denied';
}
