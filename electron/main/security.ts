// Secure defaults for every page the app shows, following Electron's security checklist:
// a Content-Security-Policy on every response, no permissions beyond two harmless ones
// for the app's own page, no navigation away from the app, no new windows, no <webview>.
// Links the user clicks are handed to the external-link check instead of being followed.
import type { PermissionCheckHandlerHandlerDetails, Session, WebContents } from 'electron';

/**
 * The only permissions granted, and only to the app's own page: writing plain text to
 * the clipboard (a 复制文号 button) and persistent storage (so the browser engine never
 * evicts the IndexedDB library under disk pressure). Everything else (camera,
 * notifications, geolocation, HID, …) is denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export type SessionSecurityOptions = {
  csp: string;
  isAppUrl: (url: string) => boolean;
};

/** Response headers with our CSP replacing any policy the response brought. */
export function withCsp(headers: Record<string, string | string[]> | undefined, csp: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

export function isPermissionGranted(permission: string, requestingUrl: string | undefined, isAppUrl: (url: string) => boolean): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function secureSession(session: Session, options: SessionSecurityOptions): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, options.csp) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, options.isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details: PermissionCheckHandlerHandlerDetails) =>
    isPermissionGranted(permission, details.requestingUrl, options.isAppUrl),
  );
}

/**
 * Applied to every web contents the app creates. `openLink` receives http(s)-looking
 * URLs the page tried to open or navigate to; it runs the external-link check.
 */
export function secureWebContents(contents: WebContents, openLink: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openLink(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}
