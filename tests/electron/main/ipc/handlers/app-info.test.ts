import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../../../../electron/main/ipc/handlers/app-info.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

beforeEach(() => {
  resetElectronMock();
});

describe('getAppInfo handler', () => {
  it('names the app, its version and platform, and says it runs in Electron', async () => {
    fake.app.getVersion = () => '1.2.3';
    const result = await callHandler('getAppInfo', getAppInfo, []);
    expect(result).toEqual({
      ok: true,
      value: {
        name: '政策快讯助手',
        version: '1.2.3',
        platform: process.platform === 'darwin' || process.platform === 'win32' || process.platform === 'linux' ? process.platform : 'other',
        runtime: 'electron',
        electronVersion: process.versions.electron ?? null,
      },
    });
  });

  it('takes no argument', async () => {
    expect(await callHandler('getAppInfo', getAppInfo, ['please'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
