import { app } from 'electron';
import type { AppInfo } from '../../../../shared/ipc/contract.ts';
import type { RequestHandler } from '../register.ts';

function platformOf(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

export const getAppInfo: RequestHandler<'getAppInfo'> = () =>
  Promise.resolve({
    name: app.getName(),
    version: app.getVersion(),
    platform: platformOf(process.platform),
    runtime: 'electron',
    electronVersion: process.versions.electron ?? null,
  });
