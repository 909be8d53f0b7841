// Opens a link in the user's browser, only after the shared check (http/https, parsed
// with new URL, nothing misleading). A refused link is explained in a dialog, whether it
// came from the renderer's request, a window.open or a clicked <a href>; a link to a host
// outside the trusted domains (gov.cn) opens only after the user saw its host and agreed.
import { shell, type BrowserWindow } from 'electron';
import type { OpenExternalResult } from '../../shared/ipc/contract.ts';
import { checkExternalUrl } from '../../shared/ipc/external-url.ts';
import { confirmExternalHost, showLinkRefused } from './dialogs.ts';

export async function openExternalLink(raw: string, window: BrowserWindow | null): Promise<OpenExternalResult> {
  const check = checkExternalUrl(raw);
  if (!check.ok) {
    await showLinkRefused(window, raw, check.reason);
    return { opened: false, reason: check.reason, notified: true };
  }
  if (!check.trusted && !(await confirmExternalHost(window, check.host, check.url))) return { opened: false, reason: 'declined', notified: true };
  // The parser's normalised href, never the raw text.
  await shell.openExternal(check.url);
  return { opened: true, url: check.url };
}
