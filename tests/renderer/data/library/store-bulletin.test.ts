import '../../../support/browser-globals.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { storeBulletin } from '../../../../renderer/data/library/store-bulletin.ts';
import { countBulletins } from '../../../../renderer/data/library/bulletins.ts';
import { getNotice, listNoticeSummaries } from '../../../../renderer/data/library/notices.ts';
import { createClient } from '../../../../renderer/data/library/clients.ts';
import { tagNotices, tagsOfClient } from '../../../../renderer/data/library/tags.ts';
import { changeHead, correctNotice } from '../../../../renderer/data/library/index.ts';
import { bulletinIdFor, noticeIdFor } from '../../../../shared/model/ids.ts';
import { matchKeys } from '../../../../renderer/data/library/notice-record.ts';
import { GREEN, LICENCE, PROCUREMENT, bulletinFile, dumpLibrary, freshLibrary, logAfter, loggedKeys, notice } from '../../../support/library-helpers.ts';

let db: LibraryDb;
afterEach(() => db?.close());

const CLIENT = {
  name: '北京绿源科技有限公司',
  region: { province: '北京', city: '北京', district: '' },
  industry: '节能环保',
  qualifications: ['高新技术企业'],
  size: null,
  foundedYear: null,
  keywords: [],
  contactPerson: '王经理',
  notes: '',
};

describe('storeBulletin', () => {
  it('gives the same notice the same id in two libraries (two machines), whatever file it came in; a 更正 keeps it', async () => {
    db = await freshLibrary();
    const other = await freshLibrary();
    try {
      const here = await storeBulletin(db, bulletinFile('a.txt', [GREEN, PROCUREMENT]));
      // The other machine gets the same notices in another order, from another file.
      const there = await storeBulletin(other, bulletinFile('b.pdf', [PROCUREMENT, GREEN], 'other-hash'));
      if (here.status !== 'added' || there.status !== 'added') throw new Error('import failed');
      expect([...there.addedNoticeIds].sort()).toEqual([...here.addedNoticeIds].sort());
      expect(here.bulletin.id).toBe(bulletinIdFor('hash-of-a.txt'));
      const [green = ''] = here.addedNoticeIds;
      await correctNotice(db, green, { docNumber: '京财采购〔2099〕1号', title: '更正后的标题' });
      expect((await getNotice(db, green))?.title).toBe('更正后的标题');
      // The same text imported again still finds it, under the id it was given first.
      const again = await storeBulletin(db, bulletinFile('c.txt', [GREEN]));
      expect(again.status === 'added' && again.merged.map((m) => m.noticeId)).toEqual([green]);
    } finally {
      other.close();
    }
  });

  it("a new notice whose id another notice holds (a hash collision) takes the next one, and nothing else is lost", async () => {
    db = await freshLibrary();
    const first = await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    if (first.status !== 'added') throw new Error('import failed');
    // Another notice's row made to hold the id PROCUREMENT's keys give (as a collision would).
    const [greenId = ''] = first.addedNoticeIds;
    const taken = noticeIdFor(matchKeys(PROCUREMENT));
    const green = await getNotice(db, greenId);
    if (!green) throw new Error('no notice');
    const { body: _body, ...summary } = green;
    await db.notices.put({ ...summary, id: taken });
    const second = await storeBulletin(db, bulletinFile('b.txt', [PROCUREMENT, LICENCE]));
    expect(second.status).toBe('added');
    if (second.status !== 'added') return;
    expect(second.addedNoticeIds).toEqual([`${taken}-2`, noticeIdFor(matchKeys(LICENCE))]);
    expect((await getNotice(db, `${taken}-2`))?.title).toBe(PROCUREMENT.title);
    expect((await getNotice(db, taken))?.title).toBe(GREEN.title);
  });

  it('stores a bulletin with its notices, bodies apart, and derived keys', async () => {
    db = await freshLibrary();
    const outcome = await storeBulletin(db, bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    expect(outcome.status).toBe('added');
    if (outcome.status !== 'added') return;
    expect(outcome.addedNoticeIds).toHaveLength(2);
    expect(outcome.bulletin.noticeIds).toEqual(outcome.addedNoticeIds);
    expect(outcome.bulletin.newestNoticeDate).toBe('2018-11-28');
    const stored = await getNotice(db, outcome.addedNoticeIds[0] ?? '');
    expect(stored).toMatchObject({
      title: GREEN.title,
      docKey: '工信部联节(2017)178号',
      year: 2017,
      sourceBulletinIds: [outcome.bulletin.id],
      body: GREEN.body,
    });
    expect(await db.notices.get(outcome.addedNoticeIds[0] ?? '')).not.toHaveProperty('body');
  });

  it('the same bytes again change nothing and say which bulletin they are', async () => {
    db = await freshLibrary();
    const first = await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    const before = await dumpLibrary(db);
    const again = await storeBulletin(db, bulletinFile('a-copy.txt', [GREEN, LICENCE], 'hash-of-a.txt'));
    expect(again.status).toBe('duplicate-file');
    expect(again.bulletin.id).toBe(first.bulletin.id);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('the same issue from another file (its .docx, another encoding) is one row: the file becomes a source of the issue', async () => {
    db = await freshLibrary();
    const first = await storeBulletin(db, bulletinFile('1202.txt', [GREEN, PROCUREMENT]));
    if (first.status !== 'added') throw new Error('first import failed');
    // The .docx lost the issue number, and prints a 相关链接 the text did not have.
    const docx = { ...bulletinFile('1202.docx', [{ ...GREEN, url: 'http://www.miit.gov.cn/n1146295/c5707331/content.html' }, PROCUREMENT]), format: 'docx' as const, bulletin: { publisher: null, issue: null } };
    const from = await changeHead(db);
    const again = await storeBulletin(db, docx);

    expect(again.status).toBe('same-bulletin');
    const rows = await db.bulletins.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first.bulletin.id,
      fileName: '1202.txt',
      issue: '(2018) 1202.txt 期',
      publisher: '北京关键要素科技有限公司',
      sources: [{ fileName: '1202.docx', format: 'docx', contentHash: 'hash-of-1202.docx', byteLength: 1000 }],
      sourceHashes: ['hash-of-1202.docx'],
    });
    const notices = await listNoticeSummaries(db);
    expect(notices.map((n) => n.sourceBulletinIds)).toEqual([[first.bulletin.id], [first.bulletin.id]]);
    expect(notices.find((n) => n.title === GREEN.title)?.url).toBe('http://www.miit.gov.cn/n1146295/c5707331/content.html');
    // Logged in the import's transaction: the bulletin row and the notices it merged into.
    expect(await loggedKeys(db, from, 'bulletins')).toContain(`put:${first.bulletin.id}`);
    expect(again.status === 'same-bulletin' && (await loggedKeys(db, from, 'notices'))).toEqual(again.status === 'same-bulletin' && again.updatedNoticeIds.map((id) => `put:${id}`));
    // Those bytes are known now: importing them again is the duplicate file it is.
    expect((await storeBulletin(db, docx)).status).toBe('duplicate-file');
  });

  it('a file of the issue carrying the label the first lacked gives the row its label', async () => {
    db = await freshLibrary();
    const unlabelled = { ...bulletinFile('1202.docx', [GREEN, PROCUREMENT]), bulletin: { publisher: null, issue: null } };
    await storeBulletin(db, unlabelled);
    await storeBulletin(db, bulletinFile('1202.txt', [GREEN, PROCUREMENT]));
    expect(await db.bulletins.toArray()).toMatchObject([{ fileName: '1202.docx', issue: '(2018) 1202.txt 期', publisher: '北京关键要素科技有限公司' }]);
  });

  it('keeps apart issues that print the same notices under other numbers, and single notices', async () => {
    db = await freshLibrary();
    await storeBulletin(db, bulletinFile('1202.txt', [GREEN]));
    expect((await storeBulletin(db, bulletinFile('1203.txt', [GREEN]))).status).toBe('added');
    expect((await storeBulletin(db, { ...bulletinFile('green.html', [GREEN]), kind: 'notice', bulletin: { publisher: null, issue: null } })).status).toBe('added');
    // A file holding fewer notices than the issue is not the issue.
    await storeBulletin(db, bulletinFile('1204.txt', [LICENCE, PROCUREMENT]));
    expect((await storeBulletin(db, { ...bulletinFile('part.txt', [LICENCE]), bulletin: { publisher: null, issue: null } })).status).toBe('added');
    expect(await db.bulletins.count()).toBe(5);
    // Counts count issues: the web page of one notice is a source, not an issue.
    expect(await countBulletins(db)).toBe(4);
  });

  it('a notice in two bulletins (same 文号 in another printing) is stored once, with both sources, and keeps its tags', async () => {
    db = await freshLibrary();
    const first = await storeBulletin(db, bulletinFile('a.txt', [GREEN, LICENCE]));
    if (first.status !== 'added') throw new Error('first import failed');
    const greenId = first.addedNoticeIds[0] ?? '';
    const client = await createClient(db, CLIENT);
    await tagNotices(db, { clientIds: [client.id], noticeIds: [greenId], note: '重点关注', relevance: 'high' });

    // Another printing: 〔〕 become [], a different title wrapping, the URL only here.
    const reprint = { ...GREEN, docNumber: '工信部联节[2017]178号', url: 'http://www.miit.gov.cn/x.html', title: `${GREEN.title} ` };
    const second = await storeBulletin(db, bulletinFile('b.txt', [PROCUREMENT, reprint]));
    if (second.status !== 'added') throw new Error('second import failed');
    expect(second.addedNoticeIds).toHaveLength(1);
    expect(second.merged).toEqual([{ noticeId: greenId, title: GREEN.title, alsoIn: ['a.txt'] }]);
    expect(second.bulletin.noticeIds).toEqual([second.addedNoticeIds[0], greenId]);

    const notices = await listNoticeSummaries(db);
    expect(notices).toHaveLength(3);
    const green = await getNotice(db, greenId);
    expect(green?.sourceBulletinIds).toEqual([first.bulletin.id, second.bulletin.id]);
    expect(green?.docNumber).toBe('工信部联节〔2017〕178号');
    expect(green?.url).toBe('http://www.miit.gov.cn/x.html');
    expect(await tagsOfClient(db, client.id)).toMatchObject([{ noticeId: greenId, note: '重点关注', relevance: 'high' }]);
  });

  it('without a 文号, the same title (printed differently) and date is the same notice; another date is not', async () => {
    db = await freshLibrary();
    const plain = notice({ title: '关于做好“晋兴板”奖励资金申报工作的通知', date: '2018-12-12' });
    await storeBulletin(db, bulletinFile('a.txt', [plain]));
    const sameTitle = notice({ title: '关于做好"晋兴板"奖励资金申报工作的通知', date: '2018-12-12' });
    const otherDate = notice({ title: plain.title, date: '2019-12-12' });
    const second = await storeBulletin(db, bulletinFile('b.txt', [sameTitle, otherDate]));
    if (second.status !== 'added') throw new Error('second import failed');
    expect(second.merged).toHaveLength(1);
    expect(second.addedNoticeIds).toHaveLength(1);
    expect(await db.notices.count()).toBe(2);
  });

  it('a notice printed twice in one file is stored once', async () => {
    db = await freshLibrary();
    const outcome = await storeBulletin(db, bulletinFile('a.txt', [GREEN, LICENCE, { ...GREEN, url: 'http://x.example/' }]));
    if (outcome.status !== 'added') throw new Error('import failed');
    expect(outcome.addedNoticeIds).toHaveLength(2);
    expect(outcome.bulletin.noticeIds).toHaveLength(2);
    expect((await getNotice(db, outcome.addedNoticeIds[0] ?? ''))?.url).toBe('http://x.example/');
  });

  it('a write that fails halfway (after the bulletin and notices, at the bodies) leaves the library exactly as before', async () => {
    db = await freshLibrary();
    await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    const before = await dumpLibrary(db);
    const from = await changeHead(db);
    // A real Dexie hook inside the transaction: the third table written throws.
    db.noticeBodies.hook('creating', () => {
      throw new Error('disk full (simulated)');
    });
    await expect(storeBulletin(db, bulletinFile('b.txt', [PROCUREMENT, LICENCE, { ...GREEN, url: 'http://y.example/' }]))).rejects.toThrow(
      'disk full',
    );
    expect(await dumpLibrary(db)).toEqual(before);
    // The log rows were written in the same transaction: rolled back with it.
    expect(await logAfter(db, from)).toEqual([]);
  });

  it('logs added and merged notices, each key once per import, with a sequence that only grows', async () => {
    db = await freshLibrary();
    const first = await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    if (first.status !== 'added') throw new Error('import failed');
    const put = (id: string): string => `put:${id}`;
    expect(await loggedKeys(db, 0, 'notices')).toEqual(first.addedNoticeIds.map(put));
    const afterFirst = await changeHead(db);
    const second = await storeBulletin(db, bulletinFile('b.txt', [GREEN, LICENCE]));
    if (second.status !== 'added') throw new Error('import failed');
    expect(await loggedKeys(db, 0, 'bulletins')).toEqual([put(first.bulletin.id), put(second.bulletin.id)]);
    // The second import adds LICENCE and merges into GREEN: each notice logged once.
    expect((await loggedKeys(db, afterFirst, 'notices')).sort()).toEqual([...second.addedNoticeIds, ...first.addedNoticeIds].map(put).sort());
    const seqs = (await db.changes.toArray()).map((row) => row.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });
});
