// The web fallback of the bridge, as `npm run web` uses it: pickers, drops, downloads,
// checked links, app information and keyboard shortcuts standing in for the menu.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { MenuCommand } from '../../../../../shared/ipc/contract.ts';
import packageJson from '../../../../../package.json';
import { createWebBridge } from '../../../../../renderer/platform/bridge/web/web-bridge.ts';
import { REVOKE_DELAY_MS } from '../../../../../renderer/platform/bridge/web/download.ts';

/** The next file input the bridge clicks, and a way to answer it as the user would. */
function nextPicker(): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      click.mockRestore();
      resolve(this);
    });
  });
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function withRelativePath(file: File, relativePath: string): File {
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('openFiles', () => {
  it('opens a multi-select picker for bulletins and returns their bytes', async () => {
    const bridge = createWebBridge();
    const picker = nextPicker();
    const pending = bridge.openFiles({ kind: 'bulletin' });
    const input = await picker;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.txt,.md,.docx,.doc,.pdf,.html,.htm,.mhtml,.mht,.wps,.ofd');
    expect(input.isConnected).toBe(true);

    choose(input, [new File(['第一期'], '第1期.txt'), new File(['x'], '表格.xlsx')]);
    const batch = await pending;

    expect(batch?.files).toEqual([{ name: '第1期.txt', relativePath: '第1期.txt', bytes: new TextEncoder().encode('第一期') }]);
    expect(batch?.skipped).toEqual([{ name: '表格.xlsx', reason: 'unsupported' }]);
    expect(input.isConnected).toBe(false);
  });

  it('opens a single-file picker for a backup', async () => {
    const picker = nextPicker();
    const pending = createWebBridge().openFiles({ kind: 'backup' });
    const input = await picker;
    expect(input.multiple).toBe(false);
    expect(input.accept).toBe('.json');
    choose(input, [new File(['{}'], '备份.json')]);
    expect((await pending)?.files.map((file) => file.name)).toEqual(['备份.json']);
  });

  it('answers null when the picker is cancelled', async () => {
    const picker = nextPicker();
    const pending = createWebBridge().openFiles({ kind: 'bulletin' });
    const input = await picker;
    input.dispatchEvent(new Event('cancel'));
    expect(await pending).toBeNull();
    expect(input.isConnected).toBe(false);
  });
});

describe('openFolder', () => {
  it('picks a folder and keeps the paths inside it, minus hidden and lock files', async () => {
    const picker = nextPicker();
    const pending = createWebBridge().openFolder();
    const input = await picker;
    expect(input.webkitdirectory).toBe(true);
    choose(input, [
      withRelativePath(new File(['十'], '第10期.md'), '快讯/第10期.md'),
      withRelativePath(new File(['二'], '第2期.md'), '快讯/第2期.md'),
      withRelativePath(new File(['x'], 'config'), '快讯/.git/config'),
      withRelativePath(new File(['x'], '~$第2期.docx'), '快讯/~$第2期.docx'),
    ]);
    const batch = await pending;
    expect(batch?.files.map((file) => file.relativePath)).toEqual(['快讯/第2期.md', '快讯/第10期.md']);
    expect(batch?.skippedCount).toBe(0);
  });
});

describe('readDropped', () => {
  it('reads dropped files', async () => {
    const batch = await createWebBridge().readDropped({ files: [new File(['%PDF'], '第3期.pdf'), new File(['x'], '照片.jpg')] });
    expect(batch.files.map((file) => file.name)).toEqual(['第3期.pdf']);
    expect(batch.skipped).toEqual([{ name: '照片.jpg', reason: 'unsupported' }]);
  });

  it('walks dropped folders through their file-system entries', async () => {
    const fileEntry = (file: File) => ({ name: file.name, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(file) });
    const directoryEntry = (name: string, children: unknown[]) => ({
      name,
      isFile: false,
      isDirectory: true,
      createReader: () => {
        // Like Chromium: the children in batches, then an empty batch.
        const batches = [children.slice(0, 1), children.slice(1), []];
        return { readEntries: (ok: (entries: unknown[]) => void) => ok(batches.shift() ?? []) };
      },
    });
    const tree = directoryEntry('2024快讯', [
      fileEntry(new File(['十'], '第10期.txt')),
      directoryEntry('五月', [fileEntry(new File(['五'], '第5期.docx'))]),
      fileEntry(new File(['x'], '.DS_Store')),
      fileEntry(new File(['二'], '第2期.txt')),
    ]);
    const item = { kind: 'file', webkitGetAsEntry: () => tree } as unknown as DataTransferItem;

    const batch = await createWebBridge().readDropped({ files: [], items: [item] });

    expect(batch.files.map((file) => file.relativePath)).toEqual(['2024快讯/第2期.txt', '2024快讯/第10期.txt', '2024快讯/五月/第5期.docx']);
    expect(new TextDecoder().decode(batch.files[0]?.bytes)).toBe('二');
  });
});

describe('saveFile', () => {
  it('downloads the bytes under a safe name and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:policy-desk/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);

    const saved = await createWebBridge().saveFile({ kind: 'briefing', suggestedName: '北京绿源/简报', bytes });

    expect(saved).toBe('北京绿源_简报.docx');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('北京绿源_简报.docx');
    expect(clicked[0]?.href).toBe('blob:policy-desk/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await created[0]!.arrayBuffer())).toEqual(bytes);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(revoke).toHaveBeenCalledExactlyOnceWith('blob:policy-desk/1');
  });
});

describe('openExternal', () => {
  it('opens a checked http(s) link in a new tab without opener or referrer', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    expect(await createWebBridge().openExternal({ url: 'https://WWW.GOV.CN/zhengce/' })).toEqual({ opened: true, url: 'https://www.gov.cn/zhengce/' });
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/zhengce/', '_blank', 'noopener,noreferrer');
  });

  it('asks before opening a host outside gov.cn, naming the host', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    // happy-dom has no window.confirm: the browser's own is stood in for.
    const confirm = vi.fn<(message: string) => boolean>().mockReturnValueOnce(false).mockReturnValueOnce(true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
    expect(await createWebBridge().openExternal({ url: 'http://www.chinamomentum.com/' })).toEqual({ opened: false, reason: 'declined', notified: true });
    expect(open).not.toHaveBeenCalled();
    expect(confirm.mock.calls[0]?.[0]).toContain('即将打开外部网站：www.chinamomentum.com');
    expect(await createWebBridge().openExternal({ url: 'http://www.chinamomentum.com/' })).toEqual({ opened: true, url: 'http://www.chinamomentum.com/' });
    expect(open).toHaveBeenCalledExactlyOnceWith('http://www.chinamomentum.com/', '_blank', 'noopener,noreferrer');
  });

  it.each([
    ['javascript:alert(1)', 'unsupported-protocol'],
    ['https://evil.com\\@gov.cn', 'backslash'],
    ['http://gov.cn.evil.com', 'misleading-host'],
  ])('refuses %s and leaves telling the user to the UI', async (url, reason) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    expect(await createWebBridge().openExternal({ url })).toEqual({ opened: false, reason, notified: false });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('getAppInfo', () => {
  it('names the app and its version, and says it runs in a browser', async () => {
    const info = await createWebBridge().getAppInfo();
    expect(info).toMatchObject({ name: '政策快讯助手', version: packageJson.version, runtime: 'web', electronVersion: null });
    expect(['darwin', 'win32', 'linux', 'other']).toContain(info.platform);
  });
});

describe('onMenuCommand (keyboard shortcuts)', () => {
  let listener: Mock<(command: MenuCommand) => void>;
  let unsubscribe: () => void;
  const isMac = () => /mac/i.test(navigator.platform) || /mac/i.test(navigator.userAgent);

  beforeEach(() => {
    listener = vi.fn();
    unsubscribe = createWebBridge().onMenuCommand(listener);
  });
  afterEach(() => unsubscribe());

  function key(init: KeyboardEventInit): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init, ...(isMac() ? { metaKey: init.ctrlKey, ctrlKey: false } : {}) });
    document.body.dispatchEvent(event);
    return event;
  }

  it('turns Ctrl/⌘+O, Ctrl/⌘+Shift+O, Ctrl/⌘+F and Ctrl/⌘+, into the menu\u2019s commands', () => {
    const events = [key({ key: 'o', ctrlKey: true }), key({ key: 'O', ctrlKey: true, shiftKey: true }), key({ key: 'f', ctrlKey: true }), key({ key: ',', ctrlKey: true })];
    expect(listener.mock.calls).toEqual([['import'], ['import-folder'], ['focus-search'], ['open-settings']]);
    expect(events.every((event) => event.defaultPrevented)).toBe(true);
  });

  it('leaves other keys, and keys typed into an input method, alone', () => {
    const copy = key({ key: 'c', ctrlKey: true });
    key({ key: 'f', ctrlKey: true, isComposing: true });
    key({ key: 'o' });
    expect(listener).not.toHaveBeenCalled();
    expect(copy.defaultPrevented).toBe(false);
  });

  it('stops listening when unsubscribed', () => {
    unsubscribe();
    key({ key: 'o', ctrlKey: true });
    expect(listener).not.toHaveBeenCalled();
  });
});
