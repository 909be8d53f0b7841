import '../../../support/browser-globals.ts';
// Corrections in the library: fields change and are marked, a later import of the same
// notice (other bytes, the parser's wrong values again) merges into it and keeps them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { CorrectionError, changeHead, correctNotice, storeBulletin } from '../../../../renderer/data/library/index.ts';
import { parseDocument } from '../../../../shared/parse/index.ts';
import { bulletinFile, logAfter, librariesClosedAfterEach } from '../../../support/library-helpers.ts';

const WECHAT = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/single/miit-sanpin-wechat.txt'), 'utf8');

const library = librariesClosedAfterEach().fresh;

async function importText(db: LibraryDb, name: string, text: string) {
  const parsed = parseDocument(text);
  return storeBulletin(db, { ...bulletinFile(name, parsed.notices, `hash-of-${name}`), kind: 'notice' });
}

describe('correcting a notice', () => {
  it('changes the fields, marks them, and keeps the parsed keys', async () => {
    const db = await library();
    const first = await importText(db, 'a.txt', WECHAT);
    if (first.status !== 'added') throw new Error('not added');
    const id = first.addedNoticeIds[0] ?? '';
    const before = await db.notices.get(id);
    const from = await changeHead(db);

    const after = await correctNotice(db, id, { date: '2019-08-30', agencies: ['工业和信息化部办公厅', ' '], category: '申报通知' });
    expect(after).toMatchObject({ date: '2019-08-30', year: 2019, category: '申报通知', agencies: ['工业和信息化部办公厅'] });
    // agencies were not changed in substance, so only date and category are marked.
    expect(after?.edited?.fields).toEqual(['date', 'category']);
    expect(after?.titleDateKey).toBe(before?.titleDateKey);
    expect(await db.notices.get(id)).toEqual(after);
    expect(await logAfter(db, from)).toEqual([{ table: 'notices', keys: [id], kind: 'put' }]);
  });

  it('keeps the corrections when the same notice is imported again from other bytes', async () => {
    const db = await library();
    const first = await importText(db, 'a.txt', WECHAT);
    if (first.status !== 'added') throw new Error('not added');
    const id = first.addedNoticeIds[0] ?? '';
    await correctNotice(db, id, { date: '2019-08-30', docNumber: '', url: 'https://www.miit.gov.cn/a.html' });

    // The same text with Windows line ends: other bytes, the same wrong values parsed.
    const again = await importText(db, 'a-crlf.txt', WECHAT.replace(/\n/g, '\r\n'));
    if (again.status !== 'added') throw new Error('not added');
    expect(again.addedNoticeIds).toEqual([]);
    expect(again.merged.map((m) => m.noticeId)).toEqual([id]);
    expect(await db.notices.count()).toBe(1);
    const stored = await db.notices.get(id);
    expect(stored).toMatchObject({ date: '2019-08-30', docNumber: null, url: 'https://www.miit.gov.cn/a.html' });
    expect(stored?.edited?.fields).toEqual(['docNumber', 'date', 'url']);
    expect(stored?.sourceBulletinIds).toHaveLength(2);
  });

  it('refuses a bad value and changes nothing', async () => {
    const db = await library();
    const first = await importText(db, 'a.txt', WECHAT);
    if (first.status !== 'added') throw new Error('not added');
    const id = first.addedNoticeIds[0] ?? '';
    const before = await db.notices.get(id);
    await expect(correctNotice(db, id, { date: '2019-02-30' })).rejects.toBeInstanceOf(CorrectionError);
    await expect(correctNotice(db, id, { url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(CorrectionError);
    await expect(correctNotice(db, id, { title: '  ' })).rejects.toBeInstanceOf(CorrectionError);
    expect(await db.notices.get(id)).toEqual(before);
    expect(await correctNotice(db, 'n-missing', { date: '2019-08-30' })).toBeNull();
  });
});
