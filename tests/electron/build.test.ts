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
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRELOAD_API_KEY, REQUEST_CHANNELS } from '../../shared/ipc/contract.ts';
import { electronModule, FakeBrowserWindow, resetElectronMock, type Fake } from '../support/electron/electron-mock.ts';

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
    expect(Object.keys(api).sort()).toEqual(['ackWatchedFiles', 'chooseWatchedFolder', 'clearWatchedFolder', 'getAppInfo', 'getWatchedFolder', 'onMenuCommand', 'onWatchedFiles', 'openExternal', 'openFiles', 'openFolder', 'readDroppedFiles', 'saveFile']);
  });
});
