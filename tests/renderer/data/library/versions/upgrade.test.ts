import '../../../../support/browser-globals.ts';
// One test per schema upgrade: open a database as the older release made it, fill it
// with that release's data, close it, open it with the current code, and check that
// nothing was lost and the new version's additions work on the old data.
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../../../../renderer/data/library/db.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../../renderer/data/library/schema.ts';
import { findNotices, getNotice } from '../../../../../renderer/data/library/notices.ts';
import { assignmentsOfClient } from '../../../../../renderer/data/library/assignments.ts';
import { loadSearchIndex, saveSearchIndex } from '../../../../../renderer/data/library/persisted-index.ts';
import { storeBulletin } from '../../../../../renderer/data/library/store-bulletin.ts';
import { findBulletinByHash } from '../../../../../renderer/data/library/bulletins.ts';
import { briefingFile, recordBriefing } from '../../../../../renderer/data/library/briefings.ts';
import { bulletinFile, dumpLibrary, logAfter, notice } from '../../../../support/library-helpers.ts';
import { changeHead } from '../../../../../renderer/data/library/change-log.ts';
import { dismissSuggestion, dismissalsOfClient } from '../../../../../renderer/data/library/dismissals.ts';
import { catchUpNoticeFeatures, getNoticeFeatures } from '../../../../../renderer/data/library/notice-features.ts';
import { getClient, updateClient } from '../../../../../renderer/data/library/clients.ts';
import { catchUpNoticeRefs, relationsOf } from '../../../../../renderer/data/library/notice-refs.ts';

let counter = 0;

/** A database made by the code of `version` (only the versions up to it declared). */
async function openAt(version: number): Promise<LibraryDb> {
  counter += 1;
  const db = new LibraryDb(`upgrade-${version}-${process.pid}-${counter}`, version);
  await db.open();
  expect(db.verno).toBe(version);
  return db;
}

/** Closes `old` and opens the same database with the current code (running the upgrades). */
async function upgrade(old: LibraryDb): Promise<LibraryDb> {
  old.close();
  const db = new LibraryDb(old.name);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  return db;
}

/**
 * The library as the versions before 7 knew it: what version 7 adds (every notice's list of
 * deadlines and their dates, the originals table) is checked by its own test.
 */
async function dumpBefore7(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const { originals: _originals, ...dump } = await dumpLibrary(db);
  return { ...dump, notices: (dump.notices ?? []).map((n) => {
    const { deadlines: _deadlines, deadlineDates: _dates, ...rest } = n as Record<string, unknown>;
    return rest;
  }) };
}

// Rows exactly as version 1 wrote them (no province): written through the tables,
// because today's repository functions write today's rows.
/** The tables of `dump` that `before` has (and `added`): tables later versions add are checked by their own tests. */
function tablesOf(dump: Record<string, unknown[]>, before: Record<string, unknown[]>, added: string[] = []): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(dump).filter(([name]) => name in before || added.includes(name)));
}

const V1_NOW = '2024-05-01T08:00:00.000Z';
const v1Notice = (id: number, title: string, agencies: string[]) => {
  const { body: _body, deadlines: _deadlines, ...fields } = notice({ title, agencies, category: '绿色制造', date: '2018-11-28' });
  return {
    ...fields,
    id,
    docKey: null,
    titleKey: title,
    titleDateKey: `${title}|2018-11-28`,
    year: 2018,
    sourceBulletinIds: [1],
    bodyLength: 4,
    importedAt: V1_NOW,
    updatedAt: V1_NOW,
  };
};

const upgradeTests: Record<number, () => Promise<void>> = {
  2: async () => {
    const old = await openAt(1);
    await old.table('bulletins').add({
      id: 1, publisher: null, issue: '(2018) 1202 期', fileName: 'a.txt', format: 'txt', contentHash: 'abc',
      byteLength: 10, noticeIds: [1, 2, 3], newestNoticeDate: '2018-11-28', importedAt: V1_NOW,
    });
    await old.table('notices').bulkAdd([
      v1Notice(1, '北京市关于进一步加强绿色政府采购有关事项的通知', ['北京市财政局']),
      v1Notice(2, '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知', []),
      v1Notice(3, '关于加强长江经济带工业绿色发展的指导意见', ['工业和信息化部']),
    ]);
    await old.table('noticeBodies').bulkAdd([1, 2, 3].map((id) => ({ id, body: ['正文。'] })));
    await old.table('clients').add({
      id: 7, name: '北京绿源科技有限公司', region: { province: '北京', city: '北京' }, industry: '', tags: ['专精特新'],
      contactPerson: '', notes: '老客户', createdAt: V1_NOW, updatedAt: V1_NOW,
    });
    await old.table('assignments').add({ id: 1, clientId: 7, noticeId: 1, note: '下周跟进', relevance: '高', taggedAt: V1_NOW });
    await old.table('settings').put({ key: 'profile', value: { name: '张三', company: '', phone: '', email: '' } });
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const after = await dumpBefore7(db);
    // Every v1 row is still there, unchanged except for the new field.
    for (const table of Object.keys(before)) {
      if (table === 'notices' || table === 'clients') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // Clients as they were, plus the empty profile fields of version 3.
    const profileFields = { size: null, foundedYear: null, keywords: [] };
    expect(after.clients).toEqual((before.clients as { region: object }[]).map((c) => ({ ...c, ...profileFields, region: { ...c.region, district: '' } })));
    const upgraded = after.notices as { province?: unknown }[];
    expect(upgraded.every((n) => 'province' in n)).toBe(true);
    expect(upgraded.map(({ province: _province, ...rest }) => rest)).toEqual(before.notices);
    // The province is derived for old notices and served by the new index.
    expect((await getNotice(db, 1))?.province).toBe('北京');
    expect((await getNotice(db, 2))?.province).toBe('山西');
    expect((await getNotice(db, 3))?.province).toBeNull();
    expect((await findNotices(db, { province: '北京' })).map((n) => n.id)).toEqual([1]);
    expect(await assignmentsOfClient(db, 7)).toMatchObject([{ noticeId: 1, note: '下周跟进' }]);
    // The new table works, and the old data keeps taking imports that merge into it.
    await saveSearchIndex(db, { key: 'notices', formatVersion: 1, noticeCount: 3, bytes: new Uint8Array([1, 2]), updatedAt: V1_NOW }, 0);
    expect((await loadSearchIndex(db, 'notices'))?.bytes).toEqual(new Uint8Array([1, 2]));
    const later = await storeBulletin(db, bulletinFile('b.txt', [notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', date: '2018-11-28' })]));
    expect(later.status === 'added' && later.merged.map((m) => m.noticeId)).toEqual([1]);
    db.close();
  },
  3: async () => {
    const old = await openAt(2);
    await old.table('notices').bulkAdd([
      { ...v1Notice(1, '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知', ['山西省财政厅']), province: '山西' },
      { ...v1Notice(2, '北京市关于进一步加强绿色政府采购有关事项的通知', ['北京市财政局']), province: '北京' },
    ]);
    await old.table('noticeBodies').bulkAdd([
      { id: 1, body: ['在我省行政区域内注册的小微企业。'] },
      { id: 2, body: ['优先采购环保产品。'] },
    ]);
    await old.table('clients').add({
      id: 7, name: '北京绿源科技有限公司', region: { province: '北京', city: '北京' }, industry: '节能环保', tags: ['高新技术企业'],
      contactPerson: '王经理', notes: '老客户', createdAt: V1_NOW, updatedAt: V1_NOW,
    });
    await old.table('assignments').add({ id: 1, clientId: 7, noticeId: 2, note: '跟进', relevance: '高', taggedAt: V1_NOW });
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const after = await dumpBefore7(db);
    for (const table of Object.keys(before)) {
      if (table === 'clients') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // Clients get the profile fields, empty; what they had is kept.
    expect(await getClient(db, 7)).toEqual({
      id: 7, name: '北京绿源科技有限公司', region: { province: '北京', city: '北京', district: '' }, industry: '节能环保', tags: ['高新技术企业'],
      size: null, foundedYear: null, keywords: [], contactPerson: '王经理', notes: '老客户', createdAt: V1_NOW, updatedAt: V1_NOW,
    });
    expect((await updateClient(db, 7, { size: '小型', keywords: ['绿色工厂'] })).keywords).toEqual(['绿色工厂']);
    // Old notices have no features yet; the match worker derives them from the bodies, once,
    // as the `reset` the upgrade logged tells it to.
    expect(await getNoticeFeatures(db, [1, 2])).toEqual([undefined, undefined]);
    expect(await catchUpNoticeFeatures(db)).toEqual([1, 2]);
    const [sx] = await getNoticeFeatures(db, [1]);
    // 山西 only: the province's bit, and none other.
    expect(sx?.compiled).toMatchObject({ national: false, provinceLo: 1 << 3, provinceHi: 0 });
    expect(await catchUpNoticeFeatures(db)).toEqual([]);
    // Dismissals work on the old data.
    await dismissSuggestion(db, 7, 1);
    expect((await dismissalsOfClient(db, 7)).map((d) => d.noticeId)).toEqual([1]);
    db.close();
  },
  4: async () => {
    const old = await openAt(3);
    await old.table('notices').bulkAdd([
      { ...v1Notice(1, '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知', ['淮北市经济和信息化委员会']), province: '安徽', docNumber: '淮经信节能〔2018〕77号', docKey: '淮经信节能(2018)77号' },
      { ...v1Notice(2, '关于印发淮北市绿色工厂评价管理暂行办法的通知', ['淮北市经济和信息化局']), province: '安徽', date: '2019-09-04' },
    ]);
    await old.table('noticeBodies').bulkAdd([
      { id: 1, body: ['本办法自印发之日起施行。'] },
      { id: 2, body: ['本办法自印发之日起施行,原《淮北市绿色工厂建设评价和管理办法（试行）》（淮经信节能〔2018〕77号）同时废止。'] },
    ]);
    await old.table('noticeFeatures').add({ id: 1, version: 1, compiled: { national: true } });
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const { noticeRefs, ...after } = tablesOf(await dumpBefore7(db), before, ['noticeRefs']);
    expect(after).toEqual(before);
    expect(noticeRefs).toEqual([]);
    // Old notices have no citations yet: the search worker derives them from the bodies.
    expect(await relationsOf(db, 1, '2026-12-03')).toBeNull();
    expect(await catchUpNoticeRefs(db)).toEqual([1, 2]);
    expect(await catchUpNoticeRefs(db)).toEqual([]);
    const repealed = await relationsOf(db, 1, '2026-12-03');
    expect(repealed?.validity).toMatchObject({ status: 'repealed', endedBy: { id: 2 } });
    expect(repealed?.citedBy).toEqual([{ id: 2, title: '关于印发淮北市绿色工厂评价管理暂行办法的通知', docNumber: null, date: '2019-09-04', relation: 'repeals' }]);
    db.close();
  },
  5: async () => {
    const old = await openAt(4);
    const row = (id: number, fileName: string, format: string, issue: string | null, noticeIds: number[], kind?: string) => ({
      id, publisher: issue ? '北京关键要素科技有限公司' : null, issue, fileName, format, contentHash: `hash-${id}`,
      byteLength: 100 + id, noticeIds, newestNoticeDate: '2018-11-28', importedAt: `2024-05-0${id}T08:00:00.000Z`, ...(kind ? { kind } : {}),
    });
    // One issue imported four times (as the issue's probe found): .txt, .docx without
    // its number, .pdf, GB18030 .txt; another issue; a web page of one of its notices.
    await old.table('bulletins').bulkAdd([
      row(1, '1202.txt', 'txt', '(2018) 1202 期', [1, 2]),
      row(2, '1202.docx', 'docx', null, [1, 2]),
      row(3, '1202.pdf', 'pdf', '(2018) 1202 期', [2, 1]),
      row(4, '0903.txt', 'txt', '(2018) 0903 期', [3]),
      row(5, '1202-gbk.txt', 'txt', '(2018) 1202 期', [1, 2]),
      row(6, 'green.html', 'html', null, [3], 'notice'),
    ]);
    await old.table('notices').bulkAdd([
      { ...v1Notice(1, '北京市关于进一步加强绿色政府采购有关事项的通知', ['北京市财政局']), province: '北京', sourceBulletinIds: [1, 2, 3, 5] },
      { ...v1Notice(2, '关于加强长江经济带工业绿色发展的指导意见', ['工业和信息化部']), province: null, sourceBulletinIds: [1, 2, 3, 5] },
      { ...v1Notice(3, '关于印发《绿色制造标准体系建设指南》的通知', ['工业和信息化部']), province: null, sourceBulletinIds: [4, 6] },
    ]);
    await old.table('noticeBodies').bulkAdd([1, 2, 3].map((id) => ({ id, body: ['正文。'] })));
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const { bulletins, notices, ...after } = tablesOf(await dumpBefore7(db), before);
    const { bulletins: oldBulletins, notices: oldNotices, ...rest } = before;
    expect(after).toEqual(rest);
    // One row per issue: the first file's, with the others as its sources.
    expect((bulletins as { id: number }[]).map((b) => b.id)).toEqual([1, 4, 6]);
    const source = (id: number, fileName: string, format: string) => ({ fileName, format, contentHash: `hash-${id}`, byteLength: 100 + id, importedAt: `2024-05-0${id}T08:00:00.000Z` });
    expect(bulletins?.[0]).toEqual({
      ...(oldBulletins?.[0] as object),
      sources: [source(2, '1202.docx', 'docx'), source(3, '1202.pdf', 'pdf'), source(5, '1202-gbk.txt', 'txt')],
      sourceHashes: ['hash-2', 'hash-3', 'hash-5'],
    });
    expect(bulletins?.slice(1)).toEqual(oldBulletins?.filter((b) => [4, 6].includes((b as { id: number }).id)));
    expect((notices as { sourceBulletinIds: number[] }[]).map((n) => n.sourceBulletinIds)).toEqual([[1], [1], [4, 6]]);
    expect(notices?.map((n) => ({ ...(n as object), sourceBulletinIds: [] }))).toEqual(oldNotices?.map((n) => ({ ...(n as object), sourceBulletinIds: [] })));
    // The folded files' bytes are still recognised; the issue takes a further file of itself.
    expect((await findBulletinByHash(db, 'hash-3'))?.id).toBe(1);
    const pdfAgain = await storeBulletin(db, { ...bulletinFile('1202 (1).pdf', [
      notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', date: '2018-11-28' }),
      notice({ title: '关于加强长江经济带工业绿色发展的指导意见', date: '2018-11-28' }),
    ], 'hash-new'), bulletin: { publisher: null, issue: '(2018) 1202 期' } });
    expect(pdfAgain).toMatchObject({ status: 'same-edition', bulletin: { id: 1 } });
    db.close();
  },
  6: async () => {
    const old = await openAt(5);
    await old.table('clients').add({ id: 1, name: '甲公司', tags: [] });
    await old.table('briefings').add({ id: 1, clientId: 1, title: '政策简报（2026年第12期）', template: 'compact', fileName: 'a.docx', noticeIds: [1], createdAt: '2026-12-01T00:00:00.000Z' });
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const { briefingFiles, ...after } = await dumpBefore7(db);
    expect(after).toEqual(before);
    // Briefings saved before keep no file: the record says so, and the next one keeps its own.
    expect(briefingFiles).toEqual([]);
    expect(await briefingFile(db, 1)).toBeNull();
    const next = await recordBriefing(db, { clientId: 1, title: '政策简报（2026年第2期）', template: 'compact', fileName: 'b.docx', noticeIds: [1], issue: { year: 2026, number: 2 } }, new Uint8Array([1, 2]));
    expect(await briefingFile(db, next.id)).toEqual(new Uint8Array([1, 2]));
    db.close();
  },
  7: async () => {
    const old = await openAt(6);
    const v6Notice = (id: number, title: string, deadline: string | null) => {
      const { body: _body, deadlines: _deadlines, ...fields } = notice({ title, date: '2018-11-28', deadline });
      return { ...fields, id, docKey: null, titleKey: title, titleDateKey: `${title}|2018-11-28`, year: 2018, province: null, sourceBulletinIds: [1], bodyLength: 0, importedAt: V1_NOW, updatedAt: V1_NOW };
    };
    await old.table('bulletins').add({ id: 1, publisher: null, issue: null, fileName: 'a.txt', format: 'txt', contentHash: 'hash-1', byteLength: 1, noticeIds: [1, 2], newestNoticeDate: '2018-11-28', importedAt: V1_NOW });
    await old.table('notices').bulkAdd([v6Notice(1, '关于组织申报绿色工厂的通知', '2018-12-20'), v6Notice(2, '关于印发某办法的通知', null)]);
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    const { notices, originals, ...after } = await dumpLibrary(db);
    const { notices: oldNotices, ...rest } = before;
    expect(after).toEqual(rest);
    // The one deadline a notice had is kept as the applicant's, and found by the new date index.
    expect(notices).toEqual([
      { ...(oldNotices?.[0] as object), deadlines: [{ date: '2018-12-20', party: 'applicant', evidence: '' }], deadlineDates: ['2018-12-20'] },
      { ...(oldNotices?.[1] as object), deadlines: [], deadlineDates: [] },
    ]);
    expect((await db.notices.where('deadlineDates').equals('2018-12-20').primaryKeys())).toEqual([1]);
    // Files imported before keep no original text; a new one keeps its own, and its notices' 需核对 marks are indexed.
    expect(originals).toEqual([]);
    const stored = await storeBulletin(db, { ...bulletinFile('b.txt', [{ ...notice({ title: '（无标题）各有关单位', deadline: '2019-01-05' }), review: ['title'] }], 'hash-b'), original: { text: '各有关单位：…', html: null } });
    expect(stored.status).toBe('added');
    const id = stored.status === 'added' ? stored.bulletin.id : 0;
    expect(await db.originals.get(id)).toEqual({ id, text: '各有关单位：…', html: null });
    expect(await db.notices.where('review').equals('title').count()).toBe(1);
    db.close();
  },
  8: async () => {
    const old = await openAt(7);
    await old.table('bulletins').add({ id: 1, publisher: null, issue: null, fileName: 'a.txt', format: 'txt', contentHash: 'hash-1', byteLength: 1, noticeIds: [1], newestNoticeDate: '2018-11-28', importedAt: V1_NOW });
    const { body: _body, ...fields } = notice({ title: '关于组织申报绿色工厂的通知', date: '2018-11-28' });
    await old.table('notices').add({ ...fields, id: 1, docKey: null, titleKey: fields.title, titleDateKey: `${fields.title}|2018-11-28`, year: 2018, province: null, sourceBulletinIds: [1], bodyLength: 0, importedAt: V1_NOW, updatedAt: V1_NOW, deadlineDates: [] });
    await old.table('noticeBodies').add({ id: 1, body: ['各有关单位：请于12月20日前申报。'] });
    await old.table('clients').add({ id: 1, name: '甲公司', region: { province: '北京', city: '', district: '' }, industry: '', tags: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '', createdAt: V1_NOW, updatedAt: V1_NOW });
    const before = await dumpLibrary(old);

    const db = await upgrade(old);
    expect(await dumpLibrary(db)).toEqual(before);
    // The log starts with one `reset` per table of the consultant's data: every consumer
    // checks everything once, then follows the log.
    const seeded = await logAfter(db, 0);
    expect(seeded.every((row) => row.kind === 'reset' && row.key === null)).toBe(true);
    expect(seeded.map((row) => row.table)).toEqual(expect.arrayContaining(['notices', 'clients', 'assignments', 'bulletins']));
    expect(await db.cursors.count()).toBe(0);
    expect(await catchUpNoticeRefs(db)).toEqual([1]);
    // From now on each write is logged in its own transaction.
    const head = await changeHead(db);
    await updateClient(db, 1, { industry: '节能环保' });
    expect(await logAfter(db, head)).toEqual([{ table: 'clients', key: 1, kind: 'put' }]);
    expect(await catchUpNoticeRefs(db)).toEqual([]);
    db.close();
  },
};

describe('schema upgrades', () => {
  it('every schema version after the first has an upgrade test here', () => {
    expect(Object.keys(upgradeTests).map(Number)).toEqual(SCHEMA_VERSIONS.slice(1).map((v) => v.version));
  });

  for (const [version, test] of Object.entries(upgradeTests)) {
    it(`version ${Number(version) - 1} → ${version} keeps the data and upgrades it`, test);
  }
});
