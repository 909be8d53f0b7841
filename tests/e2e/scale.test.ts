// 50,000 notices: the list draws only a window of rows and scrolls to the very end, and
// after a reload the search index is loaded as it was saved, not built again.
// The notices are written through the library's own repository by a test-only page
// served beside the app (same origin, same IndexedDB); then the app is opened on them.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zh } from '../../renderer/platform/i18n/zh-CN.ts';
import { LIBRARY_NAME } from '../../renderer/data/library/db.ts';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, productionBuild, serveRenderer, type Served } from '../support/serve.ts';
import { listCount, openApp, repoRoot, screenshot } from '../support/app-in-chromium.ts';

const NOTICES = 50_000;

let served: Served;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await buildRenderer();
  // After the app's build (which empties dist/renderer), beside it.
  await productionBuild({
    root: path.join(import.meta.dirname, 'seed'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: path.join(repoRoot, 'dist/renderer/__e2e_seed__'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(import.meta.dirname, 'seed/seed.html') } },
  });
  served = await serveRenderer();
  session = await launchChromium();
  page = await session.context.newPage();
  await page.goto(new URL('__e2e_seed__/seed.html', served.url).href);
  const stored = await page.evaluate((n) => window.seedLibrary(n, 2500), NOTICES);
  expect(stored).toBe(NOTICES);
  await openApp(page, served.url);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

const rowsInDom = () => page.locator('[data-testid="notice-scroller"] [role="row"]').count();

it('lists 50,000 notices while drawing only a window of rows', async () => {
  await expect.poll(() => listCount(page), { timeout: 60_000 }).toBe(NOTICES);
  await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .cell-title') !== null);
  const drawn = await rowsInDom();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(80);
  expect(await page.getByRole('grid', { name: '通知列表' }).getAttribute('aria-rowcount')).toBe(String(NOTICES + 1));
  await screenshot(page, '11-library-50000');
});

it('scrolls to the last notice with the keyboard and by dragging the scrollbar', async () => {
  const scroller = page.getByTestId('notice-scroller');
  await scroller.focus();
  await page.keyboard.press('End');
  const lastRow = page.locator(`[data-testid="notice-scroller"] [role="row"][aria-rowindex="${NOTICES + 1}"]`);
  await lastRow.waitFor();
  await expect.poll(() => lastRow.locator('.cell-title').textContent()).toMatch(/^关于第\d+号试点项目申报工作的通知$/);
  expect(await lastRow.getAttribute('aria-selected')).toBe('true');
  expect(await rowsInDom()).toBeLessThan(80);

  // Halfway down by setting the scroll position, as a dragged scrollbar does.
  await scroller.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  const middle = Math.round(NOTICES / 2);
  await expect
    .poll(async () => {
      const indexes = await page.locator('[data-testid="notice-scroller"] [role="row"]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
      return indexes.some((index) => Math.abs(index - middle) < 40);
    })
    .toBe(true);
  await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .placeholder') === null);
  await screenshot(page, '12-library-50000-middle');
});

it('filters the 50,000 by a facet', async () => {
  const facet = page.getByRole('button', { name: /^绿色制造（[\d,]+）$/ });
  const label = (await facet.getAttribute('aria-label')) ?? '';
  const count = Number(/（([\d,]+)）/u.exec(label)?.[1]?.replace(/,/g, ''));
  expect(count).toBe(NOTICES / 5);
  await facet.click();
  await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(count);
});

/** How many notices the search index saved in the library covers (0: none saved yet). */
function savedIndexCount(): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error ?? new Error('indexedDB.open failed'));
        opening.onsuccess = () => {
          const db = opening.result;
          const get = db.transaction('searchIndex').objectStore('searchIndex').get('notices');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { noticeCount?: number } | undefined)?.noticeCount ?? 0);
          };
          get.onerror = () => {
            db.close();
            reject(get.error ?? new Error('reading the search index failed'));
          };
        };
      }),
    LIBRARY_NAME,
  );
}

it('loads the saved search index after a reload instead of building it again', async () => {
  // The first opening built the index of the 50,000 and saves it.
  await expect.poll(savedIndexCount, { timeout: 120_000, interval: 2000 }).toBe(NOTICES);
  // From the reload on, note which index states the status shows (building: any progress).
  const texts = { building: zh.status.index.building(0, 0).replace(/[\d\s/]+$/u, ''), ready: zh.status.index.ready };
  await page.addInitScript((watch) => {
    const seen: Record<string, boolean> = {};
    (window as unknown as { indexStates: Record<string, boolean> }).indexStates = seen;
    new MutationObserver(() => {
      const text = document.body?.textContent ?? '';
      for (const [state, words] of Object.entries(watch)) if (text.includes(words)) seen[state] = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, texts);
  await openApp(page, served.url);
  await page.getByRole('searchbox', { name: '搜索' }).fill('第31415号试点项目');
  const first = page.getByRole('list', { name: '搜索结果' }).locator('.result-title').first();
  await expect.poll(() => first.textContent(), { timeout: 30_000 }).toBe('关于第31415号试点项目申报工作的通知');
  const states = () => page.evaluate(() => (window as unknown as { indexStates: Record<string, boolean> }).indexStates);
  await expect.poll(states).toEqual({ ready: true });
});
