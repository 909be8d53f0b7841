// The bridge in the desktop app: a thin layer over the preload's API that turns IPC
// results into values or BridgeErrors.
import type { IpcResult, PreloadApi } from '../../../shared/ipc/contract.ts';
import { BridgeError } from './bridge-error.ts';
import type { Bridge } from './types.ts';

async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new BridgeError(result.error.code, result.error.message);
}

export function createElectronBridge(api: PreloadApi<File>): Bridge {
  return {
    runtime: 'electron',
    openFiles: (args) => unwrap(api.openFiles(args)),
    openFolder: () => unwrap(api.openFolder()),
    saveFile: (args) => unwrap(api.saveFile(args)),
    openExternal: (args) => unwrap(api.openExternal(args)),
    getAppInfo: () => unwrap(api.getAppInfo()),
    getWatchedFolder: () => unwrap(api.getWatchedFolder()),
    chooseWatchedFolder: () => unwrap(api.chooseWatchedFolder()),
    clearWatchedFolder: () => unwrap(api.clearWatchedFolder()),
    ackWatchedFiles: (args) => unwrap(api.ackWatchedFiles(args)),
    remindDeadlines: (args) => unwrap(api.remindDeadlines(args)),
    onWatchedFiles: (listener) => api.onWatchedFiles(listener),
    // Array.from runs before anything awaits, while the drop's files are still there.
    readDropped: (data) => unwrap(api.readDroppedFiles(Array.from(data.files))),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
