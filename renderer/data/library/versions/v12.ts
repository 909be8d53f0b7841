// One word per thing (docs/glossary.md): two tables take the glossary's names.
// - `assignments` becomes `tags`. Dexie creates the new table, runs this upgrade with the
//   old one still there, and only then deletes it (Dexie 4, updateTablesAndIndexes), so
//   one version is enough: the rows move over as they are, ids included. The change log's
//   rows name tables, and the search and match workers reload clients when they read
//   `tags` among a batch's tables: rows naming `assignments` are renamed in place (same
//   sequence, key and kind), so a consumer behind them still applies them, and nothing
//   names the old table afterwards.
// - `noticeRefs` becomes `noticeRelations`, its records holding `relations` where they held
//   `refs`. It is derived, so it is not copied: it starts empty, and its consumer's cursor
//   (named after the table, `noticeRefs`) is deleted; the consumer `noticeRelations` has
//   none, so it derives every notice's record once, as at its first run.
import type { Table } from 'dexie';
import type { SchemaVersion } from './schema-version.ts';

type Row = Record<string, unknown> & { id: string };

const PAGE = 1000;

export const v12: SchemaVersion = {
  version: 12,
  why: 'Glossary names: assignments → tags (rows moved, log rows renamed); noticeRefs → noticeRelations (derived: dropped, computed again).',
  stores: {
    tags: 'id, clientId, noticeId, &[clientId+noticeId], taggedAt',
    assignments: null,
    noticeRelations: 'id, *relations.ownKeys, *citedKeys',
    noticeRefs: null,
  },
  upgrade: async (tx) => {
    await moveRows(tx.table<Row, string>('assignments'), tx.table<Row, string>('tags'));
    await tx
      .table<{ table: string }, number>('changes')
      .filter((row) => row.table === 'assignments')
      .modify((row) => {
        row.table = 'tags';
      });
    await tx.table('cursors').delete('noticeRefs');
  },
};

/** Every row of `from` into `to`, a page at a time in key order. */
async function moveRows(from: Table<Row, string>, to: Table<Row, string>): Promise<void> {
  let after = '';
  for (;;) {
    const page = await from.where(':id').above(after).limit(PAGE).toArray();
    const last = page[page.length - 1];
    if (!last) return;
    await to.bulkAdd(page);
    after = last.id;
  }
}
