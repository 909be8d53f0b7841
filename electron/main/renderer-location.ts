// Where the app's own renderer is loaded from, and the test of whether a URL is that
// renderer. IPC requests and permissions are honoured only for the app's own page.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export type RendererLocation =
  /** The built renderer, loaded with loadFile (the packaged and `npm start` app). */
  | { kind: 'file'; indexPath: string }
  /** Vite's dev server, only when not packaged (VITE_DEV_SERVER_URL). */
  | { kind: 'dev'; url: string };

/**
 * The dev server URL from the environment, accepted only for a local http server and
 * only in an unpacked app: a packaged app must never be pointed elsewhere by a variable.
 */
export function devServerUrl(raw: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && local ? url.href : null;
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const left = path.normalize(a);
  const right = path.normalize(b);
  // Windows paths are case-insensitive and Chromium may report the drive letter in
  // another case than Node does.
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

/** Whether a URL (a frame's, a permission requester's) is the app's own renderer page. */
export function isRendererUrl(raw: string, location: RendererLocation): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return url.origin === new URL(location.url).origin;
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  try {
    url.search = '';
    url.hash = '';
    return samePath(fileURLToPath(url), location.indexPath);
  } catch {
    return false;
  }
}
