// 导入快讯 / 从备份恢复: the open dialog with the kind's filters, then the chosen files' bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFiles } from '../../../../../electron/main/ipc/handlers/open-files.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { FakeBrowserWindow, fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openFiles handler', () => {
  it('offers several bulletins with the supported extensions and returns their bytes', async () => {
    const first = path.join(dir, '第1期.txt');
    const second = path.join(dir, '第2期.pdf');
    fs.writeFileSync(first, '快讯一');
    fs.writeFileSync(second, '%PDF');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [first, second] });
    const window = new FakeBrowserWindow({});

    const result = await callHandler('openFiles', openFiles, [{ kind: 'bulletin' }], window);

    expect(fake.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
    const [parent, options] = fake.dialog.showOpenDialog.mock.calls[0] as [unknown, Electron.OpenDialogOptions];
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]).toEqual({ name: '快讯与通知 (txt、md、docx、doc、pdf、html、mhtml)', extensions: ['txt', 'md', 'docx', 'doc', 'pdf', 'html', 'htm', 'mhtml', 'mht', 'wps', 'ofd'] });
    expect(options.title).toBe('导入快讯');
    expect(result).toEqual({
      ok: true,
      value: {
        files: [
          { name: '第1期.txt', relativePath: '第1期.txt', bytes: new TextEncoder().encode('快讯一') },
          { name: '第2期.pdf', relativePath: '第2期.pdf', bytes: new TextEncoder().encode('%PDF') },
        ],
        skipped: [],
        skippedCount: 0,
        truncated: false,
      },
    });
  });

  it('offers exactly one backup file for a restore', async () => {
    const backup = path.join(dir, '备份.json');
    fs.writeFileSync(backup, '{}');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [backup] });
    const result = await callHandler('openFiles', openFiles, [{ kind: 'backup' }]);
    const [options] = fake.dialog.showOpenDialog.mock.calls[0] as [Electron.OpenDialogOptions];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.[0]?.extensions).toEqual(['json']);
    expect(result.ok && result.value?.files.map((file) => file.name)).toEqual(['备份.json']);
  });

  it('answers null when the dialog is cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await callHandler('openFiles', openFiles, [{ kind: 'bulletin' }])).toEqual({ ok: true, value: null });
  });

  it('rejects an unknown kind before any dialog opens', async () => {
    const result = await callHandler('openFiles', openFiles, [{ kind: 'executable' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
