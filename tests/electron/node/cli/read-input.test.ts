// `npm run -s cli -- parse FILE`: a file extraction refuses is one clear Chinese line
// on stderr and a non-zero exit, never a stack trace. (The scores of .docx/.pdf
// parsed through the command line are in scores.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encryptedPdf, firstHalf, bulletinAs, pngBytes } from '../../../support/fixtures.ts';
import { runCli } from '../../../support/run-cli.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('cli parse on files extraction refuses', () => {
  it.each([
    ['secret.pdf', () => encryptedPdf(), /「secret\.pdf」设置了打开密码/],
    ['half.pdf', async () => firstHalf(await bulletinAs('002_5fbf075aa49c018d', 'pdf')), /「half\.pdf」不完整/],
    ['photo.pdf', () => pngBytes(), /「photo\.pdf」的扩展名是 \.pdf，但内容不是 PDF，而是一张 PNG 图片/],
    ['note.docx', () => new TextEncoder().encode('not a zip'), /「note\.docx」的扩展名是 \.docx，但内容不是 Word 文档/],
    ['empty.txt', () => new Uint8Array(0), /「empty\.txt」是空文件/],
  ] as const)('%s → one line on stderr, exit 1', async (name, make, says) => {
    const file = path.join(workDir, name);
    writeFileSync(file, await make());
    const cli = runCli(['parse', file, '--json']);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(says)]);
    expect(cli.code).toBe(1);
  });
});
