import type { SchemaVersion } from './schema-version.ts';
import { RENUMBERED, holdingTable, rewriteWithGlobalIds } from './global-ids.ts';

// Global ids, step 1 of 2 (see global-ids.ts): the auto-numbered tables' rows, rewritten
// with global ids, wait in holding tables while their tables are dropped (IndexedDB cannot
// re-key a table in place); the other tables are rewritten where they are.
export const v9: SchemaVersion = {
  version: 9,
  why: 'Global ids, step 1: rows rewritten with string ids into holding tables; numbered tables dropped.',
  stores: {
    ...Object.fromEntries(RENUMBERED.map((table) => [table, null])),
    ...Object.fromEntries(RENUMBERED.map((table) => [holdingTable(table), 'id'])),
  },
  upgrade: rewriteWithGlobalIds,
};
