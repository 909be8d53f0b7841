import type { ChangeRecord } from '../../../../shared/model/library.ts';
import type { SchemaVersion } from './schema-version.ts';

// One change stream: every write to the consultant's tables appends a row to `changes`
// in its own transaction (change-log.ts), and each consumer of the log (the search index,
// the derived tables) keeps in `cursors` how far it has applied it. A library from before
// starts its log with one `reset` per table: each consumer checks everything once, as it
// did at every start before, and follows the log from then on.
// Tables by the names they had at this version (v12 renamed assignments to tags and its log rows).
export const SEEDED_TABLES: readonly string[] = ['bulletins', 'notices', 'clients', 'assignments', 'dismissals', 'briefings', 'settings'];

export const v8: SchemaVersion = {
  version: 8,
  why: 'A persisted change log and the position of each of its consumers.',
  stores: {
    changes: '++seq',
    cursors: 'consumer',
  },
  upgrade: async (tx) => {
    const rows: (Omit<ChangeRecord, 'seq' | 'table'> & { table: string })[] = SEEDED_TABLES.map((table) => ({ table, key: null, kind: 'reset' }));
    await tx.table('changes').bulkAdd(rows);
  },
};
