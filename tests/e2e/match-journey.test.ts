// 政策匹配 as a consultant meets it, in Debian's Chromium against the built renderer, on
// a fixed "today" (2018-12-10): create 北京绿源科技有限公司 (北京市, 节能环保, 高新技术企业),
// import the three bulletins and read in the report which clients the new notices may
// concern, see 推荐 on the client's page (Beijing and national notices with their
// reasons, none of 山西, 山东, 深圳), open one with its evidence marked, 采纳 one, 忽略
// one, reload, and find both remembered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { bulletinFiles, openApp, openScreen, screenshot, unnamedControls, closeToasts } from '../support/app-in-chromium.ts';

const CLIENT = '北京绿源科技有限公司';
const TODAY = '2018-12-10';
const PROCUREMENT = '北京市关于进一步加强绿色政府采购有关事项的通知';
const STANDARDS = '关于印发《绿色制造标准体系建设指南》的通知';

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
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, served.url);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

const suggestionTitles = () => page.locator('.client-suggestions .suggestion-title').allTextContents();

describe('政策匹配', () => {
  it('creates the client with its matching profile', async () => {
    await openScreen(page, '客户');
    await page.getByRole('button', { name: '新建客户' }).click();
    const form = page.getByRole('dialog', { name: '新建客户' });
    await form.getByLabel('客户名称').fill(CLIENT);
    await form.getByLabel('省份').selectOption('北京');
    await form.getByLabel('行业').fill('节能环保');
    await form.getByRole('button', { name: '添加标签：高新技术企业' }).click();
    await form.getByLabel('企业规模').selectOption('小型');
    await form.getByLabel('成立年份').fill('2012');
    await form.getByLabel('业务关键词').fill('绿色工厂');
    await form.getByLabel('业务关键词').press('Enter');
    await screenshot(page, '60-client-form-profile');
    expect(await unnamedControls(page)).toEqual([]);
    await form.getByRole('button', { name: '创建客户' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.client-header').textContent()).toContain(CLIENT);
    // The size is stored as its code and shown in words.
    await expect.poll(() => page.locator('.client-facts').textContent()).toContain('小型');
    await page.getByText('暂无推荐', { exact: false }).waitFor();
  });

  it('imports the bulletins; the report says how many clients the new notices may concern', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await chooser).setFiles(bulletinFiles);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 120_000 });
    const impact = report.getByTestId('import-impact');
    await expect.poll(() => impact.textContent(), { timeout: 30_000 }).toMatch(/^新增 \d+ 条通知，可能与 1 位客户相关/);
    await impact.getByRole('button', { name: '查看新通知 × 客户' }).click();
    const matrix = impact.locator('.impact-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['新通知', CLIENT]);
    const rows = await matrix.locator('tbody th').allTextContents();
    expect(rows).toEqual(expect.arrayContaining([PROCUREMENT, STANDARDS]));
    await screenshot(page, '61-import-impact');
    // The client's name leads to its page.
    await matrix.getByRole('button', { name: CLIENT }).click();
    await report.waitFor({ state: 'detached' });
  });

  it('推荐 lists Beijing and national notices with their reasons, none of another region', async () => {
    await expect.poll(suggestionTitles, { timeout: 30_000 }).toContain(PROCUREMENT);
    const titles = await suggestionTitles();
    expect(titles[0]).toBe(PROCUREMENT);
    expect(titles).toContain(STANDARDS);
    for (const title of titles) expect(title).not.toMatch(/山西|山东|深圳|浙江|宁夏|重庆|淮北|长江经济带/);
    const first = page.locator('.client-suggestions [data-testid="suggestion"]').first();
    expect(await first.locator('.chip.reason').allTextContents()).toEqual(['地区：北京市', '行业：节能环保']);
    expect(await first.locator('.chip.reason').first().getAttribute('title')).toBe(`依据：${PROCUREMENT}`);
    await closeToasts(page);
    await screenshot(page, '62-client-suggestions');
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('opening a suggestion marks the sentence its reason came from', async () => {
    const title = '关于进一步深化生态环境监管服务推动经济高质量发展的意见';
    await page.locator('.client-suggestions .suggestion-title', { hasText: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const marked = page.locator('.para-evidence');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.textContent()).toContain('资金');
    await screenshot(page, '63-reader-evidence');
    await page.getByRole('button', { name: '返回' }).first().click();
  });

  it('采纳 tags one with the reasons as its note, 忽略 sets one aside; both are remembered after a reload', async () => {
    await page.getByRole('button', { name: `采纳：${PROCUREMENT}` }).click();
    await expect.poll(suggestionTitles).not.toContain(PROCUREMENT);
    const tagged = page.locator('.client-notices');
    await expect.poll(() => tagged.textContent()).toContain(PROCUREMENT);
    expect(await tagged.textContent()).toContain('推荐理由：地区：北京市；行业：节能环保');
    await page.getByRole('button', { name: `忽略：${STANDARDS}` }).click();
    await expect.poll(suggestionTitles).not.toContain(STANDARDS);

    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await openScreen(page, '客户');
    await page.getByRole('button', { name: new RegExp(CLIENT) }).first().click();
    await expect.poll(() => page.locator('.client-notices').textContent(), { timeout: 30_000 }).toContain(PROCUREMENT);
    await page.getByRole('button', { name: '已忽略 1 条' }).waitFor({ timeout: 30_000 });
    const titles = await suggestionTitles();
    expect(titles).not.toContain(PROCUREMENT);
    expect(titles).not.toContain(STANDARDS);
    await page.getByRole('button', { name: '已忽略 1 条' }).click();
    expect(await page.locator('.dismissed-list').textContent()).toContain(STANDARDS);
    await closeToasts(page);
    await screenshot(page, '64-client-after-reload');
    expect(pageErrors).toEqual([]);
  });

  it('the library list shows which clients a notice may concern', async () => {
    await openScreen(page, '资料库');
    const row = page.locator('[data-testid="notice-scroller"] [role="row"]').filter({ hasText: '关于进一步深化生态环境监管服务' });
    await expect.poll(() => row.locator('.suggested-clients').textContent(), { timeout: 30_000 }).toBe(`可能相关${CLIENT}`);
    await screenshot(page, '65-library-may-concern');
  });
});
