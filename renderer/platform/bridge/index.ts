// Entry point for the rest of the renderer: `getBridge()` gives the desktop bridge when
// the Electron preload is present, and the browser fallback otherwise.
import { PRELOAD_API_KEY, PRELOAD_FUNCTIONS, type PreloadApi } from '../../../shared/ipc/contract.ts';
import { createElectronBridge } from './electron-bridge.ts';
import type { Bridge } from './types.ts';
import { createWebBridge } from './web/web-bridge.ts';

export type { Bridge, DroppedData } from './types.ts';
export { BridgeError } from './bridge-error.ts';

function isPreloadApi(value: unknown): value is PreloadApi<File> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return PRELOAD_FUNCTIONS.every((name) => typeof candidate[name] === 'function');
}

/** The bridge for a given global scope (tests pass their own). */
export function createBridge(scope: object = globalThis): Bridge {
  const api = (scope as Record<string, unknown>)[PRELOAD_API_KEY];
  return isPreloadApi(api) ? createElectronBridge(api) : createWebBridge();
}

let current: Bridge | null = null;

export function getBridge(): Bridge {
  current ??= createBridge();
  return current;
}
