// Which page is the app's own (for IPC and permissions), and when a dev server is used.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { devServerUrl, isRendererUrl } from '../../../electron/main/renderer-location.ts';

const indexPath = path.resolve('/opt/政策快讯助手/resources/app.asar/dist/renderer/index.html');
const file = { kind: 'file' as const, indexPath };

describe('isRendererUrl', () => {
  it('accepts the built index.html, with any hash route or query', () => {
    const url = pathToFileURL(indexPath).href;
    expect(url).toContain('%E6%94%BF'); // Chinese folder names arrive percent-encoded
    expect(isRendererUrl(url, file)).toBe(true);
    expect(isRendererUrl(`${url}#/notices/42`, file)).toBe(true);
    expect(isRendererUrl(`${url}?screen=library`, file)).toBe(true);
  });

  it('refuses every other page', () => {
    expect(isRendererUrl(pathToFileURL('/opt/other/index.html').href, file)).toBe(false);
    expect(isRendererUrl(pathToFileURL(path.join(path.dirname(indexPath), 'evil.html')).href, file)).toBe(false);
    expect(isRendererUrl('file://attacker-host/opt/index.html', file)).toBe(false);
    expect(isRendererUrl('https://evil.example/index.html', file)).toBe(false);
    expect(isRendererUrl('about:blank', file)).toBe(false);
    expect(isRendererUrl('not a url', file)).toBe(false);
  });

  it('accepts only the dev server\u2019s origin in development', () => {
    const dev = { kind: 'dev' as const, url: 'http://localhost:5173/' };
    expect(isRendererUrl('http://localhost:5173/#/search', dev)).toBe(true);
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isRendererUrl(pathToFileURL(indexPath).href, dev)).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('takes a local http URL in an unpacked app', () => {
    expect(devServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrl('http://127.0.0.1:4000/', false)).toBe('http://127.0.0.1:4000/');
  });

  it('ignores it in a packaged app, or when it points anywhere else', () => {
    expect(devServerUrl('http://localhost:5173', true)).toBeNull();
    expect(devServerUrl('https://evil.example/', false)).toBeNull();
    expect(devServerUrl('http://192.168.1.5:5173/', false)).toBeNull();
    expect(devServerUrl('file:///tmp/index.html', false)).toBeNull();
    expect(devServerUrl('', false)).toBeNull();
    expect(devServerUrl(undefined, false)).toBeNull();
    expect(devServerUrl('::', false)).toBeNull();
  });
});
