// The app's start-up and life: one instance, security in place before the window,
// handlers and menu registered, the window re-created and brought forward as users expect.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, REQUEST_CHANNELS } from '../../../shared/ipc/contract.ts';
import { rendererCsp } from '../../../shared/ipc/csp.ts';
import { startApp, type StartOptions } from '../../../electron/main/lifecycle.ts';
import { FakeBrowserWindow, FakeWebContents, fake, ipcEvent, resetElectronMock } from '../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../support/electron/electron-mock.ts')).electronModule);

let userData: string;
const INDEX = path.resolve('/opt/app/dist/renderer/index.html');
const APP_URL = pathToFileURL(INDEX).href;

beforeEach(() => {
  resetElectronMock();
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'lifecycle-'));
  fake.app.paths.userData = userData;
});
afterEach(() => fs.rmSync(userData, { recursive: true, force: true }));

function options(extra: Partial<StartOptions> = {}): StartOptions {
  return { paths: { preload: '/opt/app/dist/electron/preload.cjs', rendererIndex: INDEX, icon: '/opt/app/dist/electron/icon.png' }, platform: 'linux', ...extra };
}

async function started(extra: Partial<StartOptions> = {}) {
  const running = startApp(options(extra));
  if (running === null) throw new Error('the app did not start');
  await running.ready;
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window');
  return { running, window };
}

describe('single instance', () => {
  it('quits at once when another instance holds the lock, opening nothing', () => {
    fake.app.hasLock = false;
    expect(startApp(options())).toBeNull();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toEqual([]);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const { window } = await started();
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['policy-brief-desk'], '/home/user', {});
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('sandboxes every renderer, secures the session and opens one window on the built renderer', async () => {
    const { window } = await started();
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'zh-CN');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(INDEX);
    expect(window.options.webPreferences).toMatchObject({ preload: '/opt/app/dist/electron/preload.cjs', sandbox: true, contextIsolation: true });
    const callback = vi.fn();
    fake.session.headersListener?.({ url: APP_URL }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [rendererCsp()] } });
    expect(fake.session.permissionRequestHandler).not.toBeNull();
    expect(fake.session.permissionCheckHandler).not.toBeNull();
  });

  it('registers a handler for every request, serving only the app\u2019s own page', async () => {
    const { window } = await started();
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(REQUEST_CHANNELS).sort());
    const getAppInfo = fake.handlers.get(REQUEST_CHANNELS.getAppInfo);
    expect(await getAppInfo?.(ipcEvent(APP_URL, window))).toMatchObject({ ok: true, value: { name: '政策快讯助手', runtime: 'electron' } });
    expect(await getAppInfo?.(ipcEvent('https://evil.example/', window))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('attaches dialogs to the window that asked', async () => {
    const { window } = await started();
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await fake.handlers.get(REQUEST_CHANNELS.openFolder)?.(ipcEvent(APP_URL, window));
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(window);
  });

  it('keeps the window state under userData', async () => {
    const { window } = await started();
    window.close();
    expect(fs.readdirSync(userData)).toEqual(['window-state.json']);
  });

  it('installs the menu, whose items reach the window\u2019s page', async () => {
    const { window } = await started();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const fileMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    const importItem = fileMenu.find((item) => item.label === '导入快讯…');
    (importItem?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(MENU_COMMAND_CHANNEL, 'import');
  });

  it('sets the Windows app id for the taskbar', async () => {
    await started({ platform: 'win32' });
    expect(fake.app.setAppUserModelId).toHaveBeenCalledWith('cn.policybrief.desk');
  });
});

describe('development server', () => {
  it('loads VITE_DEV_SERVER_URL in an unpacked app', async () => {
    const { window } = await started({ devServerUrl: 'http://localhost:5173' });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('ignores it in a packaged app', async () => {
    fake.app.isPackaged = true;
    const { window } = await started({ devServerUrl: 'http://localhost:5173' });
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(INDEX);
    expect(window.options.webPreferences?.devTools).toBe(false);
  });
});

describe('windows closing', () => {
  it('quits when the last window closes on Windows and Linux', async () => {
    await started({ platform: 'linux' });
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('stays running on macOS and re-opens the window from the dock', async () => {
    const { window } = await started({ platform: 'darwin' });
    window.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    fake.app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    fake.app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('opens a window for a menu command when none is open (macOS)', async () => {
    const { window } = await started({ platform: 'darwin' });
    window.close();
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const fileMenu = template[1]?.submenu as MenuItemConstructorOptions[];
    (fileMenu.find((item) => item.label === '新建客户')?.click as () => void)();
    const reopened = FakeBrowserWindow.instances.at(-1);
    expect(reopened).not.toBe(window);
    expect(reopened?.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'new-client');
  });
});

describe('every web contents', () => {
  it('is hardened as it is created: links open only through the check', async () => {
    await started();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);

    expect(contents.windowOpenHandler?.({ url: 'https://www.gov.cn/zhengce/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/zhengce/'));

    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);

    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'http://gov.cn.evil.com/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(2));
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
