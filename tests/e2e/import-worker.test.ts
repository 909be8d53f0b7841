// The import pipeline in a real browser: the analysis runs in the Web Worker (bundled
// by Vite, as in the app), the library is real IndexedDB, and a backup round trip works
// with Chromium's transaction rules (which fake-indexeddb only imitates).
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { ALL_BULLETINS, bulletinAs, bulletinBytes, pngBytes } from '../support/fixtures.ts';
import { serveHarness, type HarnessServer } from '../bench/import-harness/serve.ts';

let server: HarnessServer;
let session: BrowserSession;

beforeAll(async () => {
  const files: Record<string, Uint8Array> = {
    'picture.pdf': pngBytes(32, 32),
    '002.docx': await bulletinAs('002_5fbf075aa49c018d', 'docx'),
    '002.pdf': await bulletinAs('002_5fbf075aa49c018d', 'pdf'),
  };
  for (const id of ALL_BULLETINS) files[`${id}.txt`] = bulletinBytes(id);
  server = await serveHarness(path.resolve(import.meta.dirname, '../../dist/e2e-import-harness'), files);
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

it('imports real files through the Web Worker into IndexedDB, and backs the library up and restores it', async () => {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  const names = [...ALL_BULLETINS.map((id) => `${id}.txt`), '002.docx', '002.pdf', 'picture.pdf'];
  const { report, workersStarted, storedNotices } = await page.evaluate((urls) => window.runFiles(urls), names.map((n) => `./${n}`));

  expect(workersStarted).toBe(1);
  expect(report.files.map((f) => f.status)).toEqual(['added', 'added', 'added', 'skipped', 'skipped', 'failed']);
  expect(report.added.notices).toBe(storedNotices);
  expect(report.added.notices).toBeGreaterThanOrEqual(20);
  // The .docx and the .pdf (read by pdf.js in its worker nested in the import worker) are
  // the second bulletin again: recognised as that issue, nothing added.
  for (const copy of report.files.slice(3, 5)) {
    expect(copy).toMatchObject({ problem: { code: 'same-bulletin', earlier: `${ALL_BULLETINS[1]}.txt`, issue: '(2018) 0903 期' } });
  }
  expect(report.files[5]).toMatchObject({ problem: { code: 'extract-refused', problem: { kind: 'not-pdf', actually: { kind: 'image', type: 'PNG' } } } });

  const backup = await page.evaluate(() => window.runBackupRoundTrip());
  expect(backup.identical).toBe(true);
  expect(backup.tables.notices).toBe(storedNotices);
  expect(backup.refusal).toContain('不完整或已损坏');
  expect(backup.unchangedAfterRefusal).toBe(true);
  expect(errors).toEqual([]);
});
