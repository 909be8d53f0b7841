// 政策关系 as a consultant meets it, in Debian's Chromium against the built renderer:
// import a bulletin whose notices cite, and one repeals, documents not yet in the
// library; read the named references; import the bulletin of the cited documents; the
// links appear in both readers, the repealed notice says 已废止 with the link, the
// relation diagram shows it all, and the 时效性 filter finds it.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { bulletinDir, listTitles, noticeRow, openApp, openScreen, screenshot, unnamedControls } from '../support/app-in-chromium.ts';

const TODAY = '2026-12-03';
const CITING_FILE = path.join(bulletinDir, '003_03e8824eaceeb4ce.txt');
const CITED_FILE = path.resolve(import.meta.dirname, '../fixtures/relations/cited-documents.txt');
const REPEALER = '关于印发淮北市绿色工厂评价管理暂行办法的通知';
const OLD_RULES = '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知';
const MINISTRY = '工业和信息化部办公厅关于开展绿色制造体系建设的通知';

let served: Served;
let session: BrowserSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
  await session.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, served.url);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

async function importFile(file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
  await (await chooser).setFiles([file]);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 120_000 });
  await report.getByRole('button', { name: '查看资料库' }).click();
  await report.waitFor({ state: 'detached' });
}

async function openFromLibrary(title: string): Promise<void> {
  await openScreen(page, '资料库');
  await listTitles(page);
  await noticeRow(page, title).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const citedItems = () => page.getByRole('complementary', { name: '通知信息' }).locator('.relation-item');

describe('政策关系', () => {
  it('keeps a citation to a document not in the library as a named reference', async () => {
    await importFile(CITING_FILE);
    await openFromLibrary(REPEALER);
    const repeal = citedItems().filter({ hasText: '淮经信节能〔2018〕77号' });
    await expect.poll(() => repeal.textContent()).toContain('不在资料库中');
    expect(await repeal.locator('.relation-chip').textContent()).toBe('废止');
    await expect.poll(() => page.locator('.reader-validity').textContent()).toContain('现行有效');
  });

  it('links both ways once the cited documents are imported, and marks the repealed one', async () => {
    await importFile(CITED_FILE);
    await openFromLibrary(REPEALER);
    const repeal = citedItems().filter({ hasText: '淮经信节能〔2018〕77号' });
    await expect.poll(() => repeal.locator('button').count()).toBe(1);
    const diagram = page.locator('.relation-diagram svg');
    await diagram.waitFor();
    expect(await diagram.getAttribute('aria-label')).toBe(`${REPEALER}：引用 6 份文件，被 0 条通知引用`);
    await page.locator('.reader-relations').scrollIntoViewIfNeeded();
    await screenshot(page, '70-relations-cites');

    await repeal.locator('button').click();
    await page.getByRole('heading', { level: 1, name: OLD_RULES }).waitFor();
    const validity = page.locator('.reader-validity');
    await expect.poll(() => validity.textContent()).toContain('已废止');
    expect(await validity.textContent()).toContain('已被《关于印发淮北市绿色工厂评价管理暂行办法的通知》（淮经信节能〔2019〕79号）废止，2019年9月4日起');
    const citedBy = page.getByRole('complementary', { name: '通知信息' }).locator('.relation-item').filter({ hasText: REPEALER });
    expect(await citedBy.locator('.relation-chip').allTextContents()).toContain('废止');
    expect(await page.locator('.relation-diagram .rel-node.ending').count()).toBeGreaterThan(0);
    await screenshot(page, '71-relations-repealed');
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('shows in the cited document’s reader every notice citing it', async () => {
    await openFromLibrary(MINISTRY);
    const citing = page.getByRole('complementary', { name: '通知信息' }).locator('.relation-item');
    await expect.poll(() => citing.count()).toBeGreaterThanOrEqual(5);
    const names = await citing.locator('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining([OLD_RULES, REPEALER, '重庆市关于市级第二批绿色制造体系示范名单的公示']));
    await page.locator('.reader-relations').scrollIntoViewIfNeeded();
    await screenshot(page, '72-relations-diagram');
  });

  it('filters the library by 时效性', async () => {
    await openScreen(page, '资料库');
    const facet = page.getByRole('region', { name: '时效性' });
    await facet.getByRole('button', { name: /已废止或失效/ }).click();
    await expect.poll(() => listTitles(page)).toEqual([OLD_RULES]);
    await screenshot(page, '73-validity-filter');
    await facet.getByRole('button', { name: /已废止或失效/ }).click();
    expect(pageErrors).toEqual([]);
  });
});
