// The preload (bundled to dist/electron/preload.cjs). It runs sandboxed, so it is one
// CommonJS file that requires nothing but 'electron'; it must not import zod or Node.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { PRELOAD_API_KEY } from '../../shared/ipc/contract.ts';
import { buildPreloadApi, installDropGrants, type DropGrantDeps } from './preload-api.ts';

contextBridge.exposeInMainWorld(
  PRELOAD_API_KEY,
  buildPreloadApi({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
    getPathForFile: (file) => webUtils.getPathForFile(file),
  }),
);

// Main reads only paths of drops reported here. The page's window is the global object
// (there is none when the tests load this file in Node).
const page = globalThis as Partial<DropGrantDeps['target']>;
if (typeof page.addEventListener === 'function') {
  installDropGrants({
    target: page as DropGrantDeps['target'],
    send: (channel, paths) => ipcRenderer.send(channel, paths),
    getPathForFile: (file) => webUtils.getPathForFile(file),
  });
}
