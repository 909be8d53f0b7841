// Calls a request handler the way the registered ipcMain handler does: sender check,
// zod validation of the raw argument, then the handler with its window.
import type { RequestName } from '../../../shared/ipc/contract.ts';
import { handleRequest, type RequestHandler } from '../../../electron/main/ipc/register.ts';
import { asWindow, ipcEvent, type FakeBrowserWindow } from './electron-mock.ts';

export const APP_URL = 'file:///opt/app/dist/renderer/index.html';

export function callHandler<K extends RequestName>(name: K, handler: RequestHandler<K>, rawArgs: unknown[], window: FakeBrowserWindow | null = null) {
  const event = ipcEvent(APP_URL, window) as unknown as Parameters<typeof handleRequest>[2];
  return handleRequest(name, handler, event, rawArgs, {
    isTrustedSender: () => true,
    windowFor: () => (window === null ? null : asWindow(window)),
    log: () => undefined,
  });
}
