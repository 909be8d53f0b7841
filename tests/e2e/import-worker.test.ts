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
  const files: Record<string, Uint8Array> = { 'picture.pdf': pngBytes(32, 32), '002.docx': await bulletinAs('002_5fbf075aa49c018d', 'docx') };
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
  const names = [...ALL_BULLETINS.map((id) => `${id}.txt`), '002.docx', 'picture.pdf'];
  const { report, workersStarted, storedNotices } = await page.evaluate((urls) => window.runFiles(urls), names.map((n) => `./${n}`));

  expect(workersStarted).toBe(1);
  expect(report.files.map((f) => f.status)).toEqual(['added', 'added', 'added', 'added', 'failed']);
  expect(report.added.notices).toBe(storedNotices);
  expect(report.added.notices).toBeGreaterThanOrEqual(20);
  // The .docx is the second bulletin again: all of its notices merge.
  const docx = report.files[3];
  expect(docx?.status === 'added' && docx.addedNoticeIds.length).toBe(0);
  expect(report.merged.length).toBeGreaterThan(0);
  expect(report.files[4]).toMatchObject({ reason: expect.stringContaining('PNG 图片') as unknown });

  const backup = await page.evaluate(() => window.runBackupRoundTrip());
  expect(backup.identical).toBe(true);
  expect(backup.tables.notices).toBe(storedNotices);
  expect(backup.refusal).toContain('不完整或已损坏');
  expect(backup.unchangedAfterRefusal).toBe(true);
  expect(errors).toEqual([]);
});
