// Extraction inside a Web Worker of a Vite build with the renderer's config, in Debian
// Chromium: pdf.js (modern build, its own nested worker) and mammoth run there with
// the renderer's ExtractEnv, cMaps and standard fonts come from the build's own
// pdfjs/ folder, nothing is fetched from anywhere else, and the text is the same as
// the command line gets in Node; and the same under the dev server (`npm run web`).
// The page is a test harness (tests/e2e/extract-harness) because the app's import
// worker is driven through the library UI.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { productionBuild } from '../support/serve.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../electron/node/cli/extract-env.ts';
import { extractText } from '../../shared/extract/index.ts';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { bulletinAs, encryptedPdf, firstHalf, predefinedCMapPdf, wordStyleBulletin, wordStyleBulletinPdf } from '../support/fixtures.ts';
import type { HarnessResponse } from './extract-harness/protocol.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const configFile = path.join(repo, 'renderer/vite.config.ts');
const harnessRoot = path.join(import.meta.dirname, 'extract-harness');
const outDir = path.join(repo, 'dist/extract-harness');

let server: PreviewServer;
let session: BrowserSession;
let page: Page;
let origin = '';
const requests: string[] = [];

const fixtures: Record<string, () => Promise<Uint8Array>> = {
  '000.pdf': () => bulletinAs('000_2229777bc5f28b07', 'pdf'),
  'word-style-002.pdf': () => wordStyleBulletinPdf('002_5fbf075aa49c018d'),
  'word-style-000.docx': () => wordStyleBulletin('000_2229777bc5f28b07'),
  'cmap.pdf': () => Promise.resolve(predefinedCMapPdf(['关于印发《绿色制造标准体系建设指南》的通知', '工信部联节〔2016〕304号'])),
  'secret.pdf': () => encryptedPdf(),
  'half.pdf': async () => firstHalf(await bulletinAs('002_5fbf075aa49c018d', 'pdf')),
};
const bytesOf: Record<string, Uint8Array> = {};

beforeAll(async () => {
  await productionBuild({ configFile, root: harnessRoot, build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  mkdirSync(path.join(outDir, 'fixtures'), { recursive: true });
  for (const [name, make] of Object.entries(fixtures)) {
    bytesOf[name] = await make();
    writeFileSync(path.join(outDir, 'fixtures', name), bytesOf[name]);
  }
  server = await preview({ configFile, root: harnessRoot, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  origin = new URL(url).origin;
  session = await launchChromium();
  page = await session.context.newPage();
  // Every request of the page and its workers (Playwright sees worker fetches too).
  session.context.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForFunction(() => 'extractInWorker' in window);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

function extractInWorker(name: string, on: Page = page): Promise<HarnessResponse> {
  return on.evaluate(
    ([url, fileName]) => (window as unknown as { extractInWorker: (u: string, n: string) => Promise<HarnessResponse> }).extractInWorker(url, fileName),
    [`./fixtures/${name}`, name] as const,
  );
}

describe('extraction in a Web Worker of the built renderer (Chromium)', () => {
  it.each(['000.pdf', 'word-style-002.pdf', 'word-style-000.docx', 'cmap.pdf'])('%s gives the same text as in Node', async (name) => {
    const inBrowser = await extractInWorker(name);
    const inNode = await extractText({ name, bytes: bytesOf[name]! }, createNodeExtractEnv());
    expect(inBrowser).toMatchObject({ ok: true });
    if (!inBrowser.ok) return;
    expect(inBrowser.result.format).toBe(inNode.format);
    expect(inBrowser.result.text).toBe(inNode.text);
    expect(inBrowser.result.text.length).toBeGreaterThan(name === 'cmap.pdf' ? 40 : 10_000);
  });

  it('reads Chinese under a predefined CMap with the cMaps from the build’s own pdfjs/ folder', async () => {
    const result = await extractInWorker('cmap.pdf');
    expect(result.ok && result.result.text).toContain('关于印发《绿色制造标准体系建设指南》的通知');
    expect(requests).toContainEqual(expect.stringMatching(new RegExp(`^${origin}/pdfjs/cmaps/UniGB-UCS2-H\\.bcmap$`)));
    expect(requests).toContainEqual(expect.stringMatching(new RegExp(`^${origin}/pdfjs/standard_fonts/`)));
  });

  it.each([
    ['secret.pdf', 'encrypted-pdf', /「secret\.pdf」设置了打开密码/],
    ['half.pdf', 'truncated-pdf', /「half\.pdf」不完整/],
  ])('refuses %s with its message', async (name, code, says) => {
    const result = await extractInWorker(name);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(says);
  });

  it('fetched nothing from outside the app', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});

describe('extraction in a Web Worker under the dev server (npm run web)', () => {
  let dev: ViteDevServer;
  let devPage: Page;
  let devOrigin = '';

  beforeAll(async () => {
    // The dev server serves the harness's own public folder: the built fixtures.
    dev = await createServer({ configFile, root: harnessRoot, publicDir: outDir, server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
    await dev.listen();
    const url = dev.resolvedUrls?.local[0];
    if (!url) throw new Error('vite dev server did not report a URL');
    devOrigin = new URL(url).origin;
    devPage = await session.context.newPage();
    await devPage.goto(url);
    await devPage.waitForFunction(() => 'extractInWorker' in window);
  });

  afterAll(async () => {
    await devPage?.close();
    await dev?.close();
  });

  it('reads Chinese under a predefined CMap with cMaps the dev server serves from node_modules', async () => {
    const result = await extractInWorker('cmap.pdf', devPage);
    expect(result.ok && result.result.text).toContain('工信部联节〔2016〕304号');
    expect(requests).toContainEqual(expect.stringMatching(new RegExp(`^${devOrigin}/pdfjs/cmaps/UniGB-UCS2-H\\.bcmap$`)));
  });

  it('reads a .docx with mammoth as in Node', async () => {
    const result = await extractInWorker('word-style-000.docx', devPage);
    const inNode = await extractText({ name: 'word-style-000.docx', bytes: bytesOf['word-style-000.docx']! }, createNodeExtractEnv());
    expect(result.ok && result.result.text).toBe(inNode.text);
  });
});
