// The app's life: one instance only (a second launch brings the window forward), the
// security settings in place before any page loads, the IPC handlers and the menu, and
// the main window, re-created when the macOS dock icon is clicked with no window open.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Notification, session, type IpcMainInvokeEvent } from 'electron';
import { rendererCsp } from '../../shared/ipc/csp.ts';
import { openExternalLink } from './external-links.ts';
import { createRequestHandlers } from './ipc/handlers/index.ts';
import { registerDroppedPaths, registerRequestHandlers } from './ipc/register.ts';
import { DroppedPathGrants } from './dropped-paths.ts';
import { installMenu, sendMenuCommand } from './menu.ts';
import { devServerUrl, isRendererUrl, type RendererLocation } from './renderer-location.ts';
import { secureSession, secureWebContents } from './security.ts';
import { createMainWindow, focusWindow } from './window.ts';
import { createWatchedFolder } from './watched-folder-host.ts';
import { WINDOW_STATE_FILE } from './window-state.ts';
import { DeadlineReminder } from './deadline-reminder.ts';

export const APP_ID = 'cn.policybrief.desk';

export type StartOptions = {
  /** The bundled preload, the built renderer's index.html and the window icon. */
  paths: { preload: string; rendererIndex: string; icon?: string };
  /** VITE_DEV_SERVER_URL, honoured only in an unpacked app. */
  devServerUrl?: string | undefined;
  platform?: NodeJS.Platform;
};

export type RunningApp = {
  /** Settles when the window has been created (rejects if start-up failed). */
  ready: Promise<void>;
  mainWindow: () => BrowserWindow | null;
};

/** Starts the app, or returns null and quits when another instance already runs. */
export function startApp(options: StartOptions): RunningApp | null {
  const platform = options.platform ?? process.platform;
  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  // Chromium's own UI in Chinese whatever the system language: date pickers read
  // 年/月/日, built-in messages and the spell-check menu are Chinese.
  app.commandLine.appendSwitch('lang', 'zh-CN');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  if (platform === 'win32') app.setAppUserModelId(APP_ID);

  const dev = devServerUrl(options.devServerUrl, app.isPackaged);
  const location: RendererLocation = dev !== null ? { kind: 'dev', url: dev } : { kind: 'file', indexPath: options.paths.rendererIndex };
  const isAppUrl = (url: string): boolean => isRendererUrl(url, location);

  let mainWindow: BrowserWindow | null = null;
  const liveWindow = (): BrowserWindow | null => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null);
  const ensureWindow = (): BrowserWindow => {
    const existing = liveWindow();
    if (existing !== null) return existing;
    const created = createMainWindow({
      location,
      preloadPath: options.paths.preload,
      ...(options.paths.icon !== undefined ? { iconPath: options.paths.icon } : {}),
      stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      devTools: !app.isPackaged,
    });
    created.on('closed', () => {
      if (mainWindow === created) mainWindow = null;
    });
    mainWindow = created;
    return created;
  };

  app.on('second-instance', () => {
    const window = liveWindow();
    if (window !== null) focusWindow(window);
  });
  const droppedPaths = new DroppedPathGrants();
  app.on('web-contents-created', (_event, contents) => {
    contents.once('destroyed', () => droppedPaths.forget(contents.id));
    secureWebContents(contents, (url) => {
      openExternalLink(url, liveWindow()).catch((error: unknown) => console.error('could not open link', error));
    });
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady().then(() => {
    secureSession(session.defaultSession, { csp: rendererCsp({ dev: location.kind === 'dev' }), isAppUrl });
    const watchedFolder = createWatchedFolder(app.getPath('userData'), liveWindow);
    const isTrustedSender = (event: IpcMainInvokeEvent): boolean => event.senderFrame !== null && isAppUrl(event.senderFrame.url);
    registerDroppedPaths(ipcMain, droppedPaths, { isTrustedSender });
    const reminder = new DeadlineReminder(
      ({ title, body, onClick }) => {
        if (!Notification.isSupported()) return;
        const note = new Notification({ title, body });
        note.on('click', onClick);
        note.show();
      },
      () => {
        const window = ensureWindow();
        focusWindow(window);
        sendMenuCommand(window, 'navigate:deadlines');
      },
    );
    registerRequestHandlers(ipcMain, createRequestHandlers({ documentsDirectory: () => app.getPath('documents'), watchedFolder, droppedPaths, reminder }), {
      isTrustedSender,
      windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
    });
    installMenu({
      appName: app.getName(),
      platform,
      isDev: !app.isPackaged,
      send: (command) => sendMenuCommand(ensureWindow(), command),
    });
    const window = ensureWindow();
    // Files that arrived while the app was closed: once the page can take them.
    window.webContents.once('did-finish-load', () => {
      watchedFolder.start().catch((error: unknown) => console.error('watched folder', error));
    });
    app.on('before-quit', () => {
      watchedFolder.stop();
      reminder.stop();
    });
    app.on('activate', () => {
      ensureWindow();
    });
  });
  return { ready, mainWindow: liveWindow };
}
