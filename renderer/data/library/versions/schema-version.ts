import type { Transaction } from 'dexie';

/**
 * One version of the library's IndexedDB schema. Versions are APPEND-ONLY: once a version
 * has shipped, its `stores` and `upgrade` never change (users have databases made by it);
 * a new need is a new version file with its own upgrade test
 * (tests/unit/library/upgrade.test.ts refuses a version without one).
 */
export type SchemaVersion = {
  version: number;
  /** Why this version exists, for the next person who reads the list. */
  why: string;
  /** Dexie `stores()` spec of the tables this version adds or changes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites the data of the older version, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
};
