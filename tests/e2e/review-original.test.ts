// Real notices the parser is unsure of, in Debian's Chromium against the built renderer at
// 1440×900, on a fixed "today" (2025-04-01): a reposted Liaoning notice without its date or
// signature and a saved government page are imported beside the three bulletins. The list
// marks the first 需核对 (and lists it alone from the 核对 facet) while its title column shows
// 30 characters with 文号 and 发文机关 at their widths and client names are not cut short;
// the reader names the fields to check, lists every deadline with whose it is, opens 原文
// (and the saved page as it looked, fetching nothing); correcting the date clears the mark.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { expectedNotices, importBulletins, listCount, listTitles, noticeRow, openApp, openScreen, screenshot, unnamedControls, closeToasts } from '../support/app-in-chromium.ts';
import { SHARED_DIR } from '../support/shared-inputs.ts';

const REAL = path.join(SHARED_DIR, 'real-notices');
const LIAONING_FILE = path.join(REAL, 'a-liaoning-tese-jiqun-2025.txt');
const DALIAN_FILE = path.join(REAL, 'a-dalian-changxingdao-lvse-2019.html');
const LIAONING = '关于组织推荐2025年度辽宁省中小企业特色产业集群的通知';
const DALIAN = '关于组织申报第四批省级绿色工厂等示范名单的通知';
const SHORT_CLIENT = '绿源科技';
const LONG_CLIENT = '大连长兴岛绿色节能环保科技有限公司';
const TODAY = '2025-04-01';
const expected = expectedNotices();

let served: Served;
let session: BrowserSession;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
  await session.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page, served.url);
  await importBulletins(page);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

/** The row of `title`, scrolled into the virtualised list's window (only that is in the page). */
async function rowOf(title: string): Promise<ReturnType<typeof noticeRow>> {
  const scroller = page.getByTestId('notice-scroller');
  await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  for (;;) {
    await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .placeholder') === null);
    if ((await noticeRow(page, title).count()) > 0) return noticeRow(page, title);
    const atEnd = await scroller.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop = before + element.clientHeight / 2;
      return element.scrollTop === before;
    });
    if (atEnd) throw new Error(`no row ${title}`);
  }
}

async function openNotice(title: string): Promise<void> {
  await openScreen(page, '资料库');
  await (await rowOf(title)).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * For every row in view without a 需核对 mark: how many of the title's font's Chinese
 * characters its title cell has room for (the cell's width less its padding).
 */
function titleRoom(): Promise<number[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid="notice-scroller"] [role="row"]')].filter((row) => !row.querySelector('.review-mark'));
    return rows.map((row) => {
      const cell = row.querySelector('.cell-title-cell') as HTMLElement;
      const title = row.querySelector('.cell-title') as HTMLElement;
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(title).font;
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      probe.textContent = '国'.repeat(30);
      document.body.append(probe);
      const thirty = probe.getBoundingClientRect().width;
      probe.remove();
      return Math.floor((room / thirty) * 30 * 10) / 10;
    });
  });
}

/** Cells of `selector` in view whose text is cut (wider than the cell). */
function cutCells(selector: string): Promise<string[]> {
  return page
    .locator(`[data-testid="notice-scroller"] ${selector}`)
    .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent ?? ''));
}

async function createClient(name: string): Promise<void> {
  await openScreen(page, '客户');
  await page.getByRole('button', { name: '新建客户' }).first().click();
  const form = page.getByRole('dialog', { name: '新建客户' });
  await form.getByLabel('客户名称').fill(name);
  await form.getByRole('button', { name: '创建客户' }).click();
  await form.waitFor({ state: 'detached' });
}

async function tagFromReader(title: string, client: string): Promise<void> {
  await openNotice(title);
  await page.getByRole('complementary', { name: '通知信息' }).getByRole('button', { name: '关联客户' }).click();
  const dialog = page.getByRole('dialog', { name: '关联客户' });
  await dialog.getByRole('checkbox', { name: client }).check();
  await dialog.getByRole('button', { name: '关联', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('notices to check, and the original beside the fields', () => {
  it('imports a notice without a date and a saved page; the list marks the one to check and lists it alone', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('banner').getByRole('button', { name: '导入快讯' }).click();
    await (await chooser).setFiles([LIAONING_FILE, DALIAN_FILE]);
    const report = page.getByRole('dialog', { name: '导入报告' });
    await report.waitFor({ timeout: 120_000 });
    await report.getByRole('button', { name: '查看资料库' }).click();
    await report.waitFor({ state: 'detached' });
    await expect.poll(() => listCount(page)).toBe(expected.length + 2);

    const mark = (await rowOf(LIAONING)).getByRole('img', { name: '需核对：发文机关、成文日期' });
    await mark.waitFor();
    expect(await mark.textContent()).toBe('需核对');
    expect(await mark.getAttribute('title')).toBe('需核对：发文机关、成文日期');
    expect(await (await rowOf(DALIAN)).locator('.review-mark').count()).toBe(0);

    await page.getByRole('button', { name: '需核对（1）' }).click();
    await expect.poll(() => listCount(page)).toBe(1);
    expect(await listTitles(page)).toEqual([LIAONING]);
    // Every other facet counts the notices to check only.
    const facets = page.getByRole('region', { name: '筛选' });
    await expect.poll(() => facets.getByRole('button', { name: '项目申报（1）' }).count()).toBe(1);
    expect(await facets.getByRole('button', { name: /^政策文件（/ }).count()).toBe(0);
    await closeToasts(page);
    expect(await unnamedControls(page)).toEqual([]);
    await screenshot(page, '90-library-to-check');
    await page.getByRole('button', { name: '移除筛选：需核对' }).click();
    await expect.poll(() => listCount(page)).toBe(expected.length + 2);
  });

  it('shows at least 30 title characters at 1440 px, with 文号 and 发文机关 at their widths', async () => {
    await page.getByTestId('notice-scroller').evaluate((element) => element.scrollTo({ top: 0 }));
    await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .placeholder') === null);
    const room = await titleRoom();
    expect(room.length).toBeGreaterThan(10);
    expect(Math.min(...room)).toBeGreaterThanOrEqual(30);
    // 文号 whole; 发文机关 as wide as its names up to its limit (a longer one cut, whole on hover).
    expect(await cutCells('.cell-doc')).toEqual([]);
    const agencyHeader = (await page.getByRole('columnheader', { name: '发文机关' }).boundingBox())?.width ?? 0;
    expect(agencyHeader).toBeGreaterThanOrEqual(140);
    await closeToasts(page);
    await screenshot(page, '91-library-1440');
  });

  it('shows a short client name whole and cuts a long one only past about six characters, the title keeping its 30', async () => {
    await createClient(SHORT_CLIENT);
    await createClient(LONG_CLIENT);
    await tagFromReader(LIAONING, SHORT_CLIENT);
    await tagFromReader(DALIAN, LONG_CLIENT);
    await openScreen(page, '资料库');
    const short = (await rowOf(LIAONING)).locator('.tagged-clients');
    await expect.poll(() => short.textContent()).toBe(SHORT_CLIENT);
    const long = (await rowOf(DALIAN)).locator('.tagged-clients');
    await expect.poll(() => long.textContent()).toBe(LONG_CLIENT);
    const fits = (locator: typeof short) => locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
    expect(await fits(long)).toBe(false);
    expect(await fits((await rowOf(LIAONING)).locator('.tagged-clients'))).toBe(true);
    // Cut with … at a reasonable width: at least six of its characters show.
    const shown = await long.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: element.clientWidth, em: Number.parseFloat(style.fontSize), overflow: style.textOverflow };
    });
    expect(shown.overflow).toBe('ellipsis');
    expect(shown.width).toBeGreaterThanOrEqual(6 * shown.em);

    await page.getByTestId('notice-scroller').evaluate((element) => element.scrollTo({ top: 0 }));
    await page.waitForFunction(() => document.querySelector('[data-testid="notice-scroller"] .placeholder') === null);
    expect(Math.min(...(await titleRoom()))).toBeGreaterThanOrEqual(30);
    await closeToasts(page);
    await screenshot(page, '92-library-clients-1440');
  });

  it('reads the notice to check: the fields named, every deadline with whose it is, and 原文 beside the fields', async () => {
    await openNotice(LIAONING);
    const banner = page.getByRole('region', { name: '需核对' });
    await expect.poll(() => banner.textContent()).toContain('导入时没能确定发文机关、成文日期');
    const deadlines = page.getByRole('list', { name: '全部申报截止日期' });
    expect((await deadlines.getByRole('listitem').allTextContents()).map((text) => text.trim())).toEqual(['2025-04-14还剩 13 天主管部门推荐']);

    const toggle = page.getByRole('button', { name: '原文', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const original = page.getByRole('region', { name: '原文', exact: true });
    await expect.poll(() => original.locator('.original-text').textContent()).toContain('辽宁:关于组织推荐2025年度辽宁省中小企业特色产业集群的通知');
    expect(await original.locator('mark').textContent()).toBe(LIAONING);
    expect(await original.textContent()).toContain('来自：单篇通知：a-liaoning-tese-jiqun-2025');
    expect(await page.getByRole('button', { name: '网页原样' }).count()).toBe(0);
    // Beside the fields: the side panel stays in view to the right of the original.
    const text = await original.locator('.original-text').boundingBox();
    const panel = await page.getByRole('complementary', { name: '通知信息' }).boundingBox();
    expect(text && panel && text.x + text.width <= panel.x).toBe(true);
    expect(await unnamedControls(page)).toEqual([]);
    await closeToasts(page);
    await screenshot(page, '93-reader-original');
  });

  it('shows the saved page as it looked, in a sandbox, fetching nothing', async () => {
    await openNotice(DALIAN);
    // Its deadline (the applicant's, 8月14日 of 2019) has passed.
    expect((await page.getByRole('list', { name: '全部申报截止日期' }).getByRole('listitem').allTextContents()).map((text) => text.trim())).toEqual(['2019-08-14已截止申报单位']);
    const before = requests.length;
    await page.getByRole('button', { name: '原文', exact: true }).click();
    await page.getByRole('button', { name: '网页原样' }).click();
    const frame = page.locator('iframe.original-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toBe('网页原样：单篇通知：a-dalian-changxingdao-lvse-2019');
    const shown = page.frameLocator('iframe.original-frame');
    await expect.poll(() => shown.locator('h1').textContent()).toBe(DALIAN);
    expect(await shown.locator('p').filter({ hasText: '2019年8月8日' }).evaluate((p) => getComputedStyle(p).textAlign)).toBe('right');
    // No script ran in it (its jQuery and inline handlers are gone, and the sandbox allows none).
    expect(await shown.locator('script').count()).toBe(0);
    await closeToasts(page);
    await screenshot(page, '94-reader-saved-page');
    // Nothing was asked of any server for it: not the page's style sheet or script, nothing remote.
    const asked = requests.slice(before);
    expect(asked.filter((url) => !url.startsWith(served.url) && !/^(data|blob|about):/u.test(url))).toEqual([]);
    expect(asked.filter((url) => /common\.css|jquery/u.test(url))).toEqual([]);
    expect(consoleErrors.filter((message) => /Content Security Policy|Refused to/u.test(message))).toEqual([]);
  });

  it('corrects the date (and adds the applicant’s deadline); the mark goes from the reader and the list', async () => {
    await openNotice(LIAONING);
    await page.getByRole('region', { name: '需核对' }).getByRole('button', { name: '核对并更正' }).click();
    const dialog = page.getByRole('dialog', { name: '更正通知信息' });
    await dialog.waitFor();
    expect((await dialog.locator('label:has(.notice-field-check)').allTextContents()).map((label) => label.replace('需核对', ''))).toEqual(['发文机关', '成文日期']);
    await dialog.getByLabel('成文日期').fill('2025-03-20');
    await dialog.getByRole('button', { name: '添加截止日期' }).click();
    await dialog.getByLabel('截止日期 2', { exact: true }).fill('2025-04-10');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: '需核对' }).waitFor({ state: 'detached' });
    const meta = page.getByRole('complementary', { name: '通知信息' });
    await expect.poll(() => meta.textContent()).toContain('2025-03-20');
    // Several deadlines: the applicant's next one first, then the district's.
    expect((await page.getByRole('list', { name: '全部申报截止日期' }).getByRole('listitem').allTextContents()).map((text) => text.trim())).toEqual([
      '2025-04-10还剩 9 天申报单位',
      '2025-04-14还剩 13 天主管部门推荐',
    ]);

    await openScreen(page, '资料库');
    await expect.poll(async () => (await rowOf(LIAONING)).locator('.review-mark').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^需核对（/u }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
