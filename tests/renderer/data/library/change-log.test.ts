import '../../../support/browser-globals.ts';
// The one change stream: consumers follow the persisted log, so nothing is missed when the
// app dies between a write and a consumer's update, a second window (another connection)
// sees the first one's import, and the log is compacted only behind every consumer.
import { describe, expect, it } from 'vitest';
import {
  LibraryDb,
  catchUpNoticeFeatures,
  catchUpNoticeRelations,
  changeHead,
  compactChanges,
  readChanges,
  storeBulletin,
  watchChangeHead,
} from '../../../../renderer/data/library/index.ts';
import type { ChangeRecord } from '../../../../shared/model/library.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { libraryIndexStore, libraryRelationsReader, librarySearchReader } from '../../../../renderer/data/search/library-reader.ts';
import { GREEN, LICENCE, PROCUREMENT, bulletinFile, logAfter, librariesClosedAfterEach } from '../../../support/library-helpers.ts';

const libraries = librariesClosedAfterEach();
const library = libraries.fresh;

/** Another connection to the same database: another window, or a worker. */
async function another(db: LibraryDb): Promise<LibraryDb> {
  const other = new LibraryDb(db.name);
  await other.open();
  return libraries.keep(other);
}

const service = (db: LibraryDb): SearchService => new SearchService(librarySearchReader(db), libraryIndexStore(db), { relations: libraryRelationsReader(db), saveDelayMs: 60_000 });

const exact = async (s: SearchService, query: string): Promise<string[]> =>
  ((await s.search({ query, limit: 20 }, 0)) ?? { hits: [] }).hits.filter((h) => h.exact).map((h) => h.title);

describe('the change log', () => {
  it('a write committed while no consumer ran (the app died) is applied when the next one opens', async () => {
    const db = await library();
    await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    const first = service(db);
    await first.open();
    await first.saveNow();
    // The import commits, and the app dies before the worker hears of it.
    await storeBulletin(db, bulletinFile('b.txt', [LICENCE]));
    const reopened = service(await another(db));
    expect(await reopened.open()).toMatchObject({ from: 'persisted' });
    await reopened.catchUp();
    expect(await exact(reopened, LICENCE.title)).toEqual([LICENCE.title]);
    expect(reopened.position()).toBe(await changeHead(db));
  });

  it('a second window hears of the first one’s import and its index follows', async () => {
    const db = await library();
    const second = await another(db);
    const search = service(second);
    await search.open();
    const heads: number[] = [];
    const caughtUp = new Promise<void>((resolve) => {
      const stop = watchChangeHead(second, (head) => {
        heads.push(head);
        if (head > 0) {
          stop();
          void search.catchUp().then(resolve);
        }
      });
    });
    await storeBulletin(db, bulletinFile('a.txt', [PROCUREMENT]));
    await caughtUp;
    expect(await exact(search, PROCUREMENT.title)).toEqual([PROCUREMENT.title]);
    expect(heads.at(-1)).toBe(await changeHead(db));
  });

  it('logs a body or an original only when its notice or bulletin is not logged in the same transaction', async () => {
    const db = await library();
    const from = await changeHead(db);
    const stored = await storeBulletin(db, { ...bulletinFile('a.txt', [GREEN, LICENCE]), original: { text: '原文', html: null } });
    if (stored.status !== 'added') throw new Error('import failed');
    // An import: one row for its notices and one for the bulletin; the bodies and the original go with them.
    expect(await logAfter(db, from)).toEqual([
      { table: 'notices', keys: stored.addedNoticeIds, kind: 'put' },
      { table: 'bulletins', keys: [stored.bulletin.id], kind: 'put' },
    ]);
    // Written alone, each is logged, and a body makes its notice be read again.
    const [id] = stored.addedNoticeIds;
    if (id === undefined) throw new Error('no notice');
    const head = await changeHead(db);
    await db.noticeBodies.put({ id, body: ['更正后的正文。'] });
    await db.originals.put({ id: stored.bulletin.id, text: '更正', html: null });
    expect(await logAfter(db, head)).toEqual([
      { table: 'noticeBodies', keys: [id], kind: 'put' },
      { table: 'originals', keys: [stored.bulletin.id], kind: 'put' },
    ]);
    expect((await readChanges(db, head))?.noticeIds).toEqual([id]);
  });

  it('logs a write with its row beside it: a key whose add failed in a transaction that commits is read again, never missed', async () => {
    const db = await library();
    const stored = await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [taken] = await db.notices.toArray();
    if (!taken) throw new Error('no notice');
    const fresh = { ...taken, id: 'n-0000000000000001', title: '另一条通知' };
    const head = await changeHead(db);
    // The first key is taken: that add fails, the caller catches it, the other is written.
    await db.transaction('rw', db.notices, async () => {
      await db.notices.bulkAdd([{ ...taken, title: '不应写入' }, fresh]).catch(() => undefined);
    });
    expect((await db.notices.get(taken.id))?.title).toBe(taken.title);
    expect(await db.notices.get(fresh.id)).toEqual(fresh);
    // One row, written with the add: both keys (the taken one costs a consumer a read of a notice that did not change).
    expect(await logAfter(db, head)).toEqual([{ table: 'notices', keys: [taken.id, fresh.id], kind: 'put' }]);
    expect((await readChanges(db, head))?.noticeIds).toEqual([taken.id, fresh.id]);
    // A range of keys deleted is read first: the row names each key it held.
    const before = await changeHead(db);
    expect(await db.notices.where(':id').equals(fresh.id).delete()).toBe(1);
    expect(await logAfter(db, before)).toEqual([{ table: 'notices', keys: [fresh.id], kind: 'delete' }]);
  });

  it('reads a batch of about `limit` keys in whole rows, and rows of one key as logged before', async () => {
    const db = await library();
    const from = await changeHead(db);
    const imports = [];
    for (const [i, notices] of [[GREEN, LICENCE], [PROCUREMENT]].entries()) {
      const stored = await storeBulletin(db, bulletinFile(`${i}.txt`, notices));
      if (stored.status !== 'added') throw new Error('import failed');
      imports.push(stored);
    }
    const [first, second] = imports;
    if (!first || !second) throw new Error('no imports');
    // Rows: the first file's 2 notices, its bulletin, the second's notice, its bulletin.
    const batch = await readChanges(db, from, 3);
    expect(batch).toMatchObject({ reset: false, noticeIds: first.addedNoticeIds, tables: new Set(['notices', 'bulletins']) });
    const rest = await readChanges(db, batch?.to ?? 0, 3);
    expect(rest).toMatchObject({ to: await changeHead(db), noticeIds: second.addedNoticeIds });
    // A row as the log held them before rows listed keys: one key, or null for a reset.
    const head = await changeHead(db);
    const [id = ''] = first.addedNoticeIds;
    await db.changes.add({ table: 'notices', key: id, kind: 'put' } as ChangeRecord);
    expect(await readChanges(db, head)).toMatchObject({ reset: false, noticeIds: [id] });
    await db.changes.add({ table: 'notices', key: null, kind: 'reset' } as ChangeRecord);
    expect(await readChanges(db, head)).toMatchObject({ reset: true });
  });

  it('is compacted only behind every consumer; one left behind by compaction checks everything', async () => {
    const db = await library();
    await storeBulletin(db, bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    await catchUpNoticeRelations(db);
    // The match worker's features and the search index have not run: nothing may go.
    expect(await compactChanges(db)).toBe(0);
    await catchUpNoticeFeatures(db);
    const search = service(db);
    await search.open();
    await search.saveNow();
    const head = await changeHead(db);
    expect(await db.changes.count()).toBe(0);
    expect(await readChanges(db, head)).toBeNull();
    // A consumer that was behind the compaction is told to check everything.
    expect(await readChanges(db, 0)).toMatchObject({ reset: true, to: head });
    // The head survives compaction: the sequence never goes back.
    await storeBulletin(db, bulletinFile('b.txt', [LICENCE]));
    expect((await readChanges(db, head))?.to).toBeGreaterThan(head);
  });
});
