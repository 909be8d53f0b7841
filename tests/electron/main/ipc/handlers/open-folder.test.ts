// 导入文件夹: the folder dialog, then every bulletin under the folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFolder } from '../../../../../electron/main/ipc/handlers/open-folder.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-folder-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openFolder handler', () => {
  it('opens a directory dialog and reads the folder recursively', async () => {
    fs.mkdirSync(path.join(dir, '2024快讯', '五月'), { recursive: true });
    fs.writeFileSync(path.join(dir, '2024快讯', '五月', '第5期.md'), '# 第5期');
    fs.writeFileSync(path.join(dir, '2024快讯', '封面.png'), 'png');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path.join(dir, '2024快讯')] });

    const result = await callHandler('openFolder', openFolder, []);

    const [options] = fake.dialog.showOpenDialog.mock.calls[0] as [Electron.OpenDialogOptions];
    expect(options.properties).toEqual(['openDirectory']);
    expect(options.buttonLabel).toBe('导入此文件夹');
    expect(result).toEqual({
      ok: true,
      value: {
        files: [{ name: '第5期.md', relativePath: '2024快讯/五月/第5期.md', bytes: new TextEncoder().encode('# 第5期') }],
        skipped: [{ name: '2024快讯/封面.png', reason: 'unsupported' }],
        skippedCount: 1,
        truncated: false,
      },
    });
  });

  it('answers null when cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await callHandler('openFolder', openFolder, [])).toEqual({ ok: true, value: null });
  });

  it('takes no argument', async () => {
    expect(await callHandler('openFolder', openFolder, [{ path: '/' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
