// Reading picked and dropped paths from a real folder tree on disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../../../shared/ipc/batch.ts';
import { readPathsToBatch } from '../../../../electron/node/files/read-batch.ts';

let root: string;

function write(relative: string, content: string | Uint8Array): string {
  const target = path.join(root, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return target;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'read-batch-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('readPathsToBatch', () => {
  it('reads a folder recursively in name order, skipping clutter and reporting other types', async () => {
    write('快讯/第10期.pdf', '%PDF-10');
    write('快讯/第2期.txt', '第二期');
    write('快讯/2024/第1期.docx', 'PK docx');
    write('快讯/2024/说明.md', '# 说明');
    write('快讯/.DS_Store', 'junk');
    write('快讯/~$第2期.docx', 'lock');
    write('快讯/.git/config', 'hidden dir');
    write('快讯/旧格式.doc', 'old word');
    write('快讯/扫描件.png', 'image');

    const batch = await readPathsToBatch([path.join(root, '快讯')], 'bulletin');

    expect(batch.files.map((file) => file.relativePath)).toEqual(['快讯/2024/第1期.docx', '快讯/2024/说明.md', '快讯/第2期.txt', '快讯/第10期.pdf', '快讯/旧格式.doc']);
    expect(batch.files.map((file) => file.name)).toEqual(['第1期.docx', '说明.md', '第2期.txt', '第10期.pdf', '旧格式.doc']);
    expect(new TextDecoder().decode(batch.files[2]?.bytes)).toBe('第二期');
    expect(batch.files.every((file) => file.bytes instanceof Uint8Array)).toBe(true);
    expect(batch.skipped).toEqual([{ name: '快讯/扫描件.png', reason: 'unsupported' }]);
    expect(batch.truncated).toBe(false);
  });

  it('reads single files by their own name, and reports missing ones as unreadable', async () => {
    const one = write('a/第3期快讯.txt', '内容');
    const batch = await readPathsToBatch([one, path.join(root, '不存在.pdf')], 'bulletin');
    expect(batch.files).toEqual([{ name: '第3期快讯.txt', relativePath: '第3期快讯.txt', bytes: new TextEncoder().encode('内容') }]);
    expect(batch.skipped).toEqual([{ name: '不存在.pdf', reason: 'unreadable' }]);
  });

  it('gives each file its own bytes, not a view on a shared pool', async () => {
    const small = write('small.txt', 'x');
    const batch = await readPathsToBatch([small], 'bulletin');
    const bytes = batch.files[0]?.bytes;
    expect(bytes?.byteOffset).toBe(0);
    expect(bytes?.buffer.byteLength).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('does not follow symbolic links inside a folder', async () => {
    write('tree/一.txt', '1');
    fs.symlinkSync(path.join(root, 'tree'), path.join(root, 'tree', 'loop'));
    fs.symlinkSync(write('outside/秘密.txt', 'secret'), path.join(root, 'tree', '链接.txt'));
    const batch = await readPathsToBatch([path.join(root, 'tree')], 'bulletin');
    expect(batch.files.map((file) => file.relativePath)).toEqual(['tree/一.txt']);
  });

  it('stops walking at the entry cap and marks the batch truncated', async () => {
    for (let n = 1; n <= 6; n += 1) write(`many/第${n}期.txt`, String(n));
    const batch = await readPathsToBatch([path.join(root, 'many')], 'bulletin', { maxWalkEntries: 4, maxWalkDepth: 16 });
    expect(batch.files.map((file) => file.name)).toEqual(['第1期.txt', '第2期.txt', '第3期.txt', '第4期.txt']);
    expect(batch.truncated).toBe(true);
  });

  it('goes no deeper than the depth cap', async () => {
    write('deep/1/2/3/第1期.txt', 'deep');
    write('deep/第0期.txt', 'top');
    const batch = await readPathsToBatch([path.join(root, 'deep')], 'bulletin', { maxWalkEntries: 100, maxWalkDepth: 2 });
    expect(batch.files.map((file) => file.relativePath)).toEqual(['deep/第0期.txt']);
    expect(batch.truncated).toBe(true);
  });

  it('leaves a file over the size cap unread', async () => {
    const big = write('big.pdf', new Uint8Array(2048));
    const batch = await readPathsToBatch([big], 'bulletin', undefined, new BatchBuilder('bulletin', undefined, 1024));
    expect(batch.files).toEqual([]);
    expect(batch.skipped).toEqual([{ name: 'big.pdf', reason: 'too-large' }]);
  });

  it('takes only backups when the kind is backup', async () => {
    const backup = write('备份.json', '{"formatName":"dexie"}');
    const bulletin = write('快讯.txt', 'x');
    const batch = await readPathsToBatch([backup, bulletin], 'backup');
    expect(batch.files.map((file) => file.name)).toEqual(['备份.json']);
    expect(batch.skipped).toEqual([{ name: '快讯.txt', reason: 'unsupported' }]);
  });
});
