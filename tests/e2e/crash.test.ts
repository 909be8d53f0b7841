// The app survives a crash in the middle of an import. 200 bulletins are dropped on the
// window; once some are stored, every Chromium process is killed (SIGKILL, as a crash or a
// power cut would). Reopened on the same profile: the library holds exactly the
// bulletins whose transactions committed, each whole (its notices and their bodies), the
// search index agrees with it, and dropping the 200 again finishes the import: the stored
// ones are recognised, the rest added.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBulletin } from '../../shared/parse/index.ts';
import { titleKey } from '../../shared/text/normalize.ts';
import { generateBulletins } from '../bench/import-corpus.ts';
import type { BrowserSession } from '../support/browser.ts';
import { screenshot } from '../support/app-in-chromium.ts';
import { distinctNotices, dropTexts, integrityProblems, openOnProfile, readLibrary, statusCount } from '../support/crash-scenario.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';

const COUNT = 200;
const files = generateBulletins(COUNT, 424242).files;
const profile = mkdtempSync(path.join(tmpdir(), 'policy-desk-crash-'));
let served: Served;
let session: BrowserSession | null = null;

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
});

afterAll(async () => {
  await session?.close();
  await served?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The app on the profile, in a browser of its own (the one before closed first). */
async function open(): Promise<Page> {
  await session?.close();
  const opened = await openOnProfile(served.url, profile);
  session = opened.session;
  return opened.page;
}

/** A notice of the files not committed that no committed file prints. */
function lostNotice(committed: readonly string[]) {
  const stored = new Set(files.filter((file) => committed.includes(file.name)).flatMap((file) => parseBulletin(file.text).notices.map((n) => titleKey(n.title))));
  return files
    .filter((file) => !committed.includes(file.name))
    .flatMap((file) => parseBulletin(file.text).notices)
    .find((notice) => !stored.has(titleKey(notice.title)));
}

describe('a crash in the middle of an import', () => {
  let committed: string[] = [];

  it('kills Chromium while the 200 bulletins are being imported', async () => {
    const page = await open();
    await dropTexts(page, files);
    await expect.poll(() => statusCount(page, '期快讯'), { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(20);
    session?.kill();
    await session?.close().catch(() => undefined);
    session = null;
  });

  it('reopens with exactly the committed bulletins, each whole', async () => {
    const page = await open();
    const stored = await readLibrary(page);
    committed = stored.bulletins.map((b) => b.fileName);
    // Interrupted: some stored, not all.
    expect(committed.length).toBeGreaterThanOrEqual(20);
    expect(committed.length).toBeLessThan(COUNT);
    // Each whole: its notices and their bodies; nothing of a file that was not stored.
    expect(integrityProblems(stored, files)).toEqual([]);
    await expect.poll(() => statusCount(page, '期快讯')).toBe(committed.length);
    await screenshot(page, '17-reopened-after-crash');
  });

  it('searches what was stored, and nothing of what was not', async () => {
    const page = await open();
    await expect.poll(() => page.getByRole('contentinfo').textContent(), { timeout: 120_000 }).toContain('搜索已就绪');
    const lost = lostNotice(committed);
    const kept = parseBulletin(files.find((file) => file.name === committed[committed.length - 1])?.text ?? '').notices[0];
    if (!lost || !kept) throw new Error('no notice to look for');
    const box = page.getByRole('searchbox', { name: '搜索' });
    const results = page.getByRole('list', { name: '搜索结果' });
    const titles = async () => (await results.locator('.result-title').allTextContents()).map((t) => t.trim());
    await box.fill(kept.title);
    await expect.poll(async () => (await titles())[0], { timeout: 30_000 }).toBe(kept.title);
    // Cleared first, so that the results below are this query's, not the last one's.
    await box.fill('');
    await expect.poll(() => results.count()).toBe(0);
    await box.fill(lost.title);
    // The search has answered for this query: results (similar titles), or none, said so.
    const answered = async () => (await titles()).length > 0 || (await page.getByText(`没有找到与“${lost.title}”相关的通知`).count()) > 0;
    await expect.poll(answered, { timeout: 30_000 }).toBe(true);
    expect(await titles()).not.toContain(lost.title);
  });

  it('finishes the import when the 200 are dropped again: the stored ones recognised, the rest added', async () => {
    const page = await open();
    await dropTexts(page, files);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 180_000 });
    expect(await report.locator('.outcome-skipped').count()).toBe(committed.length);
    expect(await report.locator('.outcome-failed').count()).toBe(0);
    await report.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => statusCount(page, '期快讯')).toBe(COUNT);
    const stored = await readLibrary(page);
    expect(stored.notices.length).toBe(distinctNotices(files));
    expect(integrityProblems(stored, files)).toEqual([]);
  });
});
