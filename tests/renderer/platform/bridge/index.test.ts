// getBridge picks the desktop bridge when the preload's API is there, the web one otherwise.
import { describe, expect, it, vi } from 'vitest';
import { PRELOAD_API_KEY } from '../../../../shared/ipc/contract.ts';
import { createBridge, getBridge } from '../../../../renderer/platform/bridge/index.ts';

const fn = () => vi.fn();
const fullApi = () => ({
  openFiles: fn(),
  openFolder: fn(),
  saveFile: fn(),
  openExternal: fn(),
  getAppInfo: fn(),
  readDroppedFiles: fn(),
  onMenuCommand: fn(),
  onWatchedFiles: fn(),
  getWatchedFolder: fn(),
  chooseWatchedFolder: fn(),
  clearWatchedFolder: fn(),
  ackWatchedFiles: fn(),
  remindDeadlines: fn(),
});

describe('bridge selection', () => {
  it('uses the Electron bridge when the preload API is present', () => {
    expect(createBridge({ [PRELOAD_API_KEY]: fullApi() }).runtime).toBe('electron');
  });

  it('falls back to the web bridge without it, or with something that is not it', () => {
    expect(createBridge({}).runtime).toBe('web');
    const { onMenuCommand: _missing, ...partial } = fullApi();
    expect(createBridge({ [PRELOAD_API_KEY]: partial }).runtime).toBe('web');
    expect(createBridge({ [PRELOAD_API_KEY]: 'policyDesk' }).runtime).toBe('web');
  });

  it('gives the same bridge every time in a browser', () => {
    expect(getBridge().runtime).toBe('web');
    expect(getBridge()).toBe(getBridge());
  });
});
