// The API the preload exposes to the page: one function per request of the shared
// contract, each bound to its own channel, plus the menu-command subscription. Never
// ipcRenderer itself and never a generic invoke(channel): a page can only make the
// requests listed here. Built from injected ipcRenderer/webUtils functions so the tests
// can drive it; ./preload.ts wires in the real ones.
import { BatchBuilder, mergeBatches, readBlobFiles, type FileBatch } from '../../shared/ipc/batch.ts';
import {
  DROPPED_PATHS_CHANNEL,
  MENU_COMMAND_CHANNEL,
  WATCHED_FILES_CHANNEL,
  type WatchedArrival,
  REQUEST_CHANNELS,
  type IpcResult,
  type PreloadApi,
  type RequestArgs,
  type RequestName,
  type RequestResult,
} from '../../shared/ipc/contract.ts';
import { LIMITS } from '../../shared/limits.ts';
import { isMenuCommand } from '../../shared/ipc/menu-commands.ts';

/** The part of a DOM DragEvent read here (this layer has no DOM types). */
export type DropEventLike = { isTrusted: boolean; dataTransfer: { files: ArrayLike<File> } | null };

/** Where the preload listens for drops (the page's window) and how it tells main. */
export type DropGrantDeps = {
  target: { addEventListener: (type: 'drop', listener: (event: DropEventLike) => void, options: { capture: boolean }) => void };
  send: (channel: string, paths: string[]) => void;
  getPathForFile: (file: File) => string;
};

/**
 * Reports the paths of every drop the user makes to main, before the page sees the drop
 * (capture phase), so that main reads only paths really dropped. Events a script made
 * (isTrusted false) carry no user's choice and are ignored.
 */
export function installDropGrants(deps: DropGrantDeps): void {
  deps.target.addEventListener(
    'drop',
    (event) => {
      if (!event.isTrusted) return;
      const paths: string[] = [];
      for (const file of Array.from<File>(event.dataTransfer?.files ?? [])) {
        try {
          const filePath = deps.getPathForFile(file);
          if (filePath !== '') paths.push(filePath);
        } catch {
          // Not backed by a file on disk: read in the page, nothing to grant.
        }
      }
      if (paths.length > 0) deps.send(DROPPED_PATHS_CHANNEL, paths.slice(0, LIMITS.files.maxFilesPerBatch));
    },
    { capture: true },
  );
}

export type PreloadDeps = {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void;
  removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void;
  /** webUtils.getPathForFile: '' for a File not backed by a file on disk. */
  getPathForFile: (file: File) => string;
};

export function buildPreloadApi(deps: PreloadDeps): PreloadApi<File> {
  // Main answers every request with an IpcResult of the request's result type.
  const request = <K extends RequestName>(name: K, ...args: RequestArgs<K> extends undefined ? [] : [RequestArgs<K>]) =>
    deps.invoke(REQUEST_CHANNELS[name], ...args) as Promise<IpcResult<RequestResult<K>>>;

  const readDroppedFiles = async (files: readonly File[]): Promise<IpcResult<FileBatch>> => {
    const paths: string[] = [];
    const withoutPath: File[] = [];
    for (const file of files) {
      let filePath = '';
      try {
        filePath = deps.getPathForFile(file);
      } catch {
        // Not a File after all: treated like one without a path, and reported unreadable.
      }
      if (filePath !== '') paths.push(filePath);
      else withoutPath.push(file);
    }
    let batch: FileBatch = { files: [], skipped: [], skippedCount: 0, truncated: false };
    if (paths.length > 0) {
      const fromDisk = await request('readPaths', { paths: paths.slice(0, LIMITS.files.maxFilesPerBatch) });
      if (!fromDisk.ok) return fromDisk;
      batch = fromDisk.value;
    }
    if (withoutPath.length > 0) {
      // Dragged out of a browser or a mail client: the bytes are only in the page.
      const inMemory = await readBlobFiles(
        withoutPath.map((file) => ({ file, relativePath: file.name })),
        new BatchBuilder('bulletin'),
      );
      batch = mergeBatches(batch, inMemory);
    }
    return { ok: true, value: batch };
  };

  return {
    openFiles: (args) => request('openFiles', args),
    openFolder: () => request('openFolder'),
    saveFile: (args) => request('saveFile', args),
    openExternal: (args) => request('openExternal', args),
    getAppInfo: () => request('getAppInfo'),
    getWatchedFolder: () => request('getWatchedFolder'),
    chooseWatchedFolder: () => request('chooseWatchedFolder'),
    clearWatchedFolder: () => request('clearWatchedFolder'),
    ackWatchedFiles: (args) => request('ackWatchedFiles', args),
    remindDeadlines: (args) => request('remindDeadlines', args),
    readDroppedFiles,
    onWatchedFiles: (listener) => {
      const handler = (_event: unknown, arrival: unknown): void => {
        if (isWatchedArrival(arrival)) listener(arrival);
      };
      deps.on(WATCHED_FILES_CHANNEL, handler);
      return () => deps.removeListener(WATCHED_FILES_CHANNEL, handler);
    },
    onMenuCommand: (listener) => {
      // The IPC event (and its sender) never reaches the page, only a known command.
      const handler = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      deps.on(MENU_COMMAND_CHANNEL, handler);
      return () => deps.removeListener(MENU_COMMAND_CHANNEL, handler);
    },
  };
}

/** The shape main sends (checked: the page gets only what it expects). */
function isWatchedArrival(value: unknown): value is WatchedArrival {
  if (typeof value !== 'object' || value === null) return false;
  const { batch, keys } = value as Record<string, unknown>;
  return (
    Array.isArray(keys) &&
    keys.every((key) => typeof key === 'string') &&
    typeof batch === 'object' &&
    batch !== null &&
    Array.isArray((batch as Record<string, unknown>).files)
  );
}
