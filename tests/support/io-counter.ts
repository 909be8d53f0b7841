// Counts what a library database asks of IndexedDB, per table and per key: a DBCore
// middleware installed below every other one (below Dexie's caches and the change log),
// so it sees the requests that reach the object stores, not the calls the code makes.
// Tests use it to hold the data path to its promise ("each notice read once, written once
// per derived table") instead of timing it. Its calls pass on Dexie's own promises, never
// async functions: a native promise would lose the transaction that the middlewares above
// it look up in Dexie's zone.
import type { DBCore, DBCoreCursor, DBCoreTable, Dexie, Middleware } from 'dexie';

/** What was done to one key: rows read with their values, keys read alone, rows written, rows deleted. */
export type KeyIo = { reads: number; keyReads: number; writes: number; deletes: number };

export type IoCounter = {
  /** What was done to `key` in `table` since the last reset (zeros if nothing). */
  of(table: string, key: unknown): KeyIo;
  /** The sums over every key of `table`. */
  total(table: string): KeyIo;
  /** Forgets everything counted so far (one pass measured at a time). */
  reset(): void;
};

const ZERO: KeyIo = { reads: 0, keyReads: 0, writes: 0, deletes: 0 };

/**
 * Installs the counter on `db`. Call before the database opens: Dexie builds its
 * middleware stack at open.
 */
export function countIo(db: Dexie): IoCounter {
  let counts = new Map<string, Map<string, KeyIo>>();
  // Keys by type and value, as IndexedDB tells them apart (1 and '1' are two keys).
  const id = (key: unknown): string => `${typeof key}:${String(key)}`;
  const bump = (table: string, key: unknown, field: keyof KeyIo): void => {
    let byKey = counts.get(table);
    if (!byKey) counts.set(table, (byKey = new Map<string, KeyIo>()));
    const io = byKey.get(id(key)) ?? { ...ZERO };
    io[field] += 1;
    byKey.set(id(key), io);
  };

  const counting = (table: DBCoreTable): DBCoreTable => {
    const primaryKeyOf = (value: unknown): unknown => table.schema.primaryKey.extractKey?.(value);
    return {
      ...table,
      get: (req) =>
        table.get(req).then((value: unknown) => {
          if (value !== undefined) bump(table.name, req.key, 'reads');
          return value;
        }),
      getMany: (req) =>
        table.getMany(req).then((values: unknown[]) => {
          values.forEach((value, i) => {
            if (value !== undefined) bump(table.name, req.keys[i], 'reads');
          });
          return values;
        }),
      query: (req) =>
        table.query(req).then((res) => {
          for (const row of res.result) {
            // With values, each row's primary key is in the row (the library's tables
            // keep their keys inline); without, the result is the primary keys.
            if (req.values) bump(table.name, primaryKeyOf(row), 'reads');
            else bump(table.name, row, 'keyReads');
          }
          return res;
        }),
      openCursor: (req) =>
        table.openCursor(req).then((cursor) => {
          if (!cursor) return cursor;
          return Object.create(cursor, {
            start: {
              value: (onNext: () => void) =>
                cursor.start(() => {
                  bump(table.name, cursor.primaryKey, req.values ? 'reads' : 'keyReads');
                  onNext();
                }),
            },
          }) as DBCoreCursor;
        }),
      mutate: (req) =>
        table.mutate(req).then((res) => {
          switch (req.type) {
            case 'add':
            case 'put': {
              const keys = (res.results ?? req.keys ?? req.values.map(primaryKeyOf)) as unknown[];
              keys.forEach((key, i) => {
                if (!(i in res.failures)) bump(table.name, key, 'writes');
              });
              break;
            }
            case 'delete':
              for (const key of req.keys) bump(table.name, key, 'deletes');
              break;
            case 'deleteRange':
              bump(table.name, '(range)', 'deletes');
              break;
          }
          return res;
        }),
    };
  };

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'ioCounter',
    // Below Dexie's own middlewares (level -1 and up) and the change log (10).
    level: -10,
    create: (down) => ({ ...down, table: (name) => counting(down.table(name)) }),
  };
  db.use(middleware);

  return {
    of: (table, key) => ({ ...ZERO, ...counts.get(table)?.get(id(key)) }),
    total: (table) => {
      const sum = { ...ZERO };
      for (const io of counts.get(table)?.values() ?? []) for (const field of Object.keys(sum) as (keyof KeyIo)[]) sum[field] += io[field];
      return sum;
    },
    reset: () => {
      counts = new Map();
    },
  };
}
