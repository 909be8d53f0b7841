import '../../../support/browser-globals.ts';
// Bad input at the library level: each file gets a clear Chinese reason in the report,
// and the library (already holding a real bulletin and a client's tags) is EXACTLY as
// before, compared table by table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import { changeHead, createClient, tagNotices } from '../../../../renderer/data/library/index.ts';
import { importFiles } from '../../../../renderer/data/import/pipeline.ts';
import { LIMITS } from '../../../../shared/limits.ts';
import { type Analyser, createInProcessAnalyser } from '../../../../renderer/data/import/analyser.ts';
import { dumpLibrary, freshLibrary } from '../../../support/library-helpers.ts';
import { bulletinAs, bulletinBytes, encryptedPdf, firstHalf, pngBytes, randomBytes, type BulletinId } from '../../../support/fixtures.ts';
import { importProblemText } from '../../../../renderer/features/import/problem-text.ts';

const realFile = (id: BulletinId) => ({ name: `${id}.txt`, bytes: bulletinBytes(id) });

const env = createNodeExtractEnv();
const encoder = new TextEncoder();

let db: LibraryDb;
let before: Record<string, unknown[]>;
/** The change log's head before each bad file: nothing may be logged after it. */
let head: number;

beforeEach(async () => {
  db = await freshLibrary();
  const first = await importFiles(db, [realFile('000_2229777bc5f28b07')], { extractEnv: env });
  const outcome = first.files[0];
  if (outcome?.status !== 'added') throw new Error('setup import failed');
  const client = await createClient(db, { name: '甲公司', region: { province: '北京', city: '北京', district: '' }, industry: '', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '' });
  await tagNotices(db, { clientIds: [client.id], noticeIds: outcome.addedNoticeIds.slice(0, 3), note: '跟进', relevance: 'high' });
  before = await dumpLibrary(db);
  head = await changeHead(db);
});
afterEach(() => db?.close());

/** Imports one bad file; expects it refused with `words` in the reason and nothing changed. */
async function refused(file: { name: string; bytes: Uint8Array }, words: RegExp, analyser?: Analyser): Promise<string> {
  const report = await importFiles(db, [file], { extractEnv: env, ...(analyser ? { analyser } : {}) });
  const [outcome] = report.files;
  expect(outcome?.status).toBe('failed');
  const reason = outcome && 'problem' in outcome ? importProblemText(outcome.fileName, outcome.problem) : '';
  expect(reason).toMatch(words);
  expect(reason).toContain(`「${file.name}」`);
  expect(report).toMatchObject({ added: { files: 0, notices: 0 }, failed: 1 });
  expect(await dumpLibrary(db)).toEqual(before);
  expect(await changeHead(db)).toBe(head);
  return reason;
}

describe('bad input changes nothing and says why', () => {
  it('an empty file', async () => {
    await refused({ name: '空.txt', bytes: new Uint8Array() }, /空文件/);
  });

  it('binary garbage', async () => {
    await refused({ name: '乱码.txt', bytes: randomBytes(64 * 1024) }, /二进制/);
  });

  it('an image renamed .pdf', async () => {
    await refused({ name: '快讯.pdf', bytes: pngBytes(64, 64) }, /不是 PDF.*PNG 图片/);
  });

  it('a truncated PDF (half a download)', async () => {
    await refused({ name: '半截.pdf', bytes: firstHalf(await bulletinAs('002_5fbf075aa49c018d', 'pdf')) }, /不完整/);
  });

  it('an encrypted PDF', async () => {
    await refused({ name: '加密.pdf', bytes: await encryptedPdf() }, /密码/);
  });

  it('a .docx that is not a zip', async () => {
    await refused({ name: '快讯.docx', bytes: encoder.encode('这其实是一段文字，不是 Word 文档。') }, /不是 Word 文档/);
  });

  it('a text that is not a bulletin is refused (not stored as a made-up notice)', async () => {
    const minutes = '项目周会纪要\n\n时间：周三下午\n\n一、上周进展\n\n完成了界面初稿。\n\n二、下周计划\n\n开始联调。\n';
    await refused({ name: '会议纪要.txt', bytes: encoder.encode(minutes) }, /不是政策快讯，也不是政策通知：.*不像一份政府公文。已拒绝导入/);
  });

  it('a 50 MB text file is refused before it is read', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(big.byteLength).toBeGreaterThan(LIMITS.import.textBytes);
    await refused({ name: '合订本.txt', bytes: big }, /太大（50\.0 MB）/);
  });

  it('an analyser that crashes (e.g. the worker dies) fails the file with a reason', async () => {
    const crashing: Analyser = { analyse: () => Promise.reject(new Error('worker out of memory')), dispose: () => {} };
    await refused(realFile('002_5fbf075aa49c018d'), /无法读取（worker out of memory）/, crashing);
  });

  it('a save that fails halfway through the transaction leaves no trace of the file', async () => {
    // The notices table throws once the bulletin row is written, in the same transaction.
    db.notices.hook('creating', () => {
      throw new Error('磁盘已满');
    });
    await refused(realFile('002_5fbf075aa49c018d'), /保存时出错（磁盘已满）.*资料库保持导入前的样子/);
  });

  it('a batch with good, duplicate and bad files: the good ones are added, the others reported one by one', async () => {
    const analyser = createInProcessAnalyser(env);
    const report = await importFiles(
      db,
      [realFile('002_5fbf075aa49c018d'), realFile('000_2229777bc5f28b07'), { name: '空.txt', bytes: new Uint8Array() }, realFile('003_03e8824eaceeb4ce')],
      { analyser },
    );
    expect(report.files.map((f) => f.status)).toEqual(['added', 'skipped', 'failed', 'added']);
    expect(report).toMatchObject({ added: { files: 2 }, skipped: 1, failed: 1, cancelled: 0 });
    // The library grew by exactly the two good files; what was there is untouched.
    const after = await dumpLibrary(db);
    for (const table of ['clients', 'tags', 'settings']) expect(after[table], table).toEqual(before[table]);
    expect(after.bulletins?.slice(0, 1)).toEqual(before.bulletins);
  });
});
