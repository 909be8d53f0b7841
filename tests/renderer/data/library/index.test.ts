import '../../../support/browser-globals.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import {
  tagsOfClient,
  tagsOfNotices,
  briefingFile,
  briefingsOfClient,
  briefingsWithFiles,
  createClient,
  deleteBulletin,
  deleteClient,
  findNotices,
  findNoticesByDocNumber,
  getNotice,
  getNoticeSummaries,
  getProfile,
  listBulletins,
  listClients,
  listNoticeSummaries,
  nextIssue,
  noticesOfBulletin,
  deadlineEntries,
  noticesWithDeadline,
  previewBulletinDeletion,
  recordBriefing,
  requestPersistentStorage,
  saveProfile,
  sentNoticeIds,
  storeBulletin,
  streamNotices,
  tagNotices,
  uniqueFileName,
  untagNotices,
  updateTag,
  updateClient,
  changeHead,
} from '../../../../renderer/data/library/index.ts';
import { GREEN, LICENCE, PROCUREMENT, bulletinFile, freshLibrary, logAfter, notice } from '../../../support/library-helpers.ts';
import { countBulletins } from '../../../../renderer/data/library/bulletins.ts';
import { messageOf } from '../../../../renderer/core/error-text.ts';
import type { CompanySize } from '../../../../shared/match/vocabulary.ts';
/** What the UI shows for the error a call fails with ('' when it does not fail). */
const wordsOf = (call: Promise<unknown>): Promise<string> => call.then(() => '', (error: unknown) => messageOf(error));


let db: LibraryDb;
afterEach(() => db?.close());

const client = (name: string) => ({
  name,
  region: { province: '北京', city: '北京', district: '' },
  industry: '制造业',
  qualifications: ['专精特新', ' 专精特新 ', ''],
  size: null as CompanySize | null,
  foundedYear: null,
  keywords: [],
  contactPerson: '李四',
  notes: '',
});

async function added(file: Parameters<typeof storeBulletin>[1]) {
  const outcome = await storeBulletin(db, file);
  if (outcome.status !== 'added') throw new Error('not added');
  return outcome;
}

describe('notices', () => {
  it('lists, finds by any printing of a 文号, filters by indexes and streams with bodies', async () => {
    db = await freshLibrary();
    const a = await added(bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    await added(bulletinFile('b.txt', [LICENCE]));
    expect((await listNoticeSummaries(db)).map((n) => n.title)).toEqual([LICENCE.title, PROCUREMENT.title, GREEN.title]);
    expect((await findNoticesByDocNumber(db, '工信部联节 [2017] 178 号')).map((n) => n.title)).toEqual([GREEN.title]);
    expect((await findNotices(db, { province: '北京' })).map((n) => n.title)).toEqual([PROCUREMENT.title]);
    expect((await findNotices(db, { agency: '工业和信息化部', year: 2017 })).map((n) => n.title)).toEqual([GREEN.title]);
    expect((await findNotices(db, { category: '绿色制造', bulletinId: a.bulletin.id })).length).toBe(2);
    expect((await noticesOfBulletin(db, a.bulletin.id)).map((n) => n.title)).toEqual([GREEN.title, PROCUREMENT.title]);
    expect((await noticesWithDeadline(db, { from: '2019-01-01' })).map((n) => n.title)).toEqual([PROCUREMENT.title]);
    expect(await noticesWithDeadline(db, { from: '2019-01-09' })).toEqual([]);

    const pages: number[] = [];
    const titles: string[] = [];
    for await (const page of streamNotices(db, 2)) {
      pages.push(page.length);
      for (const n of page) {
        expect(n.body).toEqual([`${n.title}的正文。`]);
        titles.push(n.title);
      }
    }
    expect(pages).toEqual([2, 1]);
    expect(titles.sort()).toEqual([GREEN.title, PROCUREMENT.title, LICENCE.title].sort());
  });


  it('finds each deadline through the deadlineDates index: the district\'s after the applicant\'s has passed, one entry per deadline', async () => {
    db = await freshLibrary();
    const twoLevels = notice({
      title: '两级申报',
      deadline: '2019-01-08',
      deadlines: [
        { date: '2019-01-08', party: 'applicant', evidence: '' },
        { date: '2019-01-10', party: 'authority', evidence: '' },
      ],
    });
    const batches = notice({
      title: '分批申报',
      deadline: '2018-12-01',
      deadlines: [
        { date: '2018-12-01', party: 'applicant', evidence: '' },
        { date: '2019-01-10', party: 'applicant', evidence: '' },
        { date: '2019-02-01', party: 'applicant', evidence: '' },
      ],
    });
    const { bulletin } = await added(bulletinFile('a.txt', [twoLevels, batches, LICENCE]));
    const entries = (from: string, to?: string) =>
      deadlineEntries(db, { from, ...(to ? { to } : {}) }).then((found) => found.map((e) => [e.notice.title, e.deadline.date, e.deadline.party]));
    expect(await entries('2019-01-01')).toEqual([
      ['两级申报', '2019-01-08', 'applicant'],
      ['分批申报', '2019-01-10', 'applicant'],
      ['两级申报', '2019-01-10', 'authority'],
      ['分批申报', '2019-02-01', 'applicant'],
    ]);
    expect(await entries('2019-01-09', '2019-01-31')).toEqual([
      ['分批申报', '2019-01-10', 'applicant'],
      ['两级申报', '2019-01-10', 'authority'],
    ]);
    // The applicant's first batch (2018-12-01, the `deadline` field) has passed: still found by its later ones.
    expect((await noticesWithDeadline(db, { from: '2019-01-09' })).map((n) => n.title)).toEqual(['分批申报', '两级申报']);
    expect(await noticesWithDeadline(db, { from: '2019-02-02' })).toEqual([]);

    // A row stored before v7 (no deadlines, no index entry): found by `deadline`, its one deadline the applicant's.
    const [licenceId = ''] = bulletin.noticeIds.slice(2);
    await db.notices.update(licenceId, { deadline: '2019-01-20', deadlines: [], deadlineDates: [] });
    expect(await entries('2019-01-15')).toEqual([
      [LICENCE.title, '2019-01-20', 'applicant'],
      ['分批申报', '2019-02-01', 'applicant'],
    ]);
  });
  it('reads rows by id without bodies, in the order asked, undefined for a missing id', async () => {
    db = await freshLibrary();
    const a = await added(bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    const [green, procurement] = a.addedNoticeIds;
    const rows = await getNoticeSummaries(db, [procurement!, 'n-missing', green!]);
    expect(rows.map((row) => row?.title)).toEqual([PROCUREMENT.title, undefined, GREEN.title]);
    expect(rows[0]).not.toHaveProperty('body');
  });
});

describe('clients and their tags', () => {
  it('creates (cleaned), edits and lists clients; rejects an empty name in Chinese', async () => {
    db = await freshLibrary();
    const b = await createClient(db, client('北京绿源科技有限公司'));
    await createClient(db, client('安徽新材料股份有限公司'));
    expect(b.qualifications).toEqual(['专精特新']);
    expect((await listClients(db)).map((c) => c.name)).toEqual(['安徽新材料股份有限公司', '北京绿源科技有限公司']);
    const edited = await updateClient(db, b.id, { notes: '年营收一亿', qualifications: ['高新技术企业'], size: 'medium' });
    expect(edited).toMatchObject({ name: '北京绿源科技有限公司', notes: '年营收一亿', qualifications: ['高新技术企业'], size: 'medium', createdAt: b.createdAt });
    // Anything but a size code is no size.
    expect((await createClient(db, { ...client('规模未知'), size: 'huge' as CompanySize })).size).toBeNull();
    await expect(createClient(db, client('  '))).rejects.toMatchObject({ problem: { code: 'invalid-input', what: 'client-name-empty' } });
    expect(await wordsOf(createClient(db, client('  ')))).toContain('客户名称不能为空');
  });

  it('refuses a second client of the same name, on create and on rename; keeping its own name is fine', async () => {
    db = await freshLibrary();
    const green = await createClient(db, client('北京绿源科技有限公司'));
    const other = await createClient(db, client('安徽新材料股份有限公司'));
    const duplicate = createClient(db, client(' 北京绿源科技有限公司 '));
    await expect(duplicate).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await wordsOf(duplicate)).toContain('已有名为“北京绿源科技有限公司”的客户');
    await expect(updateClient(db, other.id, { name: '北京绿源科技有限公司' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(updateClient(db, green.id, { name: '北京绿源科技有限公司', notes: '改备注' })).resolves.toMatchObject({ notes: '改备注' });
    expect((await listClients(db)).map((c) => c.name)).toEqual(['安徽新材料股份有限公司', '北京绿源科技有限公司']);
  });

  it('tags several notices to several clients without touching existing notes; untags; deleting a client keeps the notices', async () => {
    db = await freshLibrary();
    const { addedNoticeIds } = await added(bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    const [green = '', procurement = ''] = addedNoticeIds;
    const a = await createClient(db, client('甲公司'));
    const b = await createClient(db, client('乙公司'));
    const from = await changeHead(db);

    await tagNotices(db, { clientIds: [a.id], noticeIds: [green], note: '重点', relevance: 'high' });
    const all = await tagNotices(db, { clientIds: [a.id, b.id], noticeIds: [green, procurement] });
    expect(all).toHaveLength(4);
    expect(await tagsOfClient(db, a.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ noticeId: green, note: '重点', relevance: 'high' })]),
    );
    const [tag] = await tagsOfNotices(db, [procurement]);
    if (!tag) throw new Error('no tag');
    expect(await updateTag(db, tag.id, { note: '申报截止前提醒', relevance: 'low' })).toMatchObject({ note: '申报截止前提醒', relevance: 'low' });
    expect(await untagNotices(db, b.id, [green])).toBe(1);
    await expect(tagNotices(db, { clientIds: ['c-missing'], noticeIds: [green] })).rejects.toMatchObject({ problem: { code: 'not-found', what: 'tag-clients' } });
    expect(await wordsOf(tagNotices(db, { clientIds: ['c-missing'], noticeIds: [green] }))).toContain('客户已不在资料库');

    expect(await deleteClient(db, a.id)).toEqual({ removedTags: 2, removedBriefings: 0 });
    expect(await db.notices.count()).toBe(2);
    expect((await tagsOfNotices(db, [green, procurement])).map((x) => x.clientId)).toEqual([b.id]);
    // 1 + 3 tags, an edit, an untag, then the client with its 2 remaining tags: a row per write, with its keys.
    expect((await logAfter(db, from)).map((row) => `${row.table}:${row.kind}:${row.keys.length}`)).toEqual([
      'tags:put:1', 'tags:put:3', 'tags:put:1', 'tags:delete:1', 'tags:delete:2', 'clients:delete:1',
    ]);
  });
});

describe('briefings and settings', () => {
  it('records briefings and knows what was already sent to a client', async () => {
    db = await freshLibrary();
    const c = await createClient(db, client('甲公司'));
    await recordBriefing(db, { clientId: c.id, title: '一月简报', template: 'standard', fileName: '一月.docx', noticeIds: ['n-1', 'n-2'], createdAt: '2024-01-31T00:00:00.000Z' });
    await recordBriefing(db, { clientId: c.id, title: '二月简报', template: 'standard', fileName: '二月.docx', noticeIds: ['n-3'], createdAt: '2024-02-28T00:00:00.000Z' });
    expect((await briefingsOfClient(db, c.id)).map((b) => b.title)).toEqual(['二月简报', '一月简报']);
    expect([...(await sentNoticeIds(db, c.id))].sort()).toEqual(['n-1', 'n-2', 'n-3']);
  });

  it('numbers a client\'s briefings per year, counting older unnumbered records by their year', () => {
    const record = (createdAt: string, issue?: { year: number; number: number }) => ({ id: 'r-1', clientId: 'c-1', title: 't', template: 'compact', fileName: 'f.docx', noticeIds: [], createdAt, ...(issue ? { issue } : {}) });
    expect(nextIssue([], 2026)).toEqual({ year: 2026, number: 1 });
    expect(nextIssue([record('2026-03-01T00:00:00.000Z', { year: 2026, number: 1 })], 2026)).toEqual({ year: 2026, number: 2 });
    // A number set by hand (第5期) is followed by 第6期; last year's do not count.
    expect(nextIssue([record('2026-03-01T00:00:00.000Z', { year: 2026, number: 5 }), record('2025-12-01T00:00:00.000Z', { year: 2025, number: 9 })], 2026).number).toBe(6);
    expect(nextIssue([record('2026-01-05T00:00:00.000Z'), record('2026-02-05T00:00:00.000Z'), record('2025-02-05T00:00:00.000Z')], 2026).number).toBe(3);
  });

  it('gives a briefing a file name no other briefing of the client has', () => {
    const record = (fileName: string) => ({ id: 'r-1', clientId: 'c-1', title: 't', template: 'compact', fileName, noticeIds: [], createdAt: '2026-01-01T00:00:00.000Z' });
    expect(uniqueFileName('甲公司-政策简报（2026年第1期）', [])).toBe('甲公司-政策简报（2026年第1期）');
    expect(uniqueFileName('甲公司-政策简报（2026年第1期）', [record('甲公司-政策简报（2026年第1期）.docx')])).toBe('甲公司-政策简报（2026年第1期）（2）');
    expect(uniqueFileName('a', [record('a.docx'), record('a（2）.docx')])).toBe('a（3）');
  });

  it('keeps the saved file with the record, for downloading it again, and deletes it with the client', async () => {
    db = await freshLibrary();
    const c = await createClient(db, client('甲公司'));
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const saved = await recordBriefing(db, { clientId: c.id, title: '政策简报（2026年第1期）', template: 'compact', fileName: 'a.docx', noticeIds: ['n-1'], issue: { year: 2026, number: 1 } }, bytes);
    const old = await recordBriefing(db, { clientId: c.id, title: '旧简报', template: 'compact', fileName: 'b.docx', noticeIds: ['n-2'] });
    expect(await briefingFile(db, saved.id)).toEqual(bytes);
    expect(await briefingFile(db, old.id)).toBeNull();
    expect(await briefingsWithFiles(db, [saved.id, old.id])).toEqual(new Set([saved.id]));
    expect((await briefingsOfClient(db, c.id)).find((b) => b.id === saved.id)?.issue).toEqual({ year: 2026, number: 1 });
    await deleteClient(db, c.id);
    expect(await db.briefingFiles.count()).toBe(0);
  });

  it('keeps the consultant profile (empty until saved)', async () => {
    db = await freshLibrary();
    expect(await getProfile(db)).toEqual({ name: '', company: '', phone: '', email: '' });
    await saveProfile(db, { name: ' 张三 ', company: '北京关键要素科技有限公司', phone: '010-1234', email: 'z@example.cn' });
    expect(await getProfile(db)).toEqual({ name: '张三', company: '北京关键要素科技有限公司', phone: '010-1234', email: 'z@example.cn' });
  });
});

describe('counting bulletins', () => {
  it('counts bulletin issues only: files of single notices, pasted text too, count as notices', async () => {
    db = await freshLibrary();
    await added(bulletinFile('1202.txt', [GREEN, PROCUREMENT]));
    await added({ ...bulletinFile('page.html', [LICENCE]), kind: 'notice', format: 'html', bulletin: { publisher: null, issue: null } });
    const pasted = [notice({ title: '粘贴的第一篇通知' }), notice({ title: '粘贴的第二篇通知' })];
    await added({ ...bulletinFile('粘贴导入 2018-12-10 10:00', pasted), kind: 'notices', format: 'paste', bulletin: { publisher: null, issue: null } });
    // A pasted bulletin issue is an issue.
    await added({ ...bulletinFile('粘贴导入 2018-12-10 10:05', [notice({ title: '快讯里的通知' })]), kind: 'bulletin', format: 'paste' });
    expect(await db.bulletins.count()).toBe(4);
    expect(await countBulletins(db)).toBe(2);
    expect((await listBulletins(db)).map((b) => b.kind ?? 'bulletin').sort()).toEqual(['bulletin', 'bulletin', 'notice', 'notices']);
  });
});

describe('deleting a bulletin', () => {
  it('removes the notices only it had (with their tags), keeps shared ones without it as a source', async () => {
    db = await freshLibrary();
    const a = await added(bulletinFile('a.txt', [GREEN, LICENCE]));
    const b = await added(bulletinFile('b.txt', [GREEN, PROCUREMENT]));
    const [green = '', licence = ''] = a.addedNoticeIds;
    const c = await createClient(db, client('甲公司'));
    await tagNotices(db, { clientIds: [c.id], noticeIds: [green, licence] });
    const plan = await previewBulletinDeletion(db, a.bulletin.id);
    expect(plan).toMatchObject({ removedNoticeIds: [licence], keptNoticeIds: [green], affectedClientIds: [c.id] });
    expect(await deleteBulletin(db, a.bulletin.id)).toEqual(plan);
    expect((await listBulletins(db)).map((x) => x.fileName)).toEqual(['b.txt']);
    expect(await getNotice(db, licence)).toBeUndefined();
    expect(await db.noticeBodies.get(licence)).toBeUndefined();
    expect((await getNotice(db, green))?.sourceBulletinIds).toEqual([b.bulletin.id]);
    expect((await tagsOfClient(db, c.id)).map((x) => x.noticeId)).toEqual([green]);
    // A notice of the deleted file can come back with a later import.
    expect((await added(bulletinFile('c.txt', [notice({ ...LICENCE })]))).addedNoticeIds).toHaveLength(1);
  });
});

describe('persistent storage', () => {
  const fresh = () => {
    let asked = false;
    return { asked: () => asked, markAsked: () => (asked = true) } as const;
  };

  it('reports granted, already granted, denied and unsupported', async () => {
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) }, 'web', fresh())).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(true), persist: () => Promise.reject(new Error('not asked')) }, 'web', fresh())).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) }, 'web', fresh())).toBe('denied');
    expect(await requestPersistentStorage({}, 'web', fresh())).toBe('unsupported');
    // The desktop app keeps the library in its own data folder: nothing to ask, nothing to warn of.
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('not asked')) }, 'electron')).toBe('app-data');
  });

  it('asks the browser once; later starts keep its answer without asking again', async () => {
    const once = fresh();
    let asks = 0;
    const storage = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve((asks += 1) < 0) };
    expect(await requestPersistentStorage(storage, 'web', once)).toBe('denied');
    expect(await requestPersistentStorage(storage, 'web', once)).toBe('denied');
    expect(asks).toBe(1);
    // Granted since (the consultant allowed it in the browser's settings): said so.
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(true), persist: () => Promise.resolve(true) }, 'web', once)).toBe('persisted');
  });
});
