// The one contract between the renderer and the Electron main process: every request
// the renderer may make, its channel, its argument (validated in main with the zod
// schemas in ./schemas.ts, from which the argument types here are inferred) and its
// result; and the events main sends to the renderer (menu commands).
//
// This file has no runtime dependency: the sandboxed preload bundles it, and only the
// main process loads zod.
import type { z } from 'zod';
import type { MenuCommand } from './menu-commands.ts';
import type { requestArgSchemas } from './schemas.ts';
import type { FileBatch } from './batch.ts';

export type { MenuCommand } from './menu-commands.ts';
export type { FileBatch, PickedFile, SkippedFile, SkipReason } from './batch.ts';

export const APP_NAME = '政策快讯助手';

/** The name under which the preload exposes its API on `window`. */
export const PRELOAD_API_KEY = 'policyDesk';

export type RequestName = keyof typeof requestArgSchemas;

/** The argument of a request, as main receives it after validation. */
export type RequestArgs<K extends RequestName> = z.output<(typeof requestArgSchemas)[K]>;

export type UrlRejection =
  | 'not-a-url'
  | 'unsupported-protocol'
  | 'credentials'
  | 'whitespace-or-control'
  | 'backslash'
  | 'malformed-authority'
  | 'misleading-host'
  | 'too-long';

export type OpenExternalResult =
  | { opened: true; url: string }
  /** `notified`: the platform already told the user why (Electron shows a dialog). */
  | { opened: false; reason: UrlRejection; notified: boolean }
  /** A link outside the trusted domains that the user chose not to open when asked. */
  | { opened: false; reason: 'declined'; notified: true };

export type AppInfo = {
  name: string;
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  runtime: 'electron' | 'web';
  /** Electron's version in the desktop app, null in a browser. */
  electronVersion: string | null;
};

/** What each request answers. */
export type RequestResults = {
  /** A dialog to pick files of a kind (several bulletins, or one backup); null when cancelled. */
  openFiles: FileBatch | null;
  /** A dialog to pick a folder, read recursively (bulletins only); null when cancelled. */
  openFolder: FileBatch | null;
  /** Reads paths the user dropped on the window (files and folders). Electron only. */
  readPaths: FileBatch;
  /** A save dialog, then writes the bytes; the saved path, or null when cancelled. */
  saveFile: string | null;
  /** Opens an http(s) link in the system browser after checking it. */
  openExternal: OpenExternalResult;
  getAppInfo: AppInfo;
  /** 自动导入文件夹 (Electron only): the folder watched for new files, if any. */
  getWatchedFolder: WatchedFolderState;
  /** A folder dialog; the chosen folder is watched from now on (its present files are left alone). */
  chooseWatchedFolder: WatchedFolderState;
  clearWatchedFolder: WatchedFolderState;
  ackWatchedFiles: null;
  /** Hands main the deadlines due soon; main schedules the desktop notification. */
  remindDeadlines: null;
};

export type WatchedFolderState = { folder: string | null; watching: boolean };

/** Main → renderer: new files arrived in the watched folder. */
export type WatchedArrival = { batch: FileBatch; keys: string[] };

export type RequestResult<K extends RequestName> = RequestResults[K];

/** IPC channel of each request. Prefixed so that no library's channel can collide. */
export const REQUEST_CHANNELS = {
  openFiles: 'policy-desk:open-files',
  openFolder: 'policy-desk:open-folder',
  readPaths: 'policy-desk:read-paths',
  saveFile: 'policy-desk:save-file',
  openExternal: 'policy-desk:open-external',
  getAppInfo: 'policy-desk:get-app-info',
  getWatchedFolder: 'policy-desk:get-watched-folder',
  chooseWatchedFolder: 'policy-desk:choose-watched-folder',
  clearWatchedFolder: 'policy-desk:clear-watched-folder',
  ackWatchedFiles: 'policy-desk:ack-watched-files',
  remindDeadlines: 'policy-desk:remind-deadlines',
} as const satisfies Record<RequestName, string>;

/** Main → renderer: a menu item or accelerator was used. Payload: one MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'policy-desk:menu-command';

/**
 * Preload → main, one way: the paths of a drop the user really made (a trusted drop
 * event), the only paths a later readPaths request may name. Payload: string[].
 */
export const DROPPED_PATHS_CHANNEL = 'policy-desk:dropped-paths';

/** Main → renderer: files arrived in the watched folder. Payload: one WatchedArrival. */
export const WATCHED_FILES_CHANNEL = 'policy-desk:watched-files';

export type IpcErrorCode =
  /** The argument failed validation: a bug in the renderer, or a hostile one. */
  | 'invalid-argument'
  /** The request came from a page that is not the app's own. */
  | 'forbidden'
  /** The file system refused (permission, disk full, file open in Word…). */
  | 'io'
  | 'internal';

export type IpcError = { code: IpcErrorCode; message: string };

/**
 * What travels back over IPC. Errors are values, not exceptions: Electron flattens a
 * thrown error into "Error invoking remote method …", losing its code.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type Invoker<K extends RequestName> =
  RequestArgs<K> extends undefined
    ? () => Promise<IpcResult<RequestResult<K>>>
    : (args: RequestArgs<K>) => Promise<IpcResult<RequestResult<K>>>;

/** One function per request, each bound to its own channel. */
export type InvokeApi = { [K in RequestName]: Invoker<K> };

/**
 * What the preload exposes at `window[PRELOAD_API_KEY]`. Reading paths is not exposed
 * as such: the renderer hands over dropped File objects, and only the preload turns them
 * into paths, so a page cannot ask main to read a path the user never dropped.
 * `TFile` is the DOM's File (the shared layer has no DOM types).
 */
export type PreloadApi<TFile> = Omit<InvokeApi, 'readPaths'> & {
  readDroppedFiles: (files: readonly TFile[]) => Promise<IpcResult<FileBatch>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to files arriving in the watched folder; returns the unsubscribe function. */
  onWatchedFiles: (listener: (arrival: WatchedArrival) => void) => () => void;
};

/**
 * The names of PreloadApi's functions, for the renderer's check that the preload is
 * really there. Kept as a record over `keyof PreloadApi` so that the compiler refuses a
 * function missing from the list or one listed that the API does not have.
 */
const PRELOAD_FUNCTION_NAMES: { readonly [K in keyof PreloadApi<unknown>]: true } = {
  openFiles: true,
  openFolder: true,
  saveFile: true,
  openExternal: true,
  getAppInfo: true,
  readDroppedFiles: true,
  onMenuCommand: true,
  onWatchedFiles: true,
  getWatchedFolder: true,
  chooseWatchedFolder: true,
  clearWatchedFolder: true,
  ackWatchedFiles: true,
  remindDeadlines: true,
};

export const PRELOAD_FUNCTIONS = Object.keys(PRELOAD_FUNCTION_NAMES) as readonly (keyof PreloadApi<unknown>)[];
