import '../../../../support/browser-globals.ts';
// One test per schema upgrade: open a database as the older release made it, fill it
// with that release's data, close it, open it with the current code, and check that
// nothing was lost and the new version's additions work on the old data.
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../../../../renderer/data/library/db.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../../renderer/data/library/schema.ts';
import { findNotices, getNotice } from '../../../../../renderer/data/library/notices.ts';
import { tagNotices, tagsOfClient, untagNotices } from '../../../../../renderer/data/library/tags.ts';
import { loadSearchIndex, saveSearchIndex } from '../../../../../renderer/data/library/persisted-index.ts';
import { storeBulletin } from '../../../../../renderer/data/library/store-bulletin.ts';
import { findBulletinByHash } from '../../../../../renderer/data/library/bulletins.ts';
import { briefingFile, recordBriefing } from '../../../../../renderer/data/library/briefings.ts';
import { bulletinFile, dumpLibrary, logAfter, notice } from '../../../../support/library-helpers.ts';
import { changeHead, readChanges } from '../../../../../renderer/data/library/change-log.ts';
import { clientProfile } from '../../../../../renderer/data/match/library-reader.ts';
import { compileProfile } from '../../../../../shared/match/profile.ts';
import { industryIndex, kindIndex } from '../../../../../shared/match/compiled-notice.ts';
import type { Client } from '../../../../../shared/model/library.ts';
import { dismissSuggestion, dismissalsOfClient } from '../../../../../renderer/data/library/dismissals.ts';
import { catchUpNoticeFeatures, getNoticeFeatures } from '../../../../../renderer/data/library/notice-features.ts';
import { getClient, updateClient } from '../../../../../renderer/data/library/clients.ts';
import { bulletinIdFor, noticeIdFor, type ClientId, type NoticeId } from '../../../../../shared/model/ids.ts';
import { catchUpNoticeRelations, relationsOf } from '../../../../../renderer/data/library/notice-relations.ts';
import { RELATIONS_VERSION, deriveRelations } from '../../../../../shared/relations/index.ts';

let counter = 0;

/** A database made by the code of `version` (only the versions up to it declared). */
async function openAt(version: number): Promise<LibraryDb> {
  counter += 1;
  const db = new LibraryDb(`upgrade-${version}-${process.pid}-${counter}`, version);
  await db.open();
  expect(db.verno).toBe(version);
  return db;
}

/**
 * Closes `old` and opens the same database with the code up to `to` (running the upgrades):
 * each test checks its version's step at that version, with the data's numbers as they
 * were, then upgrades on to the current schema (global ids, versions 9 and 10) and checks
 * that the step's additions still work there.
 */
async function upgrade(old: LibraryDb, to: number = CURRENT_SCHEMA_VERSION): Promise<LibraryDb> {
  old.close();
  const db = new LibraryDb(old.name, to);
  await db.open();
  expect(db.verno).toBe(to);
  return db;
}

/** A notice's global id after the upgrade, found by its title. */
async function noticeIdOf(db: LibraryDb, title: string): Promise<NoticeId> {
  const found = await db.notices.filter((n) => n.title === title).first();
  if (!found) throw new Error(`no notice ${title}`);
  return found.id;
}

/** A client's global id after the upgrade, found by its name. */
async function clientIdOf(db: LibraryDb, name: string): Promise<ClientId> {
  const found = await db.clients.where('name').equals(name).first();
  if (!found) throw new Error(`no client ${name}`);
  return found.id;
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

    const mid = await upgrade(old, 2);
    const after = await dumpBefore7(mid);
    // Every v1 row is still there, unchanged except for the new field.
    for (const table of Object.keys(before)) {
      if (table === 'notices' || table === 'clients') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.clients).toEqual(before.clients);
    const upgraded = after.notices as { province?: unknown }[];
    expect(upgraded.every((n) => 'province' in n)).toBe(true);
    expect(upgraded.map(({ province: _province, ...rest }) => rest)).toEqual(before.notices);
    // The province is derived for old notices and served by the new index.
    expect(((await mid.table('notices').get(2)) as { province?: string }).province).toBe('山西');
    const db = await upgrade(mid);
    const beijing = await noticeIdOf(db, '北京市关于进一步加强绿色政府采购有关事项的通知');
    expect((await getNotice(db, beijing))?.province).toBe('北京');
    expect((await getNotice(db, await noticeIdOf(db, '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知')))?.province).toBe('山西');
    expect((await getNotice(db, await noticeIdOf(db, '关于加强长江经济带工业绿色发展的指导意见')))?.province).toBeNull();
    expect((await findNotices(db, { province: '北京' })).map((n) => n.id)).toEqual([beijing]);
    // Clients as they were, plus the empty profile fields of version 3 (their tags are qualifications since version 11).
    const { tags, ...oldClient } = before.clients?.[0] as { region: object; tags: string[] };
    expect(await db.clients.toArray()).toEqual([{ ...oldClient, qualifications: tags, id: await clientIdOf(db, '北京绿源科技有限公司'), size: null, foundedYear: null, keywords: [], region: { ...oldClient.region, district: '' } }]);
    expect(await tagsOfClient(db, await clientIdOf(db, '北京绿源科技有限公司'))).toMatchObject([{ noticeId: beijing, note: '下周跟进', relevance: 'high' }]);
    // The new table works, and the old data keeps taking imports that merge into it.
    await saveSearchIndex(db, { key: 'notices', formatVersion: 1, noticeCount: 3, bytes: new Uint8Array([1, 2]), updatedAt: V1_NOW }, 0);
    expect((await loadSearchIndex(db, 'notices'))?.bytes).toEqual(new Uint8Array([1, 2]));
    const later = await storeBulletin(db, bulletinFile('b.txt', [notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', date: '2018-11-28' })]));
    expect(later.status === 'added' && later.merged.map((m) => m.noticeId)).toEqual([beijing]);
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

    const mid = await upgrade(old, 3);
    const after = await dumpBefore7(mid);
    for (const table of Object.keys(before)) {
      if (table === 'clients') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    expect(await mid.table('clients').get(7)).toMatchObject({ id: 7, size: null, foundedYear: null, keywords: [] });
    const db = await upgrade(mid);
    const client = await clientIdOf(db, '北京绿源科技有限公司');
    const shanxi = await noticeIdOf(db, '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知');
    const beijing = await noticeIdOf(db, '北京市关于进一步加强绿色政府采购有关事项的通知');
    // Clients get the profile fields, empty; what they had is kept.
    expect(await getClient(db, client)).toEqual({
      id: client, name: '北京绿源科技有限公司', region: { province: '北京', city: '北京', district: '' }, industry: '节能环保', qualifications: ['高新技术企业'],
      size: null, foundedYear: null, keywords: [], contactPerson: '王经理', notes: '老客户', createdAt: V1_NOW, updatedAt: V1_NOW,
    });
    expect((await updateClient(db, client, { size: 'small', keywords: ['绿色工厂'] })).keywords).toEqual(['绿色工厂']);
    // Old notices have no features yet; the match worker derives them from the bodies, once,
    // as the `reset` the upgrade logged tells it to.
    expect(await getNoticeFeatures(db, [shanxi, beijing])).toEqual([undefined, undefined]);
    expect((await catchUpNoticeFeatures(db)).sort()).toEqual([shanxi, beijing].sort());
    const [sx] = await getNoticeFeatures(db, [shanxi]);
    // 山西 only: the province's bit, and none other.
    expect(sx?.compiled).toMatchObject({ national: false, provinceLo: 1 << 3, provinceHi: 0 });
    expect(await catchUpNoticeFeatures(db)).toEqual([]);
    // Dismissals work on the old data.
    await dismissSuggestion(db, client, shanxi);
    expect((await dismissalsOfClient(db, client)).map((d) => d.noticeId)).toEqual([shanxi]);
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

    const mid = await upgrade(old, 4);
    // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
    const { noticeRefs, ...after } = tablesOf(await dumpBefore7(mid), before, ['noticeRefs']);
    expect(after).toEqual(before);
    // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
    expect(noticeRefs).toEqual([]);
    const db = await upgrade(mid);
    const trial = await noticeIdOf(db, '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知');
    const later = await noticeIdOf(db, '关于印发淮北市绿色工厂评价管理暂行办法的通知');
    // Old notices have no citations yet: the search worker derives them from the bodies.
    expect(await relationsOf(db, trial, '2026-12-03')).toBeNull();
    expect((await catchUpNoticeRelations(db)).sort()).toEqual([trial, later].sort());
    expect(await catchUpNoticeRelations(db)).toEqual([]);
    const repealed = await relationsOf(db, trial, '2026-12-03');
    expect(repealed?.validity).toMatchObject({ status: 'repealed', endedBy: { id: later } });
    expect(repealed?.citedBy).toEqual([{ id: later, title: '关于印发淮北市绿色工厂评价管理暂行办法的通知', docNumber: null, date: '2019-09-04', relation: 'repeals' }]);
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

    const mid = await upgrade(old, 5);
    const { bulletins, notices, ...after } = tablesOf(await dumpBefore7(mid), before);
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
    const db = await upgrade(mid);
    expect((await findBulletinByHash(db, 'hash-3'))?.id).toBe(bulletinIdFor('hash-1'));
    const pdfAgain = await storeBulletin(db, { ...bulletinFile('1202 (1).pdf', [
      notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', date: '2018-11-28' }),
      notice({ title: '关于加强长江经济带工业绿色发展的指导意见', date: '2018-11-28' }),
    ], 'hash-new'), bulletin: { publisher: null, issue: '(2018) 1202 期' } });
    expect(pdfAgain).toMatchObject({ status: 'same-bulletin', bulletin: { id: bulletinIdFor('hash-1') } });
    db.close();
  },
  6: async () => {
    const old = await openAt(5);
    await old.table('clients').add({ id: 1, name: '甲公司', tags: [] });
    await old.table('briefings').add({ id: 1, clientId: 1, title: '政策简报（2026年第12期）', template: 'compact', fileName: 'a.docx', noticeIds: [1], createdAt: '2026-12-01T00:00:00.000Z' });
    const before = await dumpLibrary(old);

    const mid = await upgrade(old, 6);
    const { briefingFiles, ...after } = await dumpBefore7(mid);
    expect(after).toEqual(before);
    // Briefings saved before keep no file: the record says so, and the next one keeps its own.
    expect(briefingFiles).toEqual([]);
    const db = await upgrade(mid);
    const [saved] = await db.briefings.toArray();
    expect(saved).toMatchObject({ title: '政策简报（2026年第12期）', clientId: await clientIdOf(db, '甲公司') });
    expect(await briefingFile(db, saved?.id ?? '')).toBeNull();
    const next = await recordBriefing(db, { clientId: await clientIdOf(db, '甲公司'), title: '政策简报（2026年第2期）', template: 'compact', fileName: 'b.docx', noticeIds: [], issue: { year: 2026, number: 2 } }, new Uint8Array([1, 2]));
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

    const mid = await upgrade(old, 7);
    const { notices, originals, ...after } = await dumpLibrary(mid);
    const { notices: oldNotices, ...rest } = before;
    expect(after).toEqual(rest);
    // The one deadline a notice had is kept as the applicant's, and found by the new date index.
    expect(notices).toEqual([
      { ...(oldNotices?.[0] as object), deadlines: [{ date: '2018-12-20', party: 'applicant', evidence: '' }], deadlineDates: ['2018-12-20'] },
      { ...(oldNotices?.[1] as object), deadlines: [], deadlineDates: [] },
    ]);
    expect(await mid.table('notices').where('deadlineDates').equals('2018-12-20').primaryKeys()).toEqual([1]);
    // Files imported before keep no original text; a new one keeps its own, and its notices' 需核对 marks are indexed.
    expect(originals).toEqual([]);
    const db = await upgrade(mid);
    expect(await db.notices.where('deadlineDates').equals('2018-12-20').primaryKeys()).toEqual([await noticeIdOf(db, '关于组织申报绿色工厂的通知')]);
    const stored = await storeBulletin(db, { ...bulletinFile('b.txt', [{ ...notice({ title: '（无标题）各有关单位', deadline: '2019-01-05' }), review: ['title'] }], 'hash-b'), original: { text: '各有关单位：…', html: null } });
    expect(stored.status).toBe('added');
    const id = stored.status === 'added' ? stored.bulletin.id : '';
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

    const mid = await upgrade(old, 8);
    expect(await dumpLibrary(mid)).toEqual(before);
    // The log starts with one `reset` per table of the consultant's data: every consumer
    // checks everything once, then follows the log.
    const seeded = await mid.table('changes').toArray();
    expect(seeded.every((row: { kind: string; key: unknown }) => row.kind === 'reset' && row.key === null)).toBe(true);
    expect(seeded.map((row: { table: string }) => row.table)).toEqual(expect.arrayContaining(['notices', 'clients', 'assignments', 'bulletins']));
    expect(await mid.table('cursors').count()).toBe(0);
    const db = await upgrade(mid);
    expect(await catchUpNoticeRelations(db)).toEqual([await noticeIdOf(db, '关于组织申报绿色工厂的通知')]);
    // From now on each write is logged in its own transaction.
    const head = await changeHead(db);
    const client = await clientIdOf(db, '甲公司');
    await updateClient(db, client, { industry: '节能环保' });
    expect(await logAfter(db, head)).toEqual([{ table: 'clients', keys: [client], kind: 'put' }]);
    expect(await catchUpNoticeRelations(db)).toEqual([]);
    db.close();
  },
  9: async () => {
    const old = await fillV8();
    const before = await dumpLibrary(old);
    const db = await upgrade(old, 9);
    // The numbered tables are gone; their rows wait, rewritten, in holding tables.
    expect(db.tables.map((t) => t.name)).not.toContain('notices');
    const held = async (table: string) => (await db.table(`globalIds_${table}`).toArray()) as Record<string, unknown>[];
    const notices = await held('notices');
    const [green, spare, law] = ['关于组织申报绿色工厂的通知', '关于组织申报绿色工厂的通知（重印）', '关于印发某办法的通知'].map((title) => notices.find((n) => n['title'] === title));
    // A notice's id comes from its 文号, else its title and date; the same keys twice get `-2`.
    expect(green?.['id']).toBe(noticeIdFor({ docKey: null, titleDateKey: '关于组织申报绿色工厂的通知|2018-11-28' }));
    expect(law?.['id']).toBe(noticeIdFor({ docKey: '工信部节(2018)1号', titleDateKey: 'x' }));
    expect(spare?.['id']).toBe(`${String(green?.['id'])}-2`);
    expect(green?.['sourceBulletinIds']).toEqual([bulletinIdFor('hash-1')]);
    // Every other field of every notice is as it was.
    const strip = (rows: unknown[]) =>
      rows.map((row) => ({ ...(row as object), id: null, sourceBulletinIds: null })).sort((a, b) => String((a as unknown as { title: string }).title).localeCompare(String((b as unknown as { title: string }).title)));
    expect(strip(notices)).toEqual(strip(before.notices ?? []));
    const [bulletin] = await held('bulletins');
    expect(bulletin).toEqual({ ...(before.bulletins?.[0] as object), id: bulletinIdFor('hash-1'), noticeIds: [green?.['id'], law?.['id'], spare?.['id']] });
    const [client] = await held('clients');
    expect(client?.['id']).toMatch(/^c-[0-9a-f]{32}$/);
    const [tag] = await held('assignments');
    // The tag follows both ends, and its relevance is the ASCII code now.
    expect(tag).toMatchObject({ clientId: client?.['id'], noticeId: law?.['id'], note: '下周跟进', relevance: 'high' });
    expect(tag?.['id']).toMatch(/^t-[0-9a-f]{32}$/);
    expect(await held('dismissals')).toMatchObject([{ clientId: client?.['id'], noticeId: green?.['id'] }]);
    const [briefing] = await held('briefings');
    expect(briefing).toMatchObject({ clientId: client?.['id'], noticeIds: [law?.['id']] });
    // Tables keyed by another record's id are re-keyed where they are.
    expect(await db.table('noticeBodies').toArray()).toEqual(expect.arrayContaining([{ id: law?.['id'], body: ['工信部节〔2018〕1号'] }]));
    expect(await db.table('noticeBodies').count()).toBe(3);
    expect(await db.table('originals').toArray()).toEqual([{ id: bulletinIdFor('hash-1'), text: '原文', html: null }]);
    expect(await db.table('briefingFiles').toArray()).toEqual([{ id: briefing?.['id'], bytes: new Uint8Array([1, 2]) }]);
    // A saved search's client filter names the client by its new id.
    const saved = (await db.table('settings').get('savedSearches')) as { value: { filters: { clientIds: unknown } }[] };
    expect(saved.value[0]?.filters.clientIds).toEqual([client?.['id']]);
    // Derived tables and the log start over.
    expect(await db.table('noticeFeatures').count()).toBe(0);
    expect(await db.table('changes').count()).toBe(0);
    db.close();
  },
  10: async () => {
    const old = await fillV8();
    const before = await dumpLibrary(old);
    const mid = await upgrade(old, 9);
    const held = await mid.table('globalIds_notices').toArray();
    const at10 = await upgrade(mid, 10);
    expect(at10.tables.map((t) => t.name).filter((name) => name.startsWith('globalIds_'))).toEqual([]);
    // Every row is back, keyed by its string id, and served by the indexes.
    const after = await dumpLibrary(at10);
    for (const table of ['bulletins', 'notices', 'noticeBodies', 'clients', 'dismissals', 'briefings', 'briefingFiles', 'originals', 'settings']) {
      expect(after[table]?.length, table).toBe(before[table]?.length);
    }
    // The tag of a notice no longer there is the one row not carried over (in the table
    // tags had until version 12).
    // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
    expect(after.assignments).toHaveLength(1);
    expect(await at10.notices.toArray()).toEqual(expect.arrayContaining(held));
    expect((await findNotices(at10, { bulletinId: bulletinIdFor('hash-1') })).length).toBe(3);
    // Every consumer of the log starts over, from one `reset` per table.
    const log = await logAfter(at10, 0);
    expect(log.every((row) => row.kind === 'reset')).toBe(true);
    const db = await upgrade(at10);
    const law = await noticeIdOf(db, '关于印发某办法的通知');
    const client = await clientIdOf(db, '甲公司');
    expect(await tagsOfClient(db, client)).toMatchObject([{ noticeId: law, relevance: 'high' }]);
    expect(await catchUpNoticeRelations(db)).toHaveLength(3);
    // New writes get global ids: a client made now, a tag on an old notice.
    await dismissSuggestion(db, client, law);
    expect((await dismissalsOfClient(db, client)).map((d) => d.noticeId).sort()).toEqual([law, await noticeIdOf(db, '关于组织申报绿色工厂的通知')].sort());
    // The same notice imported again (as on another machine) is the same notice.
    const again = await storeBulletin(db, bulletinFile('again.txt', [notice({ title: '关于印发某办法的通知', docNumber: '工信部节〔2018〕1号', date: '2018-12-01' })], 'hash-again'));
    expect(again.status === 'added' && again.merged.map((m) => m.noticeId)).toEqual([law]);
    db.close();
  },
  11: async () => {
    const old = await openAt(10);
    const row = (id: string, name: string, fields: Record<string, unknown>) => ({
      id, name, region: { province: '北京', city: '', district: '' }, industry: '节能环保', foundedYear: null, keywords: ['绿色工厂'], contactPerson: '', notes: '', createdAt: V1_NOW, updatedAt: V1_NOW, ...fields,
    });
    const green = 'c-00000000000000000000000000000001';
    const small = 'c-00000000000000000000000000000002';
    const none = 'c-00000000000000000000000000000003';
    await old.table('clients').bulkAdd([
      row(green, '北京绿源科技有限公司', { tags: ['高新技术企业', '瞪羚企业'], size: '小型' }),
      row(small, '太原晋兴小微制造有限公司', { tags: ['小微企业'], size: '微型' }),
      // A size the form never offered, and no tags at all (hand-made rows): no size, nothing held.
      row(none, '甲公司', { size: '特大型' }),
    ]);
    await old.table('notices').add({ ...v1Notice(1, '关于组织申报绿色工厂的通知', []), id: 'n-0000000000000001', sourceBulletinIds: [], province: null, deadlineDates: [] });
    const head = await changeHead(old);
    const before = await dumpLibrary(old);

    const db = await upgrade(old, 11);
    const after = await dumpLibrary(db);
    // Only the clients change: their size is its code, their tags are qualifications.
    for (const table of Object.keys(before)) if (table !== 'clients' && table !== 'changes') expect(after[table], table).toEqual(before[table]);
    const { tags: _tags, size: _size, ...greenBefore } = before.clients?.[0] as Record<string, unknown>;
    expect(await db.clients.get(green)).toEqual({ ...greenBefore, qualifications: ['高新技术企业', '瞪羚企业'], size: 'small' });
    expect(await db.clients.get(small)).toMatchObject({ qualifications: ['小微企业'], size: 'micro' });
    expect(await db.clients.get(none)).toMatchObject({ qualifications: [], size: null });
    for (const client of await db.clients.toArray()) expect(client).not.toHaveProperty('tags');
    // Served by the new index.
    expect(await db.clients.where('qualifications').equals('瞪羚企业').primaryKeys()).toEqual([green]);
    // The log tells every consumer to load the clients again.
    expect(await logAfter(db, head)).toEqual([{ table: 'clients', keys: [], kind: 'reset' }]);
    const batch = await readChanges(db, head);
    expect(batch).toMatchObject({ reset: false, noticeIds: [], tables: new Set(['clients']) });
    // Matching reads the upgraded client as before: the size, and 高新技术企业 as its code.
    const profile = compileProfile(clientProfile((await getClient(db, green)) as Client).profile, kindIndex, industryIndex);
    expect(profile).toMatchObject({ size: 'small', kinds: [{ kind: 'high-tech', qualification: '高新技术企业' }], industries: ['energy-saving'] });
    // The form's clients keep working: an edit keeps the codes.
    expect(await updateClient(db, green, { notes: '改备注' })).toMatchObject({ qualifications: ['高新技术企业', '瞪羚企业'], size: 'small', notes: '改备注' });
    db.close();
  },
  12: async () => {
    const old = await openAt(11);
    const trialTitle = '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知';
    const laterTitle = '关于印发淮北市绿色工厂评价管理暂行办法的通知';
    const stored = await storeBulletin(old, bulletinFile('huaibei.txt', [
      notice({ title: trialTitle, docNumber: '淮经信节能〔2018〕77号', date: '2018-06-01', body: ['本办法自印发之日起施行。'] }),
      notice({ title: laterTitle, date: '2019-09-04', body: ['本办法自印发之日起施行,原《淮北市绿色工厂建设评价和管理办法（试行）》（淮经信节能〔2018〕77号）同时废止。'] }),
    ]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [trial = '', later = ''] = stored.addedNoticeIds;
    await old.table('clients').add({ id: 'c-1', name: '甲公司', region: { province: '安徽', city: '', district: '' }, industry: '', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '', createdAt: V1_NOW, updatedAt: V1_NOW });
    const beforeTags = await changeHead(old);
    // Tags as version 10 kept them, and the log rows it wrote for them (today's code logs
    // that table under its new name only, so they are written by hand here).
    const tagRows = [
      { id: 'a-1', clientId: 'c-1', noticeId: trial, note: '跟进', relevance: 'high', taggedAt: V1_NOW },
      { id: 'a-2', clientId: 'c-1', noticeId: later, note: '', relevance: 'low', taggedAt: V1_NOW },
    ];
    await old.table('assignments').bulkAdd(tagRows);
    await old.table('changes').bulkAdd([
      { table: 'assignments', key: 'a-1', kind: 'put' },
      { table: 'assignments', key: 'a-2', kind: 'put' },
      { table: 'assignments', key: 'a-3', kind: 'delete' },
    ]);
    // The relations as version 10 kept them (under `refs`), and their consumer caught up
    // with the log at the current extractor's version: were the table merely renamed,
    // nothing would compute them again.
    await old.table('noticeRefs').bulkAdd((await old.notices.toArray()).map((n) => ({
      // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
      id: n.id, version: RELATIONS_VERSION, title: n.title, docNumber: n.docNumber, date: n.date, province: n.province, refs: deriveRelations({ ...n, body: [] }), citedKeys: [],
    })));
    const head = await changeHead(old);
    await old.cursors.bulkPut([{ consumer: 'noticeRefs', seq: head, version: RELATIONS_VERSION }, { consumer: 'searchIndex', seq: beforeTags }]);
    const before = await dumpLibrary(old);
    const logBefore = await old.changes.toArray();

    const db = await upgrade(old);
    const names = db.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['tags', 'noticeRelations']));
    expect(names).not.toContain('assignments');
    expect(names).not.toContain('noticeRefs');
    // The tags moved as they were, ids included; the other data is untouched.
    const after = await dumpLibrary(db);
    expect(after.tags).toEqual(tagRows);
    for (const table of ['bulletins', 'notices', 'noticeBodies']) expect(after[table], table).toEqual(before[table]);
    // The log names tags where it named assignments: the same rows, sequences and keys.
    const log = (await db.changes.toArray()).filter((row) => row.seq <= head);
    expect(log).toEqual(logBefore.map((row) => (row.table === ('assignments' as string) ? { ...row, table: 'tags' } : row)));
    expect(log.filter((row) => row.table === 'tags')).toHaveLength(3);
    // A consumer behind those rows (here the search index) reads them as tags, and reloads clients.
    const batch = await readChanges(db, beforeTags);
    expect([...(batch?.tables ?? [])]).toEqual(['tags']);
    expect(await db.cursors.get('searchIndex')).toEqual({ consumer: 'searchIndex', seq: beforeTags });
    // The relations start empty and are computed again: the old consumer's cursor is gone,
    // the new one has none, so every notice's record is derived once.
    expect(after.noticeRelations).toEqual([]);
    expect(await db.cursors.get('noticeRefs')).toBeUndefined();
    expect(await relationsOf(db, trial, '2026-12-03')).toBeNull();
    expect((await catchUpNoticeRelations(db)).sort()).toEqual([trial, later].sort());
    expect(await catchUpNoticeRelations(db)).toEqual([]);
    const repealed = await relationsOf(db, trial, '2026-12-03');
    expect(repealed?.validity).toMatchObject({ status: 'repealed', endedBy: { id: later } });
    expect(repealed?.citedBy).toMatchObject([{ id: later, relation: 'repeals' }]);
    // The tags work as tags: one per client and notice, new ones with `t-` ids, logged as tags.
    expect((await tagsOfClient(db, 'c-1')).map((t) => t.id).sort()).toEqual(['a-1', 'a-2']);
    expect((await tagNotices(db, { clientIds: ['c-1'], noticeIds: [trial, later] })).map((t) => t.id).sort()).toEqual(['a-1', 'a-2']);
    const from = await changeHead(db);
    expect(await untagNotices(db, 'c-1', [later])).toBe(1);
    const [again] = await tagNotices(db, { clientIds: ['c-1'], noticeIds: [later], relevance: 'high' });
    expect(again?.id).toMatch(/^t-[0-9a-f]{32}$/);
    expect(await logAfter(db, from)).toEqual([{ table: 'tags', keys: ['a-2'], kind: 'delete' }, { table: 'tags', keys: [again?.id], kind: 'put' }]);
    db.close();
  },
  13: async () => {
    const old = await openAt(12);
    await old.table('clients').add({ id: 'c-1', name: '甲公司', region: { province: '北京', city: '', district: '' }, industry: '', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '', createdAt: V1_NOW, updatedAt: V1_NOW });
    const stored = await storeBulletin(old, bulletinFile('a.txt', [notice({ title: '关于组织申报绿色工厂的通知' }), notice({ title: '关于印发某办法的通知' }), notice({ title: '关于开展某评价的通知' })]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [adopted = '', written = '', added = ''] = stored.addedNoticeIds;
    await old.table('tags').bulkAdd([
      // What 采纳 wrote before: the reasons as the note.
      { id: 't-1', clientId: 'c-1', noticeId: adopted, note: '推荐理由：地区：北京市；行业：节能环保', relevance: 'high', taggedAt: V1_NOW },
      // The consultant's own note, and one where the consultant wrote under the reasons.
      { id: 't-2', clientId: 'c-1', noticeId: written, note: '下周跟进', relevance: 'medium', taggedAt: V1_NOW },
      { id: 't-3', clientId: 'c-1', noticeId: added, note: '推荐理由：地区：北京市\n客户已确认要申报', relevance: 'low', taggedAt: V1_NOW },
    ]);
    const before = await dumpLibrary(old);

    const db = await upgrade(old, 13);
    expect(await db.tags.get('t-1')).toEqual({ id: 't-1', clientId: 'c-1', noticeId: adopted, note: '', reasons: ['地区：北京市', '行业：节能环保'], relevance: 'high', taggedAt: V1_NOW });
    expect(await db.tags.get('t-2')).toEqual(before.tags?.[1]);
    expect(await db.tags.get('t-3')).toEqual(before.tags?.[2]);
    // Nothing else changes.
    const after = await dumpLibrary(db);
    for (const table of Object.keys(before)) if (table !== 'tags' && table !== 'changes') expect(after[table], table).toEqual(before[table]);
    db.close();
  },
};

/** A version-8 library: numbered rows of every table that holds ids, two notices with the same keys. */
async function fillV8(): Promise<LibraryDb> {
  const old = await openAt(8);
  const v8Notice = (id: number, title: string, keys: { docNumber?: string; docKey?: string | null; titleDateKey: string }) => {
    const { body: _body, ...fields } = notice({ title, date: '2018-11-28', ...(keys.docNumber ? { docNumber: keys.docNumber } : {}) });
    return { ...fields, id, docKey: keys.docKey ?? null, titleKey: title, titleDateKey: keys.titleDateKey, year: 2018, province: null, sourceBulletinIds: [1], bodyLength: 0, importedAt: V1_NOW, updatedAt: V1_NOW, deadlineDates: [] };
  };
  await old.table('bulletins').add({ id: 1, publisher: null, issue: null, fileName: 'a.txt', format: 'txt', contentHash: 'hash-1', byteLength: 1, noticeIds: [1, 2, 3], newestNoticeDate: '2018-11-28', importedAt: V1_NOW });
  await old.table('notices').bulkAdd([
    v8Notice(1, '关于组织申报绿色工厂的通知', { titleDateKey: '关于组织申报绿色工厂的通知|2018-11-28' }),
    v8Notice(2, '关于印发某办法的通知', { docNumber: '工信部节〔2018〕1号', docKey: '工信部节(2018)1号', titleDateKey: 'x' }),
    // Another row with the first one's keys (a library may hold two): it gets `-2`.
    v8Notice(3, '关于组织申报绿色工厂的通知（重印）', { titleDateKey: '关于组织申报绿色工厂的通知|2018-11-28' }),
  ]);
  await old.table('noticeBodies').bulkAdd([{ id: 1, body: ['正文'] }, { id: 2, body: ['工信部节〔2018〕1号'] }, { id: 3, body: [] }]);
  await old.table('originals').add({ id: 1, text: '原文', html: null });
  await old.table('clients').add({ id: 7, name: '甲公司', region: { province: '北京', city: '', district: '' }, industry: '', tags: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '', createdAt: V1_NOW, updatedAt: V1_NOW });
  await old.table('assignments').add({ id: 1, clientId: 7, noticeId: 2, note: '下周跟进', relevance: '高', taggedAt: V1_NOW });
  // A tag whose notice is gone pointed at nothing: it is not carried over.
  await old.table('assignments').add({ id: 2, clientId: 7, noticeId: 99, note: '', relevance: '低', taggedAt: V1_NOW });
  await old.table('dismissals').add({ id: 1, clientId: 7, noticeId: 1, dismissedAt: V1_NOW });
  await old.table('briefings').add({ id: 4, clientId: 7, title: '政策简报', template: 'compact', fileName: 'a.docx', noticeIds: [2], createdAt: V1_NOW });
  await old.table('briefingFiles').add({ id: 4, bytes: new Uint8Array([1, 2]) });
  await old.table('settings').put({ key: 'savedSearches', value: [{ name: '甲', query: '绿色', filters: { clientIds: [7] }, savedAt: V1_NOW }] });
  await old.table('noticeFeatures').add({ id: 1, version: 1, compiled: { national: true } });
  return old;
}

describe('schema upgrades', () => {
  it('every schema version after the first has an upgrade test here', () => {
    expect(Object.keys(upgradeTests).map(Number)).toEqual(SCHEMA_VERSIONS.slice(1).map((v) => v.version));
  });

  for (const [version, test] of Object.entries(upgradeTests)) {
    // Numbers may skip (versions made on parallel branches): the one before is the list's.
    const previous = SCHEMA_VERSIONS.filter((v) => v.version < Number(version)).at(-1)?.version;
    it(`version ${previous} → ${version} keeps the data and upgrades it`, test);
  }
});
