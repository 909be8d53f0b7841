// The main window's settings: every webPreferences security flag, where the page comes
// from, the remembered state applied, and a crashed page explained and reloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusWindow, mainWindowOptions } from '../../../electron/main/window.ts';
import { DEFAULT_WINDOW_STATE } from '../../../electron/main/window-state.ts';
import { asWindow, FakeBrowserWindow, fake, resetElectronMock } from '../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'window-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const INDEX = '/opt/app/dist/renderer/index.html';

function create(extra: Partial<Parameters<typeof createMainWindow>[0]> = {}): FakeBrowserWindow {
  createMainWindow({
    location: { kind: 'file', indexPath: INDEX },
    preloadPath: '/opt/app/dist/electron/preload.cjs',
    iconPath: '/opt/app/dist/electron/icon.png',
    stateFile: path.join(dir, 'window-state.json'),
    devTools: false,
    ...extra,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node and web security on', () => {
    const options = mainWindowOptions(DEFAULT_WINDOW_STATE, { preloadPath: '/p/preload.cjs', devTools: false });
    expect(options.webPreferences).toEqual({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
    });
  });

  it('titles the window and keeps it usable in size', () => {
    const options = mainWindowOptions({ x: 5, y: 6, width: 1100, height: 700, maximized: false }, { preloadPath: '/p', devTools: true });
    expect(options).toMatchObject({ title: '政策快讯助手', x: 5, y: 6, width: 1100, height: 700, minWidth: 960, minHeight: 600, show: false });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(mainWindowOptions(DEFAULT_WINDOW_STATE, { preloadPath: '/p', devTools: false })).not.toHaveProperty('x');
  });
});

describe('createMainWindow', () => {
  it('loads the built renderer from its file and shows the window once it has painted', () => {
    const window = create();
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(INDEX);
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(window.options.icon).toBe('/opt/app/dist/electron/icon.png');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('loads the dev server when told to', () => {
    const window = create({ location: { kind: 'dev', url: 'http://localhost:5173/' } });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('comes back maximised, at the remembered place', () => {
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 200, y: 100, width: 1300, height: 850, maximized: true }));
    const window = create();
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1300, height: 850 });
    expect(window.maximize).toHaveBeenCalledTimes(1);
  });

  it('saves its state when closed', () => {
    const window = create();
    window.bounds = { x: 300, y: 200, width: 1000, height: 640 };
    window.close();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 300, y: 200, width: 1000, height: 640, maximized: false });
  });

  it('explains a crashed page and reloads it instead of leaving it blank', async () => {
    const window = create();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(window.loadFile).toHaveBeenCalledTimes(2));
    const [parent, box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, Electron.MessageBoxOptions];
    expect(parent).toBe(window);
    expect(box.title).toBe('界面意外退出');
  });

  it('does nothing when the page exits cleanly', () => {
    const window = create();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('restores a minimised, hidden window and focuses it', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    focusWindow(asWindow(window));
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
