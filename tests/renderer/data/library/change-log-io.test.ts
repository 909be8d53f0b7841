import '../../../support/browser-globals.ts';
// The promise of one change stream, counted: the same dropped PDF reaches a search result
// with each notice written once to `notices` and `noticeBodies`, once to each derived table
// (noticeRelations, noticeFeatures), and read from IndexedDB once by each consumer that follows
// the log (relations, features, search index, match engine), never again by a search. A
// middleware below Dexie's own counts the requests that reach the object stores, per key.
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import { importFiles } from '../../../../renderer/data/import/pipeline.ts';
import { LibraryDb, catchUpNoticeFeatures, catchUpNoticeRelations } from '../../../../renderer/data/library/index.ts';
import { MatchService, libraryMatchReader } from '../../../../renderer/data/match/index.ts';
import { libraryIndexStore, libraryRelationsReader, librarySearchReader } from '../../../../renderer/data/search/library-reader.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { bulletinAs } from '../../../support/fixtures.ts';
import { countIo, type IoCounter, type KeyIo } from '../../../support/io-counter.ts';

const TODAY = '2018-12-01';
/** The tables a notice lives in, its own and those derived from it. */
const NOTICE_TABLES = ['notices', 'noticeBodies', 'noticeRelations', 'noticeFeatures'] as const;
type NoticeTable = (typeof NOTICE_TABLES)[number];

const open: LibraryDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** What was done to each notice in each of its tables; tables left out of `io` are expected untouched. */
function perNotice(counter: IoCounter, ids: readonly unknown[]): Record<string, Record<NoticeTable, KeyIo>> {
  return Object.fromEntries(ids.map((id) => [String(id), Object.fromEntries(NOTICE_TABLES.map((table) => [table, counter.of(table, id)])) as Record<NoticeTable, KeyIo>]));
}

/** The same for every notice: `io` per table, zeros elsewhere. */
function expected(ids: readonly unknown[], io: Partial<Record<NoticeTable, Partial<KeyIo>>>): Record<string, Record<NoticeTable, KeyIo>> {
  const zero: KeyIo = { reads: 0, keyReads: 0, writes: 0, deletes: 0 };
  const one = Object.fromEntries(NOTICE_TABLES.map((table) => [table, { ...zero, ...io[table] }])) as Record<NoticeTable, KeyIo>;
  return Object.fromEntries(ids.map((id) => [String(id), one]));
}

describe('a dropped PDF on its way to a search result', () => {
  it('writes each notice once per table and reads it once per consumer', async () => {
    const db = new LibraryDb(`change-log-io-${process.pid}-${Date.now()}`);
    const io = countIo(db);
    await db.open();
    open.push(db);
    // The workers as the app starts them, on an empty library: their cursors are in place.
    const search = new SearchService(librarySearchReader(db), libraryIndexStore(db), { relations: libraryRelationsReader(db), saveDelayMs: 60_000 });
    await search.open();
    await search.catchUp();
    const match = new MatchService(libraryMatchReader(db), TODAY);
    await match.open(TODAY);

    // The import: analysed and stored as the app does it (pipeline, storeBulletin).
    io.reset();
    const report = await importFiles(db, [{ name: '快讯1202.pdf', bytes: await bulletinAs('000_2229777bc5f28b07', 'pdf') }], { extractEnv: createNodeExtractEnv() });
    const file = report.files[0];
    if (file?.status !== 'added') throw new Error(`the PDF was not added: ${JSON.stringify(file)}`);
    const ids = file.addedNoticeIds;
    expect(ids.length).toBeGreaterThan(1);
    expect(perNotice(io, ids)).toEqual(expected(ids, { notices: { writes: 1 }, noticeBodies: { writes: 1 } }));

    // Each consumer reads a notice's row and body once. The derived tables also look up the
    // notice's key (not its row) as they store, in case it was deleted meanwhile.
    io.reset();
    await catchUpNoticeRelations(db);
    expect(perNotice(io, ids)).toEqual(expected(ids, { notices: { reads: 1, keyReads: 1 }, noticeBodies: { reads: 1 }, noticeRelations: { writes: 1 } }));

    io.reset();
    await catchUpNoticeFeatures(db);
    expect(perNotice(io, ids)).toEqual(expected(ids, { notices: { reads: 1, keyReads: 1 }, noticeBodies: { reads: 1 }, noticeFeatures: { writes: 1 } }));

    // The index reads each notice with its body, and its relations for the 时效性 marks.
    io.reset();
    await search.catchUp();
    expect(perNotice(io, ids)).toEqual(expected(ids, { notices: { reads: 1 }, noticeBodies: { reads: 1 }, noticeRelations: { reads: 1 } }));

    // The engine reads each notice's summary and its stored features.
    io.reset();
    await match.catchUp();
    expect(perNotice(io, ids)).toEqual(expected(ids, { notices: { reads: 1 }, noticeFeatures: { reads: 1 } }));

    // Searching each title finds its notice, with a snippet, and reads nothing more.
    const titles = new Map((await db.notices.bulkGet([...ids])).map((notice, i) => [ids[i], notice?.title ?? '']));
    io.reset();
    for (const id of ids) {
      const response = await search.search({ query: titles.get(id) ?? '', limit: 20 }, 10);
      const hit = response?.hits.find((h) => h.id === id);
      expect(hit?.exact, titles.get(id)).toBe(true);
      expect(hit?.snippet, titles.get(id)).toBeDefined();
    }
    expect(perNotice(io, ids)).toEqual(expected(ids, {}));
  });
});
