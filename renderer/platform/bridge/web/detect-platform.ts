import type { AppInfo } from '../../../../shared/ipc/contract.ts';

type NavigatorLike = { platform?: string; userAgent?: string; userAgentData?: { platform?: string } };

/** The operating system the browser runs on, as Electron would name it. */
export function detectPlatform(nav: NavigatorLike = navigator): AppInfo['platform'] {
  const hint = `${nav.userAgentData?.platform ?? ''} ${nav.platform ?? ''} ${nav.userAgent ?? ''}`.toLowerCase();
  if (/mac|iphone|ipad/.test(hint)) return 'darwin';
  if (/win/.test(hint)) return 'win32';
  if (/linux|x11|cros/.test(hint)) return 'linux';
  return 'other';
}
