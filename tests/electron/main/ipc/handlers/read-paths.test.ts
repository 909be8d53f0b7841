// Files and folders dropped on the window, as paths the preload read from the drop and
// reported to main: only those are read, only for a while, only for the page they were
// dropped on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROPPED_PATHS_CHANNEL } from '../../../../../shared/ipc/contract.ts';
import { DROP_GRANT_LIFETIME_MS, DroppedPathGrants } from '../../../../../electron/main/dropped-paths.ts';
import { createReadPaths } from '../../../../../electron/main/ipc/handlers/read-paths.ts';
import { registerDroppedPaths } from '../../../../../electron/main/ipc/register.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { FakeBrowserWindow, fake, ipcEvent, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
let clock: number;
let grants: DroppedPathGrants;
let window: FakeBrowserWindow;
let stop: () => void;
const APP = 'file:///opt/app/dist/renderer/index.html';

/** The preload's report of a drop, as main receives it from the page at `url`. */
function reportDrop(paths: unknown, from: FakeBrowserWindow = window, url: string | null = APP): void {
  fake.mainListeners.emit(DROPPED_PATHS_CHANNEL, ipcEvent(url, from), paths);
}

const read = (paths: string[], from: FakeBrowserWindow = window) => callHandler('readPaths', createReadPaths(grants), [{ paths }], from);

beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-paths-'));
  clock = 1_000_000;
  grants = new DroppedPathGrants(() => clock);
  window = new FakeBrowserWindow({});
  stop = registerDroppedPaths(fake.ipcMain, grants, { isTrustedSender: (event) => event.senderFrame?.url === APP, log: () => undefined });
});
afterEach(() => {
  stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readPaths handler', () => {
  it('reads a dropped file and a dropped folder together, without any dialog', async () => {
    const file = path.join(dir, '第1期.txt');
    fs.writeFileSync(file, '一');
    fs.mkdirSync(path.join(dir, '合集'));
    fs.writeFileSync(path.join(dir, '合集', '第2期.docx'), 'PK');
    reportDrop([file, path.join(dir, '合集')]);

    const result = await read([file, path.join(dir, '合集')]);

    expect(result.ok && result.value.files.map((picked) => picked.relativePath)).toEqual(['第1期.txt', '合集/第2期.docx']);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a path that was never dropped, even beside one that was (a forged request)', async () => {
    const dropped = path.join(dir, 'a.txt');
    fs.writeFileSync(dropped, '一');
    reportDrop([dropped]);
    for (const forged of [[path.resolve('.')], [dropped, os.homedir()], [path.join(dir)]]) {
      expect(await read(forged)).toEqual({ ok: false, error: { code: 'forbidden', message: '只能读取刚刚拖入窗口的文件，请重新拖入。' } });
    }
  });

  it('refuses a drop reported by another page, from outside the app, or after the grant has lapsed', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '一');
    const other = new FakeBrowserWindow({});
    reportDrop([file], other);
    expect(await read([file])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    reportDrop([file], window, 'https://evil.example/');
    expect(await read([file])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    reportDrop([file]);
    expect(await read([file])).toMatchObject({ ok: true });
    clock += DROP_GRANT_LIFETIME_MS + 1;
    expect(await read([file])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('ignores reports that fail the schema', async () => {
    reportDrop('not a list');
    reportDrop([`${dir}/a.txt\0.png`]);
    reportDrop([]);
    expect(await read([`${dir}/a.txt`])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses relative paths: only a forged request can send them', async () => {
    reportDrop(['../../etc/passwd']);
    const result = await read(['../../etc/passwd']);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: '拖入的文件路径无效。' } });
  });

  it('refuses an empty list and paths with NUL characters', async () => {
    expect(await read([])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await read([`${dir}/a.txt\0.png`])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('does not follow a link inside a dropped folder out of it', async () => {
    fs.mkdirSync(path.join(dir, '快讯'));
    fs.writeFileSync(path.join(dir, '快讯', '第1期.txt'), '一');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), '机密');
    fs.symlinkSync(outside, path.join(dir, '快讯', 'link'));
    reportDrop([path.join(dir, '快讯')]);
    const result = await read([path.join(dir, '快讯')]);
    expect(result.ok && result.value.files.map((picked) => picked.relativePath)).toEqual(['快讯/第1期.txt']);
    fs.rmSync(outside, { recursive: true, force: true });
  });
});
