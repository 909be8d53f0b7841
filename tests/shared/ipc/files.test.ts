// The shared file rules both platforms apply: which names are accepted, what a saved
// file is called, and how a batch refuses what is too big or too many.
import { describe, expect, it } from 'vitest';
import { BatchBuilder, mergeBatches, readBlobFiles } from '../../../shared/ipc/batch.ts';
import { acceptAttribute, compareFileNames, extensionOf, hasExtensionOf, isClutterName, safeFileName } from '../../../shared/ipc/files.ts';

describe('file names', () => {
  it('reads extensions in lower case, ignoring folders and leading dots', () => {
    expect(extensionOf('第3期快讯.PDF')).toBe('pdf');
    expect(extensionOf('2024.期/快讯')).toBe('');
    expect(extensionOf('C:\\快讯.v2\\通知.docx')).toBe('docx');
    expect(extensionOf('.bashrc')).toBe('');
    expect(hasExtensionOf('bulletin', '快讯.md')).toBe(true);
    expect(hasExtensionOf('bulletin', '通知.doc')).toBe(true);
    expect(hasExtensionOf('bulletin', '网页.MHTML')).toBe(true);
    expect(hasExtensionOf('bulletin', '扫描件.png')).toBe(false);
    expect(hasExtensionOf('backup', '备份.json')).toBe(true);
  });

  it('gives the browser picker the same extensions', () => {
    expect(acceptAttribute('bulletin')).toBe('.txt,.md,.docx,.doc,.pdf,.html,.htm,.mhtml,.mht,.wps,.ofd');
    expect(acceptAttribute('backup')).toBe('.json');
  });

  it('passes over hidden, lock and system files in folders', () => {
    expect(isClutterName('.DS_Store')).toBe(true);
    expect(isClutterName('~$第3期.docx')).toBe(true);
    expect(isClutterName('Thumbs.db')).toBe(true);
    expect(isClutterName('第3期.docx')).toBe(false);
  });

  it('orders 第2期 before 第10期', () => {
    expect(['第10期.pdf', '第2期.pdf', '第1期.pdf'].sort(compareFileNames)).toEqual(['第1期.pdf', '第2期.pdf', '第10期.pdf']);
  });

  it.each([
    ['北京绿源科技有限公司 政策简报 2024-05', 'briefing', '北京绿源科技有限公司 政策简报 2024-05.docx'],
    ['北京绿源/简报?', 'briefing', '北京绿源_简报_.docx'],
    ['简报.docx', 'briefing', '简报.docx'],
    ['简报.DOCX', 'briefing', '简报.docx'],
    ['..\\..\\Windows\\win.ini', 'backup', '_.._Windows_win.ini.json'],
    ['  截止日期. ', 'calendar', '截止日期.ics'],
    ['CON', 'backup', '_CON.json'],
    ['', 'briefing', '政策简报.docx'],
    ['///', 'briefing', '政策简报.docx'],
    ['a\u0000b\u001fc', 'calendar', 'a_b_c.ics'],
  ] as const)('safeFileName(%j, %s) → %s', (suggested, kind, expected) => {
    expect(safeFileName(suggested, kind, '政策简报')).toBe(expected);
  });

  it('keeps long names to 120 characters before the extension', () => {
    expect(safeFileName('政'.repeat(300), 'briefing', 'x')).toBe(`${'政'.repeat(120)}.docx`);
  });
});

const limits = { maxFilesPerBatch: 3, maxBatchBytes: 100, maxSkippedListed: 2 };

function blob(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer) };
}

describe('BatchBuilder and readBlobFiles', () => {
  it('reads supported files and reports the rest by reason', async () => {
    const broken = { name: '坏文件.pdf', size: 3, arrayBuffer: () => Promise.reject(new Error('gone')) };
    const batch = await readBlobFiles(
      [
        { file: blob('第1期.txt', '快讯'), relativePath: '第1期.txt' },
        { file: blob('表格.xlsx', 'x'), relativePath: '表格.xlsx' },
        { file: broken, relativePath: '坏文件.pdf' },
      ],
      new BatchBuilder('bulletin', limits),
    );
    expect(batch.files).toHaveLength(1);
    expect(batch.files[0]?.name).toBe('第1期.txt');
    expect(new TextDecoder().decode(batch.files[0]?.bytes)).toBe('快讯');
    expect(batch.skipped).toEqual([
      { name: '表格.xlsx', reason: 'unsupported' },
      { name: '坏文件.pdf', reason: 'unreadable' },
    ]);
    expect(batch.skippedCount).toBe(2);
    expect(batch.truncated).toBe(false);
  });

  it('refuses a file over the size cap without reading it', async () => {
    let read = false;
    const huge = { name: '扫描件.pdf', size: 51, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(51))) };
    const batch = await readBlobFiles([{ file: huge, relativePath: '扫描件.pdf' }], new BatchBuilder('bulletin', limits, 50));
    expect(batch.skipped).toEqual([{ name: '扫描件.pdf', reason: 'too-large' }]);
    expect(read).toBe(false);
  });

  it('stops at the count cap and says the batch was cut short', async () => {
    const items = ['1', '2', '3', '4', '5'].map((n) => ({ file: blob(`第${n}期.md`, n), relativePath: `第${n}期.md` }));
    const batch = await readBlobFiles(items, new BatchBuilder('bulletin', limits));
    expect(batch.files.map((file) => file.name)).toEqual(['第1期.md', '第2期.md', '第3期.md']);
    expect(batch.truncated).toBe(true);
  });

  it('stops at the total size cap', async () => {
    const items = ['a', 'b'].map((n) => ({ file: blob(`${n}.txt`, 'x'.repeat(60)), relativePath: `${n}.txt` }));
    const batch = await readBlobFiles(items, new BatchBuilder('bulletin', limits));
    expect(batch.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(batch.truncated).toBe(true);
  });

  it('lists only so many skipped names but counts them all', async () => {
    const items = ['a', 'b', 'c', 'd'].map((n) => ({ file: blob(`${n}.png`, n), relativePath: `${n}.png` }));
    const batch = await readBlobFiles(items, new BatchBuilder('bulletin', limits));
    expect(batch.skipped).toHaveLength(2);
    expect(batch.skippedCount).toBe(4);
  });

  it('merges two batches', () => {
    const one = { files: [], skipped: [{ name: 'a.png', reason: 'unsupported' as const }], skippedCount: 1, truncated: false };
    const two = { files: [{ name: 'b.txt', relativePath: 'b.txt', bytes: new Uint8Array([1]) }], skipped: [], skippedCount: 0, truncated: true };
    expect(mergeBatches(one, two)).toEqual({ files: two.files, skipped: one.skipped, skippedCount: 1, truncated: true });
  });
});
