// Helpers for the browser journey: where the bulletins and screenshots are, what the
// parser says the bulletins hold (the expected notices, worked out independently of the
// UI), and small page actions the tests share.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseBulletin } from '../../shared/parse/index.ts';
import { decodeText } from '../../shared/text/decode.ts';
import { docNumberKey, titleKey } from '../../shared/text/normalize.ts';
import { BULLETIN_DIR } from './shared-inputs.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const bulletinDir = BULLETIN_DIR;
export const bulletinFiles = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'].map((name) => path.join(bulletinDir, name));
export const screenshotDir = path.resolve(repoRoot, 'test-results/screenshots');

/** The smaller window each screen is also shot at: a 13-inch laptop. */
const SMALL_WINDOW = { width: 1280, height: 720 };

/** `name.png` at the session's 1440×900, and `name-1280x720.png` at the smaller window, then back. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  const size = page.viewportSize();
  if (!size) return;
  await page.setViewportSize(SMALL_WINDOW);
  // Two frames: the resize observed, then the layout it causes painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: path.join(screenshotDir, `${name}-${SMALL_WINDOW.width}x${SMALL_WINDOW.height}.png`) });
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * The distinct notices of the three bulletins as the parser reads them, merged by the
 * library's duplicate rule (same normalised 文号, or same normalised title and date).
 */
export function expectedNotices(): { title: string }[] {
  const notices = bulletinFiles.flatMap((file) => parseBulletin(decodeText(new Uint8Array(readFileSync(file))).text).notices);
  const seen = new Set<string>();
  const distinct: { title: string }[] = [];
  for (const notice of notices) {
    const keys = [notice.docNumber ? `doc:${docNumberKey(notice.docNumber)}` : null, `title:${titleKey(notice.title)}|${notice.date ?? ''}`].filter((key): key is string => key !== null);
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    distinct.push({ title: notice.title });
  }
  return distinct;
}

/** Opens the app and waits until the library is open (the sidebar shows). */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/** Every title in the virtualised notice list, scrolling through it (only a window is in the DOM). */
export async function listTitles(page: Page): Promise<string[]> {
  const scroller = page.getByTestId('notice-scroller');
  const titles = new Map<number, string>();
  await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  for (;;) {
    await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .placeholder') === null);
    const rows = await page.locator('[data-testid="notice-scroller"] [role="row"]').evaluateAll((elements) =>
      elements.map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), title: row.querySelector('.cell-title')?.textContent ?? '' })),
    );
    for (const row of rows) if (row.title) titles.set(row.index, row.title);
    const atEnd = await scroller.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop = before + element.clientHeight;
      return element.scrollTop === before;
    });
    if (atEnd) break;
  }
  return [...titles.entries()].sort((a, b) => a[0] - b[0]).map(([, title]) => title);
}

/** How many notices the list shows ("共 N 条通知", or N of "显示 N / M 条通知"). */
export async function listCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('list-count').textContent()) ?? '';
  const match = /显示\s*([\d,]+)\s*\//u.exec(text) ?? /共\s*([\d,]+)\s*条/u.exec(text);
  if (!match?.[1]) throw new Error(`no count in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Visible controls without an accessible name (none is allowed: tests and screen readers find controls by name). */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="grid"], [role="progressbar"]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element.closest('dialog[open]') !== null)
      .filter((element) => {
        const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
        const wrapped = element.closest('label');
        return !(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') || label || wrapped?.textContent?.trim() || element.textContent?.trim());
      })
      .map((element) => element.outerHTML.slice(0, 160)),
  );
}

/** Imports the three bulletins through 导入快讯 and closes the report (for journeys that start from a full library). */
export async function importBulletins(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
  await (await chooser).setFiles(bulletinFiles);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 120_000 });
  await report.getByRole('button', { name: '查看资料库' }).click();
  await report.waitFor({ state: 'detached' });
}

/**
 * Closes the toasts still showing, as a user would, so a screenshot shows the screen: the
 * journeys run faster than toasts fade (5 s).
 */
export async function closeToasts(page: Page): Promise<void> {
  const toasts = page.getByRole('region', { name: '通知消息' }).getByRole('button', { name: '关闭消息' });
  // A toast may fade between the count and the click, so a click that misses is retried a few
  // times while toasts remain; one that still cannot be closed then fails the test.
  for (let misses = 0; (await toasts.count()) > 0; ) {
    try {
      await toasts.first().click({ timeout: 2_000 });
    } catch (error) {
      if (++misses >= 5) throw error;
    }
  }
}

/** Clicks an entry of the sidebar. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name, exact: true }).click();
}

/** The row of the notice list whose title is `title` (scrolled into view). */
export function noticeRow(page: Page, title: string) {
  return page.locator('[data-testid="notice-scroller"] [role="row"]').filter({ has: page.locator('.cell-title', { hasText: title }) });
}
