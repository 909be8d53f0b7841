// The files `npm start` and electron-builder actually ship: electron/build.mjs bundles
// the main process and the preload into dist/electron, and here each bundle is run as
// Electron would run it (CommonJS, its own __dirname), with the electron stand-in in
// place of the module that cannot run on these machines. This catches what the tests
// of the sources cannot: a bundling mistake, a dependency the bundle cannot resolve, a
// path computed from the bundle's location, a preload that requires more than electron.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROPPED_PATHS_CHANNEL, PRELOAD_API_KEY, REQUEST_CHANNELS } from '../../shared/ipc/contract.ts';
import { electronModule, FakeBrowserWindow, ipcEvent, resetElectronMock, type Fake } from '../support/electron/electron-mock.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bundleDir = path.join(repoRoot, 'dist/electron');

type CommonJsWrapper = (exports: object, require: (name: string) => unknown, module: { exports: object }, filename: string, dirname: string) => void;

/** Runs a CommonJS bundle; returns the names it required. */
function runBundle(file: string): string[] {
  const required: string[] = [];
  const nodeRequire = createRequire(file);
  const requireInBundle = (name: string): unknown => {
    required.push(name);
    return name === 'electron' ? electronModule : nodeRequire(name);
  };
  const module = { exports: {} };
  const wrapped = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file }) as CommonJsWrapper;
  wrapped(module.exports, requireInBundle, module, file, path.dirname(file));
  return required;
}

let fake: Fake;

beforeAll(() => {
  execFileSync(process.execPath, ['electron/build.mjs'], { cwd: repoRoot, stdio: 'pipe' });
});

beforeEach(() => {
  fake = resetElectronMock();
});

describe('the built main process (dist/electron/main.cjs)', () => {
  it('starts the app: sandbox for every renderer, one secure window on the built renderer, every IPC channel handled, the menu set', async () => {
    runBundle(path.join(bundleDir, 'main.cjs'));
    expect(fake.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(bundleDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.options.icon).toBe(path.join(bundleDir, 'icon.png'));
    expect(window?.loadFile).toHaveBeenCalledExactlyOnceWith(path.join(repoRoot, 'dist/renderer/index.html'));
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(REQUEST_CHANNELS).sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('refuses raw IPC with forged arguments or paths, from the app page as from elsewhere', async () => {
    runBundle(path.join(bundleDir, 'main.cjs'));
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [window] = FakeBrowserWindow.instances;
    const appPage = ipcEvent(pathToFileURL(path.join(repoRoot, 'dist/renderer/index.html')).href, window ?? null);
    const call = (channel: string, event: unknown, ...args: unknown[]) => fake.handlers.get(channel)?.(event, ...args);
    // A path never dropped, a relative one, a folder walk of the project: refused before any read.
    expect(await call(REQUEST_CHANNELS.readPaths, appPage, { paths: [repoRoot] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(REQUEST_CHANNELS.readPaths, appPage, { paths: ['../../etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // Arguments of the wrong shape, extra fields, a second argument.
    expect(await call(REQUEST_CHANNELS.openFiles, appPage, { kind: 'anything' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call(REQUEST_CHANNELS.openExternal, appPage, { url: 'https://www.gov.cn', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call(REQUEST_CHANNELS.getAppInfo, appPage, undefined, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // A report of dropped paths from another page grants nothing.
    fake.mainListeners.emit(DROPPED_PATHS_CHANNEL, ipcEvent('https://evil.example/', window ?? null), [repoRoot]);
    expect(await call(REQUEST_CHANNELS.readPaths, appPage, { paths: [repoRoot] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Any request from a page that is not the app's.
    expect(await call(REQUEST_CHANNELS.getAppInfo, ipcEvent('https://evil.example/'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('quits at once when another instance already runs', () => {
    fake.app.hasLock = false;
    runBundle(path.join(bundleDir, 'main.cjs'));
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('the built preload (dist/electron/preload.cjs)', () => {
  it('requires nothing but electron and exposes the one typed API', () => {
    const required = runBundle(path.join(bundleDir, 'preload.cjs'));
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe(PRELOAD_API_KEY);
    expect(Object.keys(api).sort()).toEqual(['ackWatchedFiles', 'chooseWatchedFolder', 'clearWatchedFolder', 'getAppInfo', 'getWatchedFolder', 'onMenuCommand', 'onWatchedFiles', 'openExternal', 'openFiles', 'openFolder', 'readDroppedFiles', 'remindDeadlines', 'saveFile']);
  });
});
