// A stand-in for the `electron` module, which cannot run here (its binary is not
// downloadable on these machines). Test files install it with
//   vi.mock('electron', async () => (await import('../../unit/electron/support/support/electron-mock.ts')).electronModule);
// and drive or inspect the fakes through `fake`. The fakes keep only the behaviour the
// main-process code relies on (events, window state, handler registration) so that the
// tests exercise the real code paths around them.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  /** Electron's unique id of a web contents, as main keys per-page state by it. */
  readonly id = FakeWebContents.nextId++;
  loading = false;
  url = '';
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn();
  isLoading = (): boolean => this.loading;
  getURL = (): string => this.url;
  setWindowOpenHandler = (handler: WindowOpenHandler): void => {
    this.windowOpenHandler = handler;
  };
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents = (contents: unknown): FakeBrowserWindow | null =>
    FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances.filter((window) => !window.destroyed);

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  maximized = false;
  bounds: Rectangle;

  readonly loadFile = vi.fn((_path: string) => Promise.resolve());
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
  }

  isMinimized = (): boolean => this.minimized;
  isVisible = (): boolean => this.visible;
  isMaximized = (): boolean => this.maximized;
  isDestroyed = (): boolean => this.destroyed;
  getNormalBounds = (): Rectangle => ({ ...this.bounds });

  /** What the user closing the window does: 'close', then destroyed, then 'closed'. */
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

type Invokable = (event: unknown, ...args: unknown[]) => unknown;

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  readonly paths: Record<string, string> = { userData: '/tmp/policy-desk-user-data', documents: '/home/user/文档' };
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly setAppUserModelId = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly whenReady = vi.fn(() => Promise.resolve());
  getName = (): string => '政策快讯助手';
  getVersion = (): string => '0.1.0';
  getPath = (name: string): string => {
    const value = this.paths[name];
    if (value === undefined) throw new Error(`unexpected app.getPath(${name})`);
    return value;
  };
}

class FakeSession {
  headersListener: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void) | null = null;
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: { requestingUrl?: string; isMainFrame: boolean }) => boolean) | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersListener']>) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler = (handler: FakeSession['permissionRequestHandler']): void => {
    this.permissionRequestHandler = handler;
  };
  setPermissionCheckHandler = (handler: FakeSession['permissionCheckHandler']): void => {
    this.permissionCheckHandler = handler;
  };
}

function createFake() {
  const handlers = new Map<string, Invokable>();
  const rendererListeners = new EventEmitter();
  // One-way messages the page's preload sends to main (ipcRenderer.send → ipcMain.on).
  const mainListeners = new EventEmitter();
  return {
    mainListeners,
    app: new FakeApp(),
    session: new FakeSession(),
    handlers,
    rendererListeners,
    ipcMain: {
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => mainListeners.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => mainListeners.removeListener(channel, listener)),
      handle: vi.fn((channel: string, handler: Invokable) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    screen: {
      displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay(): { workArea: Rectangle } {
        const primary = this.displays[0];
        if (!primary) throw new Error('no display');
        return primary;
      },
      // Electron's rule: the display the rectangle overlaps most, else the nearest.
      getDisplayMatching(rect: Rectangle): { workArea: Rectangle } {
        const overlap = (area: Rectangle): number =>
          Math.max(0, Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x)) *
          Math.max(0, Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y));
        const distance = (area: Rectangle): number => Math.hypot(rect.x - area.x, rect.y - area.y);
        const sorted = [...this.displays].sort((a, b) => overlap(b.workArea) - overlap(a.workArea) || distance(a.workArea) - distance(b.workArea));
        const best = sorted[0];
        if (!best) throw new Error('no display');
        return best;
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      send: vi.fn((_channel: string, ..._args: unknown[]): void => undefined),
      invoke: vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererListeners.on(channel, listener)),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererListeners.removeListener(channel, listener)),
    },
    webUtils: { getPathForFile: vi.fn((_file: unknown): string => '') },
  };
}

export type Fake = ReturnType<typeof createFake>;

/** The fakes of the current test; replaced by resetElectronMock(). */
export let fake: Fake = createFake();

const FORWARDED = ['app', 'ipcMain', 'dialog', 'shell', 'screen', 'Menu', 'contextBridge', 'ipcRenderer', 'webUtils'] as const;

/** The module handed to vi.mock: every access goes to the current fakes. */
export const electronModule: Record<string, unknown> = { BrowserWindow: FakeBrowserWindow };
for (const name of FORWARDED) Object.defineProperty(electronModule, name, { get: () => fake[name], enumerable: true });
Object.defineProperty(electronModule, 'session', { get: () => ({ defaultSession: fake.session }), enumerable: true });

export function resetElectronMock(): Fake {
  fake = createFake();
  FakeBrowserWindow.instances = [];
  return fake;
}

/** A fake window where code expects Electron's BrowserWindow (the fake has what it uses). */
export function asWindow(window: FakeBrowserWindow): Electron.BrowserWindow {
  return window as unknown as Electron.BrowserWindow;
}

/** An IPC event as main sees it, from a frame at `url` in `window` (or none). */
export function ipcEvent(url: string | null, window: FakeBrowserWindow | null = null) {
  return { senderFrame: url === null ? null : { url }, sender: window?.webContents ?? new FakeWebContents() };
}
