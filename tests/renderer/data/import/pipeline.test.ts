import '../../../support/browser-globals.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { createClient, getNotice, listBulletins, tagNotices, tagsOfClient } from '../../../../renderer/data/library/index.ts';
import { importFiles } from '../../../../renderer/data/import/pipeline.ts';
import type { ImportProgress } from '../../../../renderer/data/import/types.ts';
import { dumpLibrary, freshLibrary } from '../../../support/library-helpers.ts';
import { ALL_BULLETINS, bulletinAs, bulletinBytes, reencoded, type BulletinId } from '../../../support/fixtures.ts';
import { importProblemText } from '../../../../renderer/features/import/problem-text.ts';

const REAL = ALL_BULLETINS.map((id) => `${id}.txt`);
const realFile = (id: BulletinId) => ({ name: `${id}.txt`, bytes: bulletinBytes(id) });

let db: LibraryDb;
afterEach(() => db?.close());

const env = createNodeExtractEnv();
/** The same text with Windows line endings. */
const crlf = (bytes: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/\r?\n/g, '\r\n'));

describe('importFiles', () => {
  it('imports the three real bulletins with progress per file and a report', async () => {
    db = await freshLibrary();
    const progress: ImportProgress[] = [];
    const report = await importFiles(db, ALL_BULLETINS.map(realFile), { extractEnv: env, onProgress: (p) => progress.push(p) });

    expect(report.files.map((f) => f.status)).toEqual(['added', 'added', 'added']);
    expect(report.added.files).toBe(3);
    expect(report.added.notices).toBe(await db.notices.count());
    expect(report.added.notices).toBeGreaterThanOrEqual(20);
    expect(report).toMatchObject({ skipped: 0, failed: 0, cancelled: 0 });
    const bulletins = await listBulletins(db);
    expect(bulletins.map((b) => b.fileName).sort()).toEqual(REAL);
    expect(bulletins.every((b) => /^[0-9a-f]{64}$/.test(b.contentHash))).toBe(true);
    const green = (await db.notices.toArray()).find((n) => n.docNumber === '工信部联节〔2016〕304号');
    expect(green && (await getNotice(db, green.id))?.body.length).toBeGreaterThan(0);

    // Every file goes through every stage, in order, and ends at 100%; the batch ends at 100%.
    for (const [index] of REAL.entries()) {
      const stages = progress.filter((p) => p.fileIndex === index).map((p) => p.stage);
      expect(stages).toEqual(['queued', 'reading', 'extracting', 'parsing', 'saving', 'done']);
    }
    expect(progress.at(-1)?.overall).toBe(100);
    const overall = progress.map((p) => p.overall);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
  });

  it('importing the same files again changes nothing and says so', async () => {
    db = await freshLibrary();
    await importFiles(db, ALL_BULLETINS.map(realFile), { extractEnv: env });
    const before = await dumpLibrary(db);
    const again = await importFiles(db, [realFile('000_2229777bc5f28b07'), { ...realFile('002_5fbf075aa49c018d'), name: '改了名字.txt' }], { extractEnv: env });
    expect(again.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    expect(again.files[1]).toMatchObject({ problem: { code: 'already-imported', earlier: '002_5fbf075aa49c018d.txt' } });
    const words = again.files[1] && 'problem' in again.files[1] ? importProblemText(again.files[1].fileName, again.files[1].problem) : '';
    expect(words).toMatch(/「改了名字.txt」已导入过（与 「002_5fbf075aa49c018d.txt」 内容完全相同/);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('the same bulletin in another encoding is recognised as that issue: no row added, client tags kept', async () => {
    db = await freshLibrary();
    const first = await importFiles(db, [realFile('002_5fbf075aa49c018d')], { extractEnv: env });
    const outcome = first.files[0];
    if (outcome?.status !== 'added') throw new Error('import failed');
    const client = await createClient(db, {
      name: '北京绿源科技有限公司', region: { province: '北京', city: '北京', district: '' }, industry: '', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '',
    });
    await tagNotices(db, { clientIds: [client.id], noticeIds: outcome.addedNoticeIds.slice(0, 2), note: '请关注申报条件', relevance: 'high' });
    const tagsBefore = await tagsOfClient(db, client.id);

    const copyFile = { name: '002-gb18030.txt', bytes: await reencoded('002_5fbf075aa49c018d', 'GB18030') };
    const second = await importFiles(db, [copyFile, { name: '002-crlf.txt', bytes: crlf(bulletinBytes('002_5fbf075aa49c018d')) }], { extractEnv: env });
    expect(second.files).toEqual([
      { fileName: '002-gb18030.txt', status: 'skipped', bulletinId: outcome.bulletinId, problem: { code: 'same-bulletin', earlier: '002_5fbf075aa49c018d.txt', issue: '(2018) 0903 期', notices: 6 } },
      { fileName: '002-crlf.txt', status: 'skipped', bulletinId: outcome.bulletinId, problem: { code: 'same-bulletin', earlier: '002_5fbf075aa49c018d.txt', issue: '(2018) 0903 期', notices: 6 } },
    ]);
    expect(second.added).toEqual({ files: 0, notices: 0 });
    expect(importProblemText('002-gb18030.txt', { code: 'same-bulletin', earlier: '002_5fbf075aa49c018d.txt', issue: '(2018) 0903 期', notices: 6 })).toBe(
      '「002-gb18030.txt」与已导入的 「002_5fbf075aa49c018d.txt」 是同一期快讯（(2018) 0903 期），6 条通知都已在资料库中：已记为这一期的另一个文件，没有重复添加。',
    );
    const [row] = await listBulletins(db);
    expect(await db.bulletins.count()).toBe(1);
    expect(row?.sources?.map((source) => source.fileName)).toEqual(['002-gb18030.txt', '002-crlf.txt']);
    expect(await db.notices.count()).toBe(outcome.addedNoticeIds.length);
    for (const id of outcome.addedNoticeIds) expect((await getNotice(db, id))?.sourceBulletinIds).toEqual([outcome.bulletinId]);
    expect(await tagsOfClient(db, client.id)).toEqual(tagsBefore);
  });

  it('the same bulletin as .txt, .docx and .pdf: one row for the issue, listing the three files', async () => {
    db = await freshLibrary();
    const id = '002_5fbf075aa49c018d';
    const files = [
      realFile(id),
      { name: `${id}.docx`, bytes: await bulletinAs(id, 'docx') },
      { name: `${id}.pdf`, bytes: await bulletinAs(id, 'pdf') },
    ];
    const report = await importFiles(db, files, { extractEnv: env });
    expect(report.files.map((f) => f.status)).toEqual(['added', 'skipped', 'skipped']);
    const [txt] = report.files;
    if (txt?.status !== 'added') throw new Error('not added');
    expect(await db.notices.count()).toBe(txt.addedNoticeIds.length);
    const rows = await listBulletins(db);
    expect(rows.map((b) => [b.format, ...(b.sources ?? []).map((source) => source.format)])).toEqual([['txt', 'docx', 'pdf']]);
    for (const notice of await db.notices.toArray()) expect(notice.sourceBulletinIds).toEqual([txt.bulletinId]);
    // Each file's bytes are known now: a second import of any of them is a duplicate file.
    const again = await importFiles(db, files.slice(1), { extractEnv: env });
    expect(again.files.map((f) => f.status === 'skipped' && f.problem.code)).toEqual(['already-imported', 'already-imported']);
  });

  it('a full disk mid-import: the file is refused in words, nothing of it is written, and the library stays usable', async () => {
    db = await freshLibrary();
    await importFiles(db, [realFile('000_2229777bc5f28b07')], { extractEnv: env });
    const before = await dumpLibrary(db);
    // IndexedDB's own error, raised while the second file's notice bodies are written.
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.noticeBodies.hook('creating', full);
    const report = await importFiles(db, [realFile('002_5fbf075aa49c018d')], { extractEnv: env });
    expect(report.files).toEqual([{ fileName: '002_5fbf075aa49c018d.txt', status: 'failed', problem: { code: 'storage-full' } }]);
    expect(importProblemText('002_5fbf075aa49c018d.txt', { code: 'storage-full' })).toMatch(/^存储空间已满，「002_5fbf075aa49c018d\.txt」没有导入：.*资料库保持导入前的样子/);
    expect(await dumpLibrary(db)).toEqual(before);
    // Room again: the same file imports whole.
    db.noticeBodies.hook('creating').unsubscribe(full);
    const retry = await importFiles(db, [realFile('002_5fbf075aa49c018d')], { extractEnv: env });
    expect(retry.files[0]?.status).toBe('added');
    expect(await db.bulletins.count()).toBe(2);
  });

  it('cancelling stops before the next file: files already saved stay whole, the rest are reported as cancelled', async () => {
    db = await freshLibrary();
    const controller = new AbortController();
    const report = await importFiles(db, ALL_BULLETINS.map(realFile), {
      extractEnv: env,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.fileIndex === 0 && p.stage === 'done') controller.abort();
      },
    });
    expect(report.files.map((f) => f.status)).toEqual(['added', 'cancelled', 'cancelled']);
    expect(report.files[1]).toMatchObject({ fileName: '002_5fbf075aa49c018d.txt', problem: { code: 'cancelled' } });
    expect(importProblemText('002_5fbf075aa49c018d.txt', { code: 'cancelled' })).toBe('导入已取消，「002_5fbf075aa49c018d.txt」没有导入。');
    expect((await listBulletins(db)).map((b) => b.fileName)).toEqual([REAL[0]]);
    const first = report.files[0];
    expect(await db.notices.count()).toBe(first?.status === 'added' ? first.addedNoticeIds.length : -1);
  });
});
