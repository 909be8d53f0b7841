// The preload exposes one typed API and nothing else: no ipcRenderer, no generic
// invoke(channel), dropped files turned into paths here and only here.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROPPED_PATHS_CHANNEL, MENU_COMMAND_CHANNEL, PRELOAD_API_KEY, REQUEST_CHANNELS, WATCHED_FILES_CHANNEL, type PreloadApi } from '../../../shared/ipc/contract.ts';
import { fake, resetElectronMock } from '../../support/electron/electron-mock.ts';
import { installDropGrants, type DropEventLike } from '../../../electron/preload/preload-api.ts';

vi.mock('electron', async () => (await import('../../support/electron/electron-mock.ts')).electronModule);

// The preload exposes its API once, when it is loaded. Its calls reach whichever fakes
// are current, so each test resets them and works with the one exposed API.
let exposed: { key: string; api: PreloadApi<File> };

beforeAll(async () => {
  await import('../../../electron/preload/preload.ts');
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, PreloadApi<File>];
  exposed = { key, api };
});

beforeEach(() => {
  resetElectronMock();
});

function loadPreload(): Promise<PreloadApi<File>> {
  expect(exposed.key).toBe(PRELOAD_API_KEY);
  return Promise.resolve(exposed.api);
}

describe('preload', () => {
  it('exposes exactly the contract\u2019s functions under one key', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(['ackWatchedFiles', 'chooseWatchedFolder', 'clearWatchedFolder', 'getAppInfo', 'getWatchedFolder', 'onMenuCommand', 'onWatchedFiles', 'openExternal', 'openFiles', 'openFolder', 'readDroppedFiles', 'remindDeadlines', 'saveFile']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
    expect(Object.values(api)).not.toContain(fake.ipcRenderer.invoke);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('readPaths');
  });

  it('sends each request on its own channel with its argument, and returns main\u2019s answer', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'answer' });
    const bytes = new Uint8Array([1, 2]);

    expect(await api.openFiles({ kind: 'bulletin' })).toEqual({ ok: true, value: 'answer' });
    await api.openFolder();
    await api.saveFile({ kind: 'briefing', suggestedName: '简报', bytes });
    await api.openExternal({ url: 'https://www.gov.cn/' });
    await api.getAppInfo();

    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [REQUEST_CHANNELS.openFiles, { kind: 'bulletin' }],
      [REQUEST_CHANNELS.openFolder],
      [REQUEST_CHANNELS.saveFile, { kind: 'briefing', suggestedName: '简报', bytes }],
      [REQUEST_CHANNELS.openExternal, { url: 'https://www.gov.cn/' }],
      [REQUEST_CHANNELS.getAppInfo],
    ]);
  });

  it('turns dropped files into paths with webUtils and asks main to read them', async () => {
    const api = await loadPreload();
    const pdf = new File(['%PDF'], '第3期.pdf');
    const folder = new File([], '2024快讯');
    const paths = new Map<unknown, string>([
      [pdf, '/home/user/下载/第3期.pdf'],
      [folder, '/home/user/下载/2024快讯'],
    ]);
    fake.webUtils.getPathForFile.mockImplementation((file: unknown) => paths.get(file) ?? '');
    const fromMain = { files: [{ name: '第3期.pdf', relativePath: '第3期.pdf', bytes: new Uint8Array([1]) }], skipped: [], skippedCount: 0, truncated: false };
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: fromMain });

    const result = await api.readDroppedFiles([pdf, folder]);

    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(REQUEST_CHANNELS.readPaths, {
      paths: ['/home/user/下载/第3期.pdf', '/home/user/下载/2024快讯'],
    });
    expect(result).toEqual({ ok: true, value: fromMain });
  });

  it('reads dropped files that have no path (dragged from a browser) in the page', async () => {
    const api = await loadPreload();
    const inMemory = new File(['快讯正文'], '附件.txt');
    const other = new File(['x'], '图片.png');

    const result = await api.readDroppedFiles([inMemory, other]);

    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: true,
      value: {
        files: [{ name: '附件.txt', relativePath: '附件.txt', bytes: new TextEncoder().encode('快讯正文') }],
        skipped: [{ name: '图片.png', reason: 'unsupported' }],
        skippedCount: 1,
        truncated: false,
      },
    });
  });

  it('passes main\u2019s error on when reading dropped paths fails', async () => {
    const api = await loadPreload();
    fake.webUtils.getPathForFile.mockReturnValue('/tmp/a.txt');
    const failure = { ok: false, error: { code: 'invalid-argument', message: '拖入的文件路径无效。' } };
    fake.ipcRenderer.invoke.mockResolvedValue(failure);
    expect(await api.readDroppedFiles([new File(['a'], 'a.txt')])).toEqual(failure);
  });

  it('delivers only known menu commands, without the IPC event, until unsubscribed', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const event = { sender: { secret: true } };

    fake.rendererListeners.emit(MENU_COMMAND_CHANNEL, event, 'import');
    fake.rendererListeners.emit(MENU_COMMAND_CHANNEL, event, 'navigate:deadlines');
    fake.rendererListeners.emit(MENU_COMMAND_CHANNEL, event, 'rm -rf');
    fake.rendererListeners.emit(MENU_COMMAND_CHANNEL, event, { command: 'import' });
    expect(listener.mock.calls).toEqual([['import'], ['navigate:deadlines']]);

    unsubscribe();
    fake.rendererListeners.emit(MENU_COMMAND_CHANNEL, event, 'import');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(fake.rendererListeners.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });

  it('delivers watched files of the expected shape only, until unsubscribed', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onWatchedFiles(listener);
    const arrival = { batch: { files: [], skipped: [], skippedCount: 0, truncated: false }, keys: ['a.html|10|1'] };
    fake.rendererListeners.emit(WATCHED_FILES_CHANNEL, {}, arrival);
    fake.rendererListeners.emit(WATCHED_FILES_CHANNEL, {}, { keys: 'all' });
    fake.rendererListeners.emit(WATCHED_FILES_CHANNEL, {}, 'x');
    expect(listener.mock.calls).toEqual([[arrival]]);
    unsubscribe();
    expect(fake.rendererListeners.listenerCount(WATCHED_FILES_CHANNEL)).toBe(0);
  });

  it('sends the watched-folder requests on their own channels', async () => {
    const api = await loadPreload();
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    await api.getWatchedFolder();
    await api.chooseWatchedFolder();
    await api.clearWatchedFolder();
    await api.ackWatchedFiles({ keys: ['a.html|10|1'] });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [REQUEST_CHANNELS.getWatchedFolder],
      [REQUEST_CHANNELS.chooseWatchedFolder],
      [REQUEST_CHANNELS.clearWatchedFolder],
      [REQUEST_CHANNELS.ackWatchedFiles, { keys: ['a.html|10|1'] }],
    ]);
  });
});

describe('installDropGrants', () => {
  type Listener = (event: DropEventLike) => void;
  const setUp = () => {
    let listener: Listener | null = null;
    let capture = false;
    const send = vi.fn();
    installDropGrants({
      target: {
        addEventListener: (_type, added, options) => {
          listener = added;
          capture = options.capture;
        },
      },
      send,
      getPathForFile: (file) => (file.name === 'pasted.txt' ? '' : `/home/user/快讯/${file.name}`),
    });
    const drop = (isTrusted: boolean, names: string[]) =>
      listener?.({ isTrusted, dataTransfer: { files: names.map((name) => new File(['x'], name)) } });
    return { send, drop, capture: () => capture };
  };

  it('tells main the paths of a drop the user made, before the page sees it', () => {
    const { send, drop, capture } = setUp();
    drop(true, ['第1期.txt', 'pasted.txt', '第2期.pdf']);
    expect(capture()).toBe(true);
    expect(send).toHaveBeenCalledExactlyOnceWith(DROPPED_PATHS_CHANNEL, ['/home/user/快讯/第1期.txt', '/home/user/快讯/第2期.pdf']);
  });

  it('ignores drops a script made, and drops with no file on disk', () => {
    const { send, drop } = setUp();
    drop(false, ['第1期.txt']);
    drop(true, ['pasted.txt']);
    expect(send).not.toHaveBeenCalled();
  });
});
