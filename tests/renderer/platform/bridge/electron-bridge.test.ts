// The bridge over the preload's API: values through, IPC errors as BridgeErrors.
import { describe, expect, it, vi } from 'vitest';
import type { PreloadApi } from '../../../../shared/ipc/contract.ts';
import { BridgeError } from '../../../../renderer/platform/bridge/bridge-error.ts';
import { createElectronBridge } from '../../../../renderer/platform/bridge/electron-bridge.ts';

function fakeApi(): PreloadApi<File> {
  return {
    openFiles: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    openFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: { files: [], skipped: [], skippedCount: 0, truncated: false } })),
    saveFile: vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'io' as const, message: '磁盘空间不足，无法保存。' } })),
    openExternal: vi.fn(() => Promise.resolve({ ok: true as const, value: { opened: true as const, url: 'https://www.gov.cn/' } })),
    getAppInfo: vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { name: '政策快讯助手', version: '0.1.0', platform: 'win32' as const, runtime: 'electron' as const, electronVersion: '45.4.1' } }),
    ),
    readDroppedFiles: vi.fn(() => Promise.resolve({ ok: true as const, value: { files: [], skipped: [], skippedCount: 0, truncated: false } })),
    onMenuCommand: vi.fn(() => () => undefined),
    onWatchedFiles: vi.fn(() => () => undefined),
    getWatchedFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: { folder: '/下载', watching: true } })),
    chooseWatchedFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: { folder: '/下载', watching: true } })),
    clearWatchedFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: { folder: null, watching: false } })),
    ackWatchedFiles: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    remindDeadlines: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
  };
}

describe('createElectronBridge', () => {
  it('passes arguments to the preload and resolves with the value', async () => {
    const api = fakeApi();
    const bridge = createElectronBridge(api);
    expect(bridge.runtime).toBe('electron');
    expect(await bridge.openFiles({ kind: 'bulletin' })).toBeNull();
    expect(api.openFiles).toHaveBeenCalledWith({ kind: 'bulletin' });
    expect(await bridge.openExternal({ url: 'https://www.gov.cn/' })).toEqual({ opened: true, url: 'https://www.gov.cn/' });
    expect((await bridge.getAppInfo()).platform).toBe('win32');
    expect((await bridge.openFolder())?.files).toEqual([]);
  });

  it('rejects with a BridgeError carrying the code and the Chinese message', async () => {
    const bridge = createElectronBridge(fakeApi());
    const error = await bridge.saveFile({ kind: 'briefing', suggestedName: '简报', bytes: new Uint8Array(1) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ code: 'io', message: '磁盘空间不足，无法保存。' });
  });

  it('hands the drop\u2019s File objects to the preload as an array, at once', async () => {
    const api = fakeApi();
    const files = [new File(['a'], 'a.txt'), new File(['b'], 'b.pdf')];
    const list = { length: 2, 0: files[0], 1: files[1] } as unknown as ArrayLike<File>;
    const pending = createElectronBridge(api).readDropped({ files: list });
    expect(api.readDroppedFiles).toHaveBeenCalledExactlyOnceWith(files);
    await pending;
  });

  it('subscribes to menu commands through the preload', () => {
    const api = fakeApi();
    const listener = vi.fn();
    createElectronBridge(api).onMenuCommand(listener);
    expect(api.onMenuCommand).toHaveBeenCalledWith(listener);
  });
});
