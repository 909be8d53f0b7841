import '../../../support/browser-globals.ts';
// 政策关系 through the library: a real bulletin that cites and repeals, and a bulletin of
// the documents it cites, imported in either order; removal leaves no link behind.
import { codeWords } from '../../../../renderer/platform/i18n/codes.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { catchUpNoticeRelations, deleteBulletin, relationsOf, storeBulletin, validityOfNotices, type StoredOutcome } from '../../../../renderer/data/library/index.ts';
import { type NoticeId } from '../../../../shared/model/ids.ts';
import { parseBulletin } from '../../../../shared/parse/index.ts';
import { BULLETIN_003, readBulletin } from '../../../support/bulletins.ts';
import { bulletinFile, librariesClosedAfterEach } from '../../../support/library-helpers.ts';

const TODAY = '2026-12-03';
const CITED = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/relations/cited-documents.txt'), 'utf8');

const library = librariesClosedAfterEach().fresh;

/** Stores a bulletin, then computes the relations of its notices as the search worker does after an import. */
async function store(db: LibraryDb, name: string, text: string): Promise<StoredOutcome> {
  const outcome = await storeBulletin(db, bulletinFile(name, parseBulletin(text).notices));
  await catchUpNoticeRelations(db);
  return outcome;
}

async function idOf(db: LibraryDb, docNumber: string): Promise<NoticeId> {
  const found = await db.notices.where('docKey').equals(docNumber.replace('〔', '(').replace('〕', ')')).first();
  if (!found) throw new Error(`no notice ${docNumber}`);
  return found.id;
}

async function picture(db: LibraryDb) {
  const old = await relationsOf(db, await idOf(db, '淮经信节能〔2018〕77号'), TODAY);
  const ministry = await relationsOf(db, await idOf(db, '工信厅节函〔2016〕586号'), TODAY);
  const repealer = await relationsOf(db, await idOf(db, '淮经信节能〔2019〕79号'), TODAY);
  return {
    old: { status: old?.validity.status, reason: old && codeWords.validityReason(old.validity.reason), citedBy: old?.citedBy.map((c) => [c.title, c.relation]) },
    ministry: ministry?.citedBy.map((c) => c.title).sort(),
    repeals: repealer?.cites.filter((c) => c.citation.relation === 'repeals').map((c) => (c.target && c.target !== 'self' ? c.target.title : c.target)),
  };
}

describe('notice relations in the library', () => {
  it('links a citation to a document imported later, both ways, and marks what it repealed', async () => {
    const db = await library();
    await store(db, '003.txt', readBulletin(BULLETIN_003));
    const waiting = await relationsOf(db, await idOf(db, '淮经信节能〔2019〕79号'), TODAY);
    // Not in the library yet: kept as a named reference.
    expect(waiting?.cites.find((c) => c.citation.relation === 'repeals')).toMatchObject({
      citation: { title: '淮北市绿色工厂建设评价和管理办法（试行）', docNumber: '淮经信节能〔2018〕77号' },
      target: null,
    });
    await store(db, 'cited.txt', CITED);
    const linked = await picture(db);
    expect(linked).toEqual({
      old: {
        status: 'repealed',
        reason: '已被《关于印发淮北市绿色工厂评价管理暂行办法的通知》（淮经信节能〔2019〕79号）废止，2019年9月4日起',
        citedBy: [['关于印发淮北市绿色工厂评价管理暂行办法的通知', 'repeals']],
      },
      ministry: ['重庆市关于市级第二批绿色制造体系示范名单的公示', '关于印发淮北市绿色工厂评价管理暂行办法的通知', '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知'].sort(),
      repeals: ['关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知'],
    });

    // The other order links the same way.
    const other = await library();
    await store(other, 'cited.txt', CITED);
    await store(other, '003.txt', readBulletin(BULLETIN_003));
    const reversed = await picture(other);
    expect(reversed.old).toEqual(linked.old);
    expect(reversed.repeals).toEqual(linked.repeals);
    expect([...(reversed.ministry ?? [])].sort()).toEqual([...(linked.ministry ?? [])].sort());
  });

  it('removing the repealing notice ends the mark and the link; removing the cited one leaves a named reference', async () => {
    const db = await library();
    const first = await store(db, '003.txt', readBulletin(BULLETIN_003));
    const cited = await store(db, 'cited.txt', CITED);
    const oldId = await idOf(db, '淮经信节能〔2018〕77号');
    const repealerId = await idOf(db, '淮经信节能〔2019〕79号');
    expect((await validityOfNotices(db, [oldId], TODAY)).get(oldId)?.status).toBe('repealed');

    if (first.status !== 'added') throw new Error('not stored');
    await deleteBulletin(db, first.bulletin.id);
    const alone = await relationsOf(db, oldId, TODAY);
    expect(alone?.citedBy).toEqual([]);
    expect(alone?.validity.status).toBe('in-force');
    expect(alone && codeWords.validityReason(alone.validity.reason)).toBe('2018年5月10日起施行');
    expect(await relationsOf(db, repealerId, TODAY)).toBeNull();

    await store(db, '003-again.txt', readBulletin(BULLETIN_003));
    if (cited.status !== 'added') throw new Error('not stored');
    await deleteBulletin(db, cited.bulletin.id);
    const again = await relationsOf(db, await idOf(db, '淮经信节能〔2019〕79号'), TODAY);
    expect(again?.cites.find((c) => c.citation.relation === 'repeals')?.target).toBeNull();
    expect(await db.noticeRelations.count()).toBe(await db.notices.count());
  });

  it('derives the relations again when the log says the library was replaced (a restore clears them)', async () => {
    const db = await library();
    await store(db, 'cited.txt', CITED);
    await db.noticeRelations.clear();
    // What a restore logs for its tables.
    await db.changes.add({ table: 'notices', key: null, kind: 'reset' } as never);
    expect(await catchUpNoticeRelations(db)).toHaveLength(2);
    expect(await catchUpNoticeRelations(db)).toEqual([]);
    const ministry = await relationsOf(db, await idOf(db, '工信厅节函〔2016〕586号'), TODAY);
    expect(ministry?.citedBy.map((c) => c.relation)).toEqual(['basis']);
  });

  it('lists 被引用 newest first, whatever order the ids give', async () => {
    const db = await library();
    await store(db, '003.txt', readBulletin(BULLETIN_003));
    await store(db, 'cited.txt', CITED);
    const citedBy = (await relationsOf(db, await idOf(db, '工信厅节函〔2016〕586号'), TODAY))?.citedBy ?? [];
    const dates = citedBy.map((c) => c.date);
    expect(new Set(dates).size).toBe(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
