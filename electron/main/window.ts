// The main window: secure webPreferences, the size and place it had last time, and a
// page that is reloaded with an explanation if its process dies, never left blank.
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '../../shared/ipc/contract.ts';
import { showRendererCrashed } from './dialogs.ts';
import type { RendererLocation } from './renderer-location.ts';
import { loadWindowState, MIN_WINDOW_SIZE, restoreWindowState, trackWindowState, type WindowState } from './window-state.ts';

export type MainWindowOptions = {
  location: RendererLocation;
  preloadPath: string;
  /** The window icon on Linux (Windows and macOS take it from the executable). */
  iconPath?: string;
  stateFile: string;
  /** Developer tools only in an unpacked app. */
  devTools: boolean;
};

/** The constructor options, separate so the tests can read every security flag. */
export function mainWindowOptions(state: WindowState, options: Pick<MainWindowOptions, 'preloadPath' | 'iconPath' | 'devTools'>): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    ...(options.iconPath !== undefined ? { icon: options.iconPath } : {}),
    // Shown once the first paint is ready, instead of flashing an empty white frame.
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped outside the drop zone must not replace the app with that file.
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads dictionaries and marks every Chinese word.
      spellcheck: false,
      devTools: options.devTools,
      safeDialogs: true,
    },
  };
}

export function loadRenderer(window: BrowserWindow, location: RendererLocation): Promise<void> {
  return location.kind === 'file' ? window.loadFile(location.indexPath) : window.loadURL(location.url);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = restoreWindowState(loadWindowState(options.stateFile), screen);
  const window = new BrowserWindow(mainWindowOptions(state, options));
  if (state.maximized) window.maximize();
  trackWindowState(window, options.stateFile);
  window.once('ready-to-show', () => window.show());

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    console.error('renderer process gone', details);
    showRendererCrashed(window)
      .then(() => (window.isDestroyed() ? undefined : loadRenderer(window, options.location)))
      .catch((error: unknown) => console.error('could not reload the renderer', error));
  });

  loadRenderer(window, options.location).catch((error: unknown) => console.error('could not load the renderer', error));
  return window;
}

/** Brings the window to the front (a second launch, a dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
