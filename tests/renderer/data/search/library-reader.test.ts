// The search service over the real library (Dexie on fake-indexeddb): the three
// bulletins imported, the index built from the library, persisted in its searchIndex
// table, loaded again, and kept current through the library's change feed.
import '../../../support/browser-globals.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareIds, type BulletinId, type NoticeId } from '../../../../shared/model/ids.ts';
import { parseBulletin } from '../../../../shared/parse/index.ts';
import { createClient, deleteBulletin, storeBulletin, tagNotices, watchChangeHead, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { SearchIndex } from '../../../../shared/search/index.ts';
import { libraryIndexStore, librarySearchReader } from '../../../../renderer/data/search/library-reader.ts';
import { indexPage } from '../../../../renderer/data/search/page-index.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { bulletinFile, freshLibrary } from '../../../support/library-helpers.ts';
import { BULLETIN_DIR, BULLETIN_FILES } from '../../../support/bulletin-docs.ts';

async function importBulletins(db: LibraryDb): Promise<BulletinId[]> {
  const bulletinIds: BulletinId[] = [];
  for (const file of BULLETIN_FILES) {
    const { notices } = parseBulletin(readFileSync(resolve(BULLETIN_DIR, file), 'utf8'));
    const outcome = await storeBulletin(db, bulletinFile(file, notices));
    if (outcome.status === 'added') bulletinIds.push(outcome.bulletin.id);
  }
  return bulletinIds;
}

const exactTitles = async (service: SearchService, query: string): Promise<string[]> =>
  ((await service.search({ query, limit: 50 }, 0)) ?? { hits: [] }).hits.filter((h) => h.exact).map((h) => h.title);

describe('search over the library', () => {
  it('builds from the library, persists, reloads and follows changes', async () => {
    const db = await freshLibrary();
    const bulletinIds = await importBulletins(db);
    const noticeCount = await db.notices.count();

    const service = new SearchService(librarySearchReader(db), libraryIndexStore(db), { saveDelayMs: 5, pageSize: 7 });
    expect(await service.open()).toMatchObject({ from: 'built', documents: noticeCount });
    await service.idle();
    expect(await db.searchIndex.get('notices')).toMatchObject({ noticeCount });
    expect((await exactTitles(service, '长江经济带'))[0]).toContain('长江经济带');
    // The bulletin filter sees the library's sources.
    const first = await service.search({ query: '', filters: { bulletinIds: [bulletinIds[1] ?? ''] }, limit: 100 }, 0);
    expect(first?.total).toBe(await db.notices.where('sourceBulletinIds').equals(bulletinIds[1] ?? '').count());

    const stop = watchChangeHead(db, () => void service.catchUp());
    const client = await createClient(db, { name: '绿源环保科技有限公司', region: { province: '北京', city: '北京', district: '' }, industry: '环保', qualifications: ['瞪羚企业'], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '' });
    const procurement = await db.notices.filter((n) => n.title.includes('绿色政府采购')).first();
    await tagNotices(db, { clientIds: [client.id], noticeIds: [procurement?.id ?? ''] });
    await service.catchUp();
    expect(await exactTitles(service, '瞪羚企业')).toEqual([procurement?.title]);
    stop();

    // A second opening loads what the first saved.
    const again = new SearchService(librarySearchReader(db), libraryIndexStore(db));
    expect(await again.open()).toMatchObject({ from: 'persisted', documents: noticeCount });
    await again.idle();
    expect(await exactTitles(again, '瞪羚企业')).toEqual([procurement?.title]);

    // Deleting a bulletin while no search runs: the next opening catches up.
    await deleteBulletin(db, bulletinIds[0] ?? '');
    const remaining = await db.notices.count();
    const third = new SearchService(librarySearchReader(db), libraryIndexStore(db));
    await third.open();
    await third.idle();
    expect(third.status().documents).toBe(remaining);
    expect(await exactTitles(third, '电子营业执照管理办法')).toEqual([]);
    db.close();
  });

  it('indexes a page of notice ids as a page indexer does: a notice gone leaves an empty place, one not asked for is left out', async () => {
    const db = await freshLibrary();
    await importBulletins(db);
    const ids = (await db.notices.toCollection().primaryKeys()).sort(compareIds);
    const gone = ids[3] ?? '';
    const notAsked = ids[5] ?? '';
    await db.notices.delete(gone);
    await db.noticeBodies.delete(gone);
    const page = ids.slice(0, 10).filter((id) => id !== notAsked);
    const { notices, segment } = await indexPage(db, page, 0);
    expect(notices.map((n) => n?.id ?? null)).toEqual(page.map((id) => (id === gone ? null : id)));
    expect(notices.every((n) => n === null || n.body.length === 0)).toBe(true);

    const index = new SearchIndex();
    index.adopt(0, notices, segment);
    expect(index.size).toBe(page.length - 1);
    const titleOf = async (id: NoticeId): Promise<string> => (await db.notices.get(id))?.title ?? '';
    const first = await titleOf(page[0] ?? '');
    expect(index.search({ query: first, limit: 5 }).hits[0]?.id).toBe(page[0]);
    const skipped = await titleOf(notAsked);
    expect(index.search({ query: skipped, limit: 50 }).hits.map((hit) => hit.id)).not.toContain(notAsked);
    // Bodies were indexed though not handed back: a phrase only in a body finds its notice.
    const body = (await db.noticeBodies.get(page[1] ?? ''))?.body.find((p) => p.length > 12) ?? '';
    expect(index.search({ query: body.slice(2, 10), limit: 50 }).hits.map((hit) => hit.id)).toContain(page[1]);
    db.close();
  });
});
