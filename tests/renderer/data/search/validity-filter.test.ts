import '../../../support/browser-globals.ts';
// The 时效性 filter and cited 文号 in search, over a real library: the search worker's
// service as the app runs it, following the library's changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { deleteBulletin, storeBulletin, watchChangeHead } from '../../../../renderer/data/library/index.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { libraryIndexStore, libraryRelationsReader, librarySearchReader } from '../../../../renderer/data/search/library-reader.ts';
import { parseBulletin } from '../../../../shared/parse/index.ts';
import type { SearchFilters } from '../../../../shared/search/index.ts';
import { BULLETIN_003, readBulletin } from '../../../support/bulletins.ts';
import { bulletinFile, freshLibrary } from '../../../support/library-helpers.ts';

const CITED = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/relations/cited-documents.txt'), 'utf8');
const TODAY = '2026-12-03';
const OLD_RULES = '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知';

const open: LibraryDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function setUp(): Promise<{ db: LibraryDb; service: SearchService; stop: () => void }> {
  const db = await freshLibrary();
  open.push(db);
  const service = new SearchService(librarySearchReader(db), libraryIndexStore(db), { relations: libraryRelationsReader(db), saveDelayMs: 60_000 });
  const stop = watchChangeHead(db, () => void service.catchUp());
  await service.open();
  await service.idle();
  return { db, service, stop };
}

async function titles(service: SearchService, query: string, filters: SearchFilters = {}): Promise<string[]> {
  await service.catchUp();
  const response = await service.search({ query, filters, today: TODAY, limit: 50 }, 0);
  return (response?.hits ?? []).map((hit) => hit.title);
}

describe('时效性 in search', () => {
  it('filters by validity, and follows imports and removals', async () => {
    const { db, service, stop } = await setUp();
    const cited = await storeBulletin(db, bulletinFile('cited.txt', parseBulletin(CITED).notices));
    expect(await titles(service, '', { validity: 'ended' })).toEqual([]);
    const repealing = await storeBulletin(db, bulletinFile('003.txt', parseBulletin(readBulletin(BULLETIN_003)).notices));
    expect(await titles(service, '', { validity: 'ended' })).toEqual([OLD_RULES]);
    const inForce = await titles(service, '', { validity: 'in-force' });
    expect(inForce).toHaveLength(10);
    expect(inForce).not.toContain(OLD_RULES);
    const all = await service.search({ query: '', today: TODAY, facets: true, limit: 50 }, 0);
    expect(all?.facets?.validity).toEqual({ inForce: 10, ended: 1 });
    expect(all?.hits.find((hit) => hit.title === OLD_RULES)?.ended).toBe(true);
    // Before the repeal took effect it was in force.
    const earlier = await service.search({ query: '', filters: { validity: 'ended' }, today: '2019-01-01', limit: 50 }, 0);
    expect(earlier?.hits).toEqual([]);

    if (repealing.status !== 'added' || cited.status !== 'added') throw new Error('not stored');
    await deleteBulletin(db, repealing.bulletin.id);
    expect(await titles(service, '', { validity: 'ended' })).toEqual([]);
    stop();
  });

  it('finds the notices citing a 文号 typed in another bracket style, the cited one first', async () => {
    const { db, service, stop } = await setUp();
    await storeBulletin(db, bulletinFile('003.txt', parseBulletin(readBulletin(BULLETIN_003)).notices));
    await storeBulletin(db, bulletinFile('cited.txt', parseBulletin(CITED).notices));
    const found = await titles(service, '工信厅节函[2016]586号');
    expect(found[0]).toBe('工业和信息化部办公厅关于开展绿色制造体系建设的通知');
    expect(found).toEqual(
      expect.arrayContaining(['重庆市关于市级第二批绿色制造体系示范名单的公示', '关于印发淮北市绿色工厂评价管理暂行办法的通知', OLD_RULES]),
    );
    stop();
  });
});
