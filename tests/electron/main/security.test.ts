// Secure defaults on the session and on every web contents: the CSP header, permissions
// denied, navigation and new windows refused (their links go through the link check),
// and no <webview>.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererCsp } from '../../../shared/ipc/csp.ts';
import { GRANTED_PERMISSIONS, secureSession, secureWebContents, withCsp } from '../../../electron/main/security.ts';
import { FakeWebContents, fake, resetElectronMock } from '../../support/electron/electron-mock.ts';

const APP = 'file:///opt/app/dist/renderer/index.html';
const isAppUrl = (url: string): boolean => url === APP;
const CSP = rendererCsp();

beforeEach(() => {
  resetElectronMock();
});

function secured() {
  secureSession(fake.session as unknown as Electron.Session, { csp: CSP, isAppUrl });
  return fake.session;
}

describe('CSP header', () => {
  it('adds the renderer policy to every response, replacing any other policy', () => {
    const session = secured();
    const callback = vi.fn();
    session.headersListener?.(
      { url: APP, responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] },
    });
  });

  it('adds it to responses that had no headers at all', () => {
    expect(withCsp(undefined, CSP)).toEqual({ 'Content-Security-Policy': [CSP] });
    expect(withCsp({ 'X-One': 'a' }, CSP)).toEqual({ 'X-One': ['a'], 'Content-Security-Policy': [CSP] });
  });
});

describe('permissions', () => {
  const denied = ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'usb', 'serial', 'openExternal', 'fullscreen', 'display-capture', 'midiSysex', 'unknown'];

  it.each(denied)('denies a request for %s, even from the app', (permission) => {
    const session = secured();
    const callback = vi.fn();
    session.permissionRequestHandler?.(new FakeWebContents(), permission, callback, { requestingUrl: APP });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(session.permissionCheckHandler?.(null, permission, 'file://', { requestingUrl: APP, isMainFrame: true })).toBe(false);
  });

  it.each([...GRANTED_PERMISSIONS])('grants %s to the app\u2019s own page only', (permission) => {
    const session = secured();
    const callback = vi.fn();
    session.permissionRequestHandler?.(new FakeWebContents(), permission, callback, { requestingUrl: APP });
    session.permissionRequestHandler?.(new FakeWebContents(), permission, callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[true], [false]]);
    expect(session.permissionCheckHandler?.(null, permission, 'file://', { requestingUrl: APP, isMainFrame: true })).toBe(true);
    expect(session.permissionCheckHandler?.(null, permission, 'file://', { isMainFrame: true })).toBe(false);
  });

  it('grants nothing but clipboard writing and persistent storage', () => {
    expect([...GRANTED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'persistent-storage']);
  });
});

describe('secureWebContents', () => {
  function harden() {
    const contents = new FakeWebContents();
    const openLink = vi.fn();
    secureWebContents(contents as unknown as Electron.WebContents, openLink);
    return { contents, openLink };
  }

  function event() {
    return { preventDefault: vi.fn() };
  }

  it('prevents every navigation and hands the link to the link check', () => {
    const { contents, openLink } = harden();
    const navigation = event();
    contents.emit('will-navigate', navigation, 'https://www.gov.cn/zhengce/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(openLink).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/zhengce/');
    const local = event();
    contents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.preventDefault).toHaveBeenCalled();
  });

  it('prevents redirects and <webview>', () => {
    const { contents } = harden();
    const redirect = event();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, handing its URL to the link check', () => {
    const { contents, openLink } = harden();
    expect(contents.windowOpenHandler?.({ url: 'https://www.miit.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openLink.mock.calls).toEqual([['https://www.miit.gov.cn/'], ['javascript:alert(1)']]);
  });
});
