// 政策匹配 as a consultant meets it, in Debian's Chromium against the built renderer, on
// a fixed "today" (2018-12-10): create 北京绿源科技有限公司 (北京市, 节能环保, 高新技术企业),
// import the three bulletins and read in the report which clients the new notices may
// concern, see 推荐 on the client's page (Beijing and national notices with their
// reasons, none of 山西, 山东, 深圳), open one with its evidence marked, 采纳 one, 忽略
// one, reload, and find both remembered; export the client's 政策清单 as .xlsx and import a
// 客户台账 that updates this client and adds another.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
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
    expect(await tagged.locator('.client-notice-reasons').textContent()).toContain('推荐理由：地区：北京市；行业：节能环保');
    // The 点评 is the consultant's: empty after 采纳, so a briefing prints no machine words as 顾问点评.
    expect(await tagged.locator('.note-view.empty').count()).toBe(1);
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

  it('导出政策清单 saves the tagged and suggested notices as an .xlsx', async () => {
    await openScreen(page, '客户');
    await page.getByRole('button', { name: new RegExp(CLIENT) }).first().click();
    await page.locator('.client-notices').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出政策清单' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${CLIENT}政策清单${TODAY}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await file.path())).buffer);
    const sheet = workbook.getWorksheet('政策清单');
    if (!sheet) throw new Error('no 政策清单 sheet');
    expect(sheet.getCell('A1').value).toBe(`${CLIENT} 政策清单（截至 2018年12月10日）`);
    expect(sheet.getCell('A3').value).toBe(PROCUREMENT);
    expect(sheet.getCell('H3').value).toBe('已关联');
    // The 点评 column is the consultant's; the machine's reasons are not put there for suggestions.
    const sources = [];
    for (let r = 3; r <= sheet.rowCount; r++) sources.push(sheet.getCell(r, 8).value);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(sources.slice(1).every((source) => source === '推荐')).toBe(true);
  });

  it('导入客户台账 previews the rows, updates the client of the same name and creates the other', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['客户台账']);
    sheet.addRow(['序号', '企业名称', '所在地区', '企业规模', '资质', '关键词']);
    sheet.addRow([1, CLIENT, '北京市朝阳区', '', '', '余热回收']);
    sheet.addRow([2, '广州粤芯电子有限公司', '广东省广州市黄埔区', '中型', '高新技术企业、专精特新', '集成电路']);
    sheet.addRow([3, '', '', '', '', '']);
    sheet.addRow([4, '', '上海市', '微型', '', '']);
    const bytes = Buffer.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
    await page.locator('.clients-rail').getByRole('button', { name: '导入客户台账' }).click();
    const dialog = page.getByRole('dialog', { name: '导入客户台账' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择 Excel 或 CSV 文件…' }).click();
    await (await chooser).setFiles({ name: '台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await dialog.getByText('表头在第 2 行').waitFor();
    expect(await dialog.getByLabel('企业名称', { exact: true }).inputValue()).toBe('1');
    const rows = dialog.locator('.import-table-rows tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(0).textContent()).toContain('更新');
    expect(await rows.nth(0).textContent()).toContain('所在地区');
    expect(await rows.nth(1).textContent()).toContain('新建');
    expect(await rows.nth(2).textContent()).toContain('没有企业名称');
    expect(await rows.nth(3).textContent()).toContain('跳过');
    await screenshot(page, '66-import-client-table');
    expect(await unnamedControls(page)).toEqual([]);
    await dialog.getByRole('button', { name: '导入 2 个客户' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.clients-rail').getByText('广州粤芯电子有限公司').waitFor();
    await page.getByRole('button', { name: new RegExp(CLIENT) }).first().click();
    await expect.poll(() => page.locator('.client-facts').textContent()).toContain('朝阳区');
    expect(pageErrors).toEqual([]);
  });
});
