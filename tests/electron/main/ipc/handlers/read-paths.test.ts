// Files and folders dropped on the window, as paths the preload read from the drop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPaths } from '../../../../../electron/main/ipc/handlers/read-paths.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-paths-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readPaths handler', () => {
  it('reads a dropped file and a dropped folder together, without any dialog', async () => {
    const file = path.join(dir, '第1期.txt');
    fs.writeFileSync(file, '一');
    fs.mkdirSync(path.join(dir, '合集'));
    fs.writeFileSync(path.join(dir, '合集', '第2期.docx'), 'PK');

    const result = await callHandler('readPaths', readPaths, [{ paths: [file, path.join(dir, '合集')] }]);

    expect(result.ok && result.value.files.map((picked) => picked.relativePath)).toEqual(['第1期.txt', '合集/第2期.docx']);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses relative paths: only a forged request can send them', async () => {
    const result = await callHandler('readPaths', readPaths, [{ paths: ['../../etc/passwd'] }]);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: '拖入的文件路径无效。' } });
  });

  it('refuses an empty list and paths with NUL characters', async () => {
    expect(await callHandler('readPaths', readPaths, [{ paths: [] }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await callHandler('readPaths', readPaths, [{ paths: [`${dir}/a.txt\0.png`] }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
