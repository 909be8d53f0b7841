// The native dialogs the app shows, worded from ./strings.ts. Each is attached to the
// window that asked (a sheet on macOS, modal elsewhere) when there is one.
import { dialog, type BrowserWindow, type FileFilter, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { UrlRejection } from '../../shared/ipc/contract.ts';
import { FILE_EXTENSIONS, type FileKind, type OpenKind, type SaveKind } from '../../shared/ipc/files.ts';
import { strings } from './strings.ts';

function filterFor(kind: FileKind): FileFilter {
  return { name: strings.dialog.filterNames[kind], extensions: [...FILE_EXTENSIONS[kind]] };
}

async function showOpen(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string[] | null> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

/** Bulletins: several at once. A backup: exactly one. Null when cancelled. */
export function pickFiles(window: BrowserWindow | null, kind: OpenKind): Promise<string[] | null> {
  return showOpen(window, {
    title: kind === 'backup' ? strings.dialog.openBackupTitle : kind === 'clientTable' ? strings.dialog.openClientTableTitle : strings.dialog.openBulletinsTitle,
    properties: kind === 'bulletin' ? ['openFile', 'multiSelections'] : ['openFile'],
    // "All files" too, so that a .doc among the picks is reported rather than invisible.
    filters: [filterFor(kind), { name: strings.dialog.allFiles, extensions: ['*'] }],
  });
}

export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const paths = await showOpen(window, {
    title: strings.dialog.openFolderTitle,
    buttonLabel: strings.dialog.openFolderButton,
    properties: ['openDirectory'],
  });
  return paths?.[0] ?? null;
}

export async function pickSavePath(window: BrowserWindow | null, kind: SaveKind, defaultPath: string): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: strings.dialog.saveTitle[kind],
    defaultPath,
    filters: [filterFor(kind)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function showMessage(window: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

// What the refusal quotes of a link: short, and with invisible characters made visible
// (they may be the very reason it was refused).
function quotable(url: string): string {
  const shown = url.replace(/[\p{Cc}\p{Cf}]/gu, '�');
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

export function showLinkRefused(window: BrowserWindow | null, url: string, reason: UrlRejection): Promise<void> {
  return showMessage(window, {
    type: 'warning',
    title: strings.link.refusedTitle,
    message: strings.link.refusedMessage,
    detail: `${strings.link.refusedReasons[reason]}\n\n${quotable(url)}`,
    buttons: [strings.link.ok],
    noLink: true,
  });
}

/** Asks before a link leaves for a host outside the trusted domains; true to open it. */
export async function confirmExternalHost(window: BrowserWindow | null, host: string, url: string): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'question',
    title: strings.link.confirmTitle,
    message: strings.link.confirmMessage(host),
    detail: `${strings.link.confirmDetail}\n\n${quotable(url)}`,
    buttons: [strings.link.open, strings.link.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}

export function showRendererCrashed(window: BrowserWindow | null): Promise<void> {
  return showMessage(window, {
    type: 'error',
    title: strings.window.crashedTitle,
    message: strings.window.crashedMessage,
    buttons: [strings.window.reload],
    noLink: true,
  });
}
