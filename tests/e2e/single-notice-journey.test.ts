// Single notices as a consultant receives them, in Debian's Chromium against the built
// renderer: a saved gov.cn page and a Word 97 file through 导入快讯 (the report says how
// each was read), then 粘贴导入 of a WeChat copy (Ctrl+Shift+V), its date corrected in
// the reader, and the same text imported again: the correction stays, and the
// corrected title is found by search at once. The 快讯 rail lists them as one entry,
// 单篇通知, apart from the bulletin issues, and the status bar counts them as notices.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { bulletinFiles, listCount, listTitles, noticeRow, openApp, openScreen, screenshot, unnamedControls } from '../support/app-in-chromium.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/single');
const WECHAT = readFileSync(path.join(FIXTURES, 'miit-sanpin-wechat.txt'), 'utf8');
const SANPIN = '工业和信息化部办公厅关于组织申报2019年消费品工业“三品”战略示范城市的通知';

let served: Served;
let session: BrowserSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
  await session.context.clock.setFixedTime(new Date('2026-12-03T10:00:00'));
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1440, height: 1000 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, served.url);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

async function pasteNotice(text: string): Promise<void> {
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: '粘贴导入' });
  await dialog.waitFor();
  await dialog.getByLabel('通知的文字（从网页、微信文章或文档中复制）').fill(text);
}

describe('single notices', () => {
  it('imports a saved web page and a Word 97 file, saying how each was read', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await chooser).setFiles([path.join(FIXTURES, 'gov-cn-zombie-debt.html'), path.join(FIXTURES, 'shenzhen-rd-funding.doc'), path.join(FIXTURES, 'not-a-notice-meeting-news.txt')]);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 120_000 });
    const readings = await report.locator('.report-file-reading').allTextContents();
    expect(readings).toEqual([
      '读取方式：没有目录与栏目，是一篇公文：「关于进一步做好“僵尸企业”及去产能企业债务处置工作的通知」',
      '读取方式：没有目录与栏目，是一篇公文：「深圳市科技创新委员会关于发布2019年企业研究开发资助申请指南的通知」',
    ]);
    // The meeting news is refused, listed first with the reason and 保存为通知.
    const refused = report.locator('.report-refused');
    expect(await refused.locator('.report-file-name').textContent()).toBe('not-a-notice-meeting-news.txt');
    expect(await refused.locator('.report-reason').textContent()).toBe('原因：是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读。');
    expect(await refused.getByRole('button', { name: '保存为通知' }).isVisible()).toBe(true);
    await screenshot(page, '80-single-notice-report');
    await report.getByRole('button', { name: '查看资料库' }).click();
    await listTitles(page);
    await noticeRow(page, '关于进一步做好“僵尸企业”及去产能企业债务处置工作的通知').click();
    const meta = page.getByRole('complementary', { name: '通知信息' });
    await expect.poll(() => meta.textContent()).toContain('发改财金〔2018〕1756号');
    expect(await meta.textContent()).toContain('单篇通知：gov-cn-zombie-debt');
  });

  it('pastes a WeChat copy, shows its fields, and saves it', async () => {
    await openScreen(page, '资料库');
    await pasteNotice(WECHAT);
    const dialog = page.getByRole('dialog', { name: '粘贴导入' });
    await expect.poll(() => dialog.locator('.paste-reading').textContent()).toContain('是一篇公文');
    expect(await dialog.getByLabel('文号').inputValue()).toBe('工信厅消费函〔2019〕191号');
    expect(await dialog.getByLabel('成文日期').inputValue()).toBe('2019-08-29');
    expect(await unnamedControls(page)).toEqual([]);
    await screenshot(page, '81-paste-import');
    await dialog.getByRole('button', { name: '保存到资料库' }).click();
    await page.getByRole('heading', { level: 1, name: SANPIN }).waitFor();
  });

  it('corrects the date in the reader; importing the same text again keeps it', async () => {
    await page.locator('.reader-correct').click();
    const correct = page.getByRole('dialog', { name: '更正通知信息' });
    await correct.getByLabel('成文日期').fill('2019-08-30');
    await correct.getByLabel('标题').fill(`${SANPIN}（更正）`);
    await screenshot(page, '82-correct-notice');
    await correct.getByRole('button', { name: '保存' }).click();
    await correct.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.reader-edited').textContent()).toMatch(/^已更正：标题、成文日期/);
    const meta = page.getByRole('complementary', { name: '通知信息' });
    await expect.poll(() => meta.textContent()).toContain('2019-08-30');

    // The same text pasted again is the same source: nothing changes.
    await openScreen(page, '资料库');
    await pasteNotice(WECHAT);
    await page.getByRole('dialog', { name: '粘贴导入' }).getByRole('button', { name: '保存到资料库' }).click();
    await expect.poll(() => page.locator('.toast').allTextContents()).toContainEqual(expect.stringMatching(/这段文字已导入过|已于 .* 导入过/));
    await page.getByRole('dialog', { name: '粘贴导入' }).getByRole('button', { name: '取消' }).click();

    // The same notice from a file with other bytes (Windows line ends) merges into it.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await chooser).setFiles([{ name: '三品通知.txt', mimeType: 'text/plain', buffer: Buffer.from(WECHAT.replace(/\n/g, '\r\n'), 'utf8') }]);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.locator('.outcome-added .report-file-detail').textContent()).toBe('新增 0 条，合并 1 条');
    await report.getByRole('button', { name: '查看资料库' }).click();

    // Searchable at once by the corrected title; the date is still the corrected one.
    await page.getByRole('searchbox', { name: '搜索' }).fill('三品战略示范城市的通知（更正）');
    const results = page.getByRole('list', { name: '搜索结果' });
    await results.waitFor();
    const hit = results.getByRole('button').filter({ hasText: '（更正）' }).first();
    await hit.waitFor({ timeout: 30_000 });
    expect(((await hit.locator('.result-title').textContent()) ?? '').trim()).toBe(`${SANPIN}（更正）`);
    await screenshot(page, '83-corrected-search');
    await hit.click();
    await expect.poll(() => meta.textContent()).toContain('2019-08-30');
    await expect.poll(() => page.locator('.reader-edited').textContent()).toMatch(/^已更正：标题、成文日期/);
    expect(pageErrors).toEqual([]);
  });

  it('lists the single notices as one entry 单篇通知 after the bulletin issues, counted as notices, not as 快讯', async () => {
    // One bulletin issue beside the four files of single notices (page, Word 97, paste, .txt).
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await chooser).setFiles([bulletinFiles[0] ?? '']);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 120_000 });
    await report.getByRole('button', { name: '查看资料库' }).click();
    await report.waitFor({ state: 'detached' });

    const rail = page.getByRole('region', { name: '已导入的快讯' });
    const entries = rail.locator('.bulletin-item .bulletin-name');
    await expect.poll(() => entries.count()).toBe(3);
    const names = await entries.allTextContents();
    expect(names[0]).toBe('全部快讯');
    expect(names[1]).toMatch(/期$/);
    // No row per file: the page, the Word file and the pasted text are one entry, after the issue.
    expect(names[2]).toBe('单篇通知');
    const singles = rail.getByRole('button', { name: /^单篇通知/ });
    expect(await singles.locator('.bulletin-count').textContent()).toBe('3 条');
    expect(await rail.textContent()).not.toContain('gov-cn-zombie-debt');
    // The status bar counts the one issue as 快讯; the single notices are among the notices.
    const status = page.getByRole('contentinfo', { name: '状态栏' });
    await expect.poll(() => status.textContent()).toContain('1 期快讯');
    const total = await listCount(page);
    expect(await status.textContent()).toContain(`${total} 条通知`);

    await singles.click();
    await expect.poll(() => listCount(page)).toBe(3);
    expect(await singles.getAttribute('aria-pressed')).toBe('true');
    expect((await listTitles(page)).sort()).toEqual(
      ['关于进一步做好“僵尸企业”及去产能企业债务处置工作的通知', '深圳市科技创新委员会关于发布2019年企业研究开发资助申请指南的通知', `${SANPIN}（更正）`].sort(),
    );
    await page.getByRole('button', { name: '移除筛选：单篇通知' }).waitFor();
    await screenshot(page, '84-single-notices-rail');
    expect(await unnamedControls(page)).toEqual([]);

    // Chosen, it takes in single notices imported meanwhile: a province's forward of a
    // ministry's notice, two notices in one file.
    const more = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await more).setFiles([path.join(FIXTURES, 'shanxi-ai-platform-forward.txt')]);
    await report.waitFor({ timeout: 120_000 });
    await report.getByRole('button', { name: '查看资料库' }).click();
    await report.waitFor({ state: 'detached' });
    await expect.poll(() => singles.locator('.bulletin-count').textContent()).toBe('5 条');
    await expect.poll(() => listCount(page)).toBe(5);
    expect(await singles.getAttribute('aria-pressed')).toBe('true');
    // Chosen again, it lets every notice back in.
    await singles.click();
    await expect.poll(() => listCount(page)).toBe(total + 2);
    expect(pageErrors).toEqual([]);
  });
});
