// The helper that turns the contract into ipcMain handlers: every channel registered,
// only the app's own page served, every argument validated, errors returned as values.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS, type RequestName } from '../../../../shared/ipc/contract.ts';
import { IpcFailure } from '../../../../electron/main/ipc/failure.ts';
import { handleRequest, registerRequestHandlers, type RequestHandlers } from '../../../../electron/main/ipc/register.ts';
import { strings } from '../../../../electron/main/strings.ts';
import { ipcEvent } from '../../../support/electron/electron-mock.ts';

const APP_URL = 'file:///opt/app/dist/renderer/index.html';

function stubHandlers(): RequestHandlers {
  return {
    openFiles: vi.fn(() => Promise.resolve(null)),
    openFolder: vi.fn(() => Promise.resolve(null)),
    readPaths: vi.fn(() => Promise.resolve({ files: [], skipped: [], skippedCount: 0, truncated: false })),
    saveFile: vi.fn(() => Promise.resolve('/home/user/文档/简报.docx')),
    openExternal: vi.fn(() => Promise.resolve({ opened: true as const, url: 'https://www.gov.cn/' })),
    getAppInfo: vi.fn(() =>
      Promise.resolve({ name: '政策快讯助手', version: '0.1.0', platform: 'linux' as const, runtime: 'electron' as const, electronVersion: '45.4.1' }),
    ),
    getWatchedFolder: vi.fn(() => Promise.resolve({ folder: null, watching: false })),
    chooseWatchedFolder: vi.fn(() => Promise.resolve({ folder: '/下载', watching: true })),
    clearWatchedFolder: vi.fn(() => Promise.resolve({ folder: null, watching: false })),
    ackWatchedFiles: vi.fn(() => Promise.resolve(null)),
    remindDeadlines: vi.fn(() => Promise.resolve(null)),
  };
}

const options = {
  isTrustedSender: (event: { senderFrame: { url: string } | null }) => event.senderFrame?.url === APP_URL,
  windowFor: () => null,
  log: vi.fn(),
};

// The events are structural stand-ins for IpcMainInvokeEvent.
type AnyEvent = Parameters<typeof handleRequest>[2];
const fromApp = ipcEvent(APP_URL) as unknown as AnyEvent;

beforeEach(() => {
  options.log.mockClear();
});

describe('registerRequestHandlers', () => {
  it('registers one handler per request channel, and removes them again', () => {
    const registered = new Map<string, unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: unknown) => registered.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const unregister = registerRequestHandlers(ipcMain, stubHandlers(), options);
    expect([...registered.keys()].sort()).toEqual(Object.values(REQUEST_CHANNELS).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('routes a channel to its own handler with the validated argument', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const handlers = stubHandlers();
    registerRequestHandlers(
      { handle: (channel, listener) => registered.set(channel, listener as never), removeHandler: () => undefined },
      handlers,
      options,
    );
    const result = await registered.get(REQUEST_CHANNELS.openFiles)?.(fromApp, { kind: 'backup' });
    expect(result).toEqual({ ok: true, value: null });
    expect(handlers.openFiles).toHaveBeenCalledWith({ kind: 'backup' }, { window: null, senderId: fromApp.sender.id });
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });
});

describe('handleRequest', () => {
  it('refuses requests from a page that is not the app', async () => {
    const handlers = stubHandlers();
    const foreign = ipcEvent('https://evil.example/') as unknown as AnyEvent;
    const result = await handleRequest('getAppInfo', handlers.getAppInfo, foreign, [], options);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: strings.errors.forbidden } });
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
    const noFrame = ipcEvent(null) as unknown as AnyEvent;
    expect(await handleRequest('getAppInfo', handlers.getAppInfo, noFrame, [], options)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  const invalid: Array<[RequestName, unknown[]]> = [
    ['openFiles', []],
    ['openFiles', [{ kind: 'exe' }]],
    ['openFiles', [{ kind: 'bulletin', extra: true }]],
    ['openFiles', ['bulletin']],
    ['openFolder', [{ path: '/' }]],
    ['readPaths', [{ paths: [] }]],
    ['readPaths', [{ paths: ['/tmp/a\0.txt'] }]],
    ['readPaths', [{ paths: [42] }]],
    ['readPaths', [{ paths: Array.from({ length: 2001 }, (_, n) => `/tmp/${n}.txt`) }]],
    ['saveFile', [{ kind: 'briefing', suggestedName: '简报', bytes: [1, 2, 3] }]],
    ['saveFile', [{ kind: 'briefing', suggestedName: '简报', bytes: 'UEsDBA==' }]],
    ['saveFile', [{ kind: 'exe', suggestedName: 'x', bytes: new Uint8Array(1) }]],
    ['saveFile', [{ kind: 'briefing', suggestedName: 'x'.repeat(256), bytes: new Uint8Array(1) }]],
    ['saveFile', [{ kind: 'briefing', bytes: new Uint8Array(1) }]],
    ['openExternal', [{ url: 42 }]],
    ['openExternal', ['https://www.gov.cn/']],
    ['openExternal', [{ url: 'https://www.gov.cn/' }, 'second argument']],
    ['getAppInfo', [{}]],
  ];

  it.each(invalid)('rejects %s(%j) without calling the handler', async (name, args) => {
    const handlers = stubHandlers();
    const handler = handlers[name];
    const result = await handleRequest(name, handler as never, fromApp, args, options);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: strings.errors.invalidArgument } });
    expect(handler).not.toHaveBeenCalled();
    expect(options.log).toHaveBeenCalled();
  });

  it('passes valid arguments through typed, and wraps the result', async () => {
    const handlers = stubHandlers();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result = await handleRequest('saveFile', handlers.saveFile, fromApp, [{ kind: 'briefing', suggestedName: '简报', bytes }], options);
    expect(result).toEqual({ ok: true, value: '/home/user/文档/简报.docx' });
    expect(handlers.saveFile).toHaveBeenCalledWith({ kind: 'briefing', suggestedName: '简报', bytes }, { window: null, senderId: fromApp.sender.id });
  });

  it('returns an IpcFailure as a typed error, and hides anything else behind a generic message', async () => {
    const failing = vi.fn(() => Promise.reject(new IpcFailure('io', '磁盘空间不足，无法保存。')));
    expect(await handleRequest('openFolder', failing, fromApp, [], options)).toEqual({
      ok: false,
      error: { code: 'io', message: '磁盘空间不足，无法保存。' },
    });
    const crashing = vi.fn(() => Promise.reject(new Error('EISDIR: /secret/path')));
    const result = await handleRequest('openFolder', crashing, fromApp, [], options);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: strings.errors.internal } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
  });
});
