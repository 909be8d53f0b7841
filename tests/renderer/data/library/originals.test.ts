import '../../../support/browser-globals.ts';
// A notice's original (the text its file was read from, a saved page's HTML) and the
// 需核对 marks, read from a real library: the first of a notice's files that kept an
// original, none for files imported before originals were kept, and the marks gone once
// the notice is corrected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { correctNotice, getOriginal, originalOfNotice, reviewMarks, storeBulletin } from '../../../../renderer/data/library/index.ts';
import type { BulletinId, NoticeId } from '../../../../shared/model/ids.ts';
import { parseDocument } from '../../../../shared/parse/index.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';
import { bulletinFile, notice, librariesClosedAfterEach } from '../../../support/library-helpers.ts';

const LIAONING = readFileSync(path.join(SHARED_DIR, 'real-notices/a-liaoning-tese-jiqun-2025.txt'), 'utf8');

const library = librariesClosedAfterEach().fresh;

async function added(db: LibraryDb, file: Parameters<typeof storeBulletin>[1]): Promise<{ fileId: BulletinId; noticeIds: NoticeId[] }> {
  const outcome = await storeBulletin(db, file);
  if (outcome.status !== 'added') throw new Error(`${file.fileName} was not added`);
  return { fileId: outcome.bulletin.id, noticeIds: outcome.bulletin.noticeIds };
}

const GREEN = notice({ title: '关于组织申报第四批省级绿色工厂等示范名单的通知', docNumber: '辽工信明电〔2019〕156号', agencies: ['大连长兴岛经济区经济发展局'], date: '2019-08-08' });

describe('a notice’s original', () => {
  it('is the text and HTML its file was read from, by file id', async () => {
    const db = await library();
    const html = '<html><body><h1>关于组织申报第四批省级绿色工厂等示范名单的通知</h1></body></html>';
    const { fileId } = await added(db, { ...bulletinFile('page.html', [GREEN]), kind: 'notice', format: 'html', original: { text: '关于组织申报第四批省级绿色工厂等示范名单的通知\n正文', html } });
    expect(await getOriginal(db, fileId)).toEqual({ id: fileId, text: '关于组织申报第四批省级绿色工厂等示范名单的通知\n正文', html });
    expect(await getOriginal(db, 'b-missing')).toBeUndefined();
  });

  it('comes from the first of the notice’s files that kept one, and is null when none did', async () => {
    const db = await library();
    // The first file was imported before the app kept originals (no `original`).
    const old = await added(db, bulletinFile('old.txt', [GREEN]));
    const [id = ''] = old.noticeIds;
    const stored = await db.notices.get(id);
    if (!stored) throw new Error('not stored');
    expect(await originalOfNotice(db, stored)).toBeNull();

    const later = await added(db, { ...bulletinFile('later.txt', [GREEN]), original: { text: '后来导入的原文', html: null } });
    const merged = await db.notices.get(id);
    expect(merged?.sourceBulletinIds).toEqual([old.fileId, later.fileId]);
    expect(await originalOfNotice(db, merged ?? stored)).toEqual({ id: later.fileId, text: '后来导入的原文', html: null });
  });
});

describe('需核对 marks', () => {
  it('list a real notice whose date and agencies the parser could not read, until it is corrected', async () => {
    const db = await library();
    const parsed = parseDocument(LIAONING);
    const unsure = await added(db, { ...bulletinFile('liaoning.txt', parsed.notices), kind: 'notice', original: { text: LIAONING, html: null } });
    await added(db, bulletinFile('green.txt', [GREEN]));
    const [id = ''] = unsure.noticeIds;

    const marks = await reviewMarks(db);
    expect([...marks]).toEqual([[id, ['agencies', 'date']]]);
    const original = await originalOfNotice(db, (await db.notices.get(id)) ?? { sourceBulletinIds: [] });
    expect(original?.text).toBe(LIAONING);

    await correctNotice(db, id, { date: '2025-03-20' });
    expect((await reviewMarks(db)).size).toBe(0);
  });
});
