// The consultant's reason for the app, in Debian's Chromium against the built renderer,
// on a fixed "today" (2018-12-10, Playwright's clock) so days-left are checked exactly:
// create the client 北京绿源科技有限公司, tag one notice from the reader and two from the
// list's multi-select with notes, compose the briefing (pre-selection, order, preview),
// save it and read the .docx back, see it in the client's history with nothing new
// since, list the deadlines (a notice with the applicant's and the district's date shows
// both) and export them as an .ics that parses, delete the client and keep every notice.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { convertToPdf, disposeLibreOffice, pdfPageCount, pdfToPngs, requireTools } from '../support/libreoffice.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { paragraphTexts, readDocx } from '../support/docx-parts.ts';
import { prop, readIcs, text } from '../support/read-ics.ts';
import { expectedNotices, importBulletins, listCount, noticeRow, openApp, openScreen, screenshot, screenshotDir, unnamedControls, closeToasts } from '../support/app-in-chromium.ts';

const CLIENT = '北京绿源科技有限公司';
const TODAY = '2018-12-10';
const expected = expectedNotices();
const titled = (start: string): string => {
  const found = expected.find((notice) => notice.title.startsWith(start));
  if (!found) throw new Error(`no notice starting ${start}`);
  return found.title;
};
/**
 * Tagged from the reader; the applicant's deadline 2019-01-08 (29 days from TODAY), and
 * corrected (更正) to add the district's 2019-01-09 (主管部门推荐, 30 days).
 */
const BEIJING = titled('北京关于组织申报国家重点研发计划');
/** Tagged from the list; deadline 2018-12-31 (21 days). */
const SHANXI = titled('山西关于做好全省小微企业挂牌');
/** Tagged from the list; deadline 2018-09-25 (passed 76 days ago). */
const ZHEJIANG = titled('浙江省关于组织开展2019年度工业与信息化');
const READER_NOTE = '建议重点申报：企业与德国合作伙伴的联合研发项目符合专项方向。';
const LIST_NOTE = '关注申报条件，12 月中旬前与企业财务确认材料。';
const EXCERPT = ['支持方向：战略性新兴产业国际科技创新合作', '报送时间：2019年1月8日17:00前'];

let served: Served;
let session: BrowserSession;
let page: Page;
const pageErrors: string[] = [];
const downloads = mkdtempSync(path.join(tmpdir(), 'policy-desk-briefing-'));

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
  // Date.now and new Date() report this moment for the whole session; timers still run.
  await session.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, served.url);
  await importBulletins(page);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
  await disposeLibreOffice();
  rmSync(downloads, { recursive: true, force: true });
});

/** A screenshot of the screen itself, the toasts still showing closed first. */
async function screenOnly(name: string): Promise<void> {
  await closeToasts(page);
  await screenshot(page, name);
}

/** Clicks `button`, checks the file name the download offers, saves it in the downloads folder as `saveAs`; returns its path. */
async function downloadBy(button: Locator, offered: string, saveAs: string): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(offered);
  const saved = path.join(downloads, saveAs);
  await file.saveAs(saved);
  return saved;
}

async function expectNamedControls(): Promise<void> {
  expect(await unnamedControls(page)).toEqual([]);
}

describe('clients, tagging, briefings and deadlines', () => {
  it('creates the client 北京绿源科技有限公司 with 新建客户, refusing an empty name', async () => {
    await openScreen(page, '客户');
    await page.getByRole('heading', { name: '还没有客户' }).waitFor();
    await screenshot(page, '20-clients-empty');
    await page.getByRole('button', { name: '新建客户' }).click();
    const form = page.getByRole('dialog', { name: '新建客户' });
    await form.waitFor();
    await form.getByRole('button', { name: '创建客户' }).click();
    await form.getByRole('alert').filter({ hasText: '请填写客户名称' }).waitFor();

    await form.getByLabel('客户名称').fill(CLIENT);
    await form.getByLabel('省份').selectOption('北京');
    await form.getByLabel('区县').fill('海淀区');
    await form.getByLabel('行业').fill('节能环保');
    await form.getByLabel('联系人').fill('张经理 13800000000');
    await form.getByRole('button', { name: '添加标签：高新技术企业' }).click();
    await form.getByRole('button', { name: '添加标签：专精特新' }).click();
    await form.getByLabel('资质与标签').fill('绿色工厂');
    await form.getByLabel('资质与标签').press('Enter');
    await form.getByLabel('备注').fill('主营工业节能改造，2017 年获评高新技术企业。');
    await screenshot(page, '21-client-form');
    await expectNamedControls();
    await form.getByRole('button', { name: '创建客户' }).click();
    await form.waitFor({ state: 'detached' });

    const header = page.locator('.client-header');
    await expect.poll(() => header.textContent()).toContain(CLIENT);
    for (const tag of ['高新技术企业', '专精特新', '绿色工厂']) expect(await header.textContent()).toContain(tag);
    await expect.poll(() => page.getByTestId('since-last').textContent()).toBe('还没有关联通知');

    await openScreen(page, '简报');
    await page.getByRole('heading', { name: '生成简报' }).waitFor();
    expect(await page.getByLabel('客户', { exact: true }).locator('option').allTextContents()).toEqual(['选择客户…', CLIENT]);
    await screenOnly('22-briefing-start');
    await expectNamedControls();
  });

  it('tags a notice to the client from the reader, with a note and relevance 高', async () => {
    await openScreen(page, '资料库');
    await noticeRow(page, BEIJING).click();
    await page.getByRole('heading', { level: 1, name: BEIJING }).waitFor();
    await page.getByRole('complementary', { name: '通知信息' }).getByRole('button', { name: '关联客户' }).click();
    const dialog = page.getByRole('dialog', { name: '关联客户' });
    await dialog.getByRole('checkbox', { name: CLIENT }).check();
    await dialog.getByRole('radio', { name: '高' }).check();
    await dialog.getByLabel('点评（可选）').fill(READER_NOTE);
    await screenshot(page, '23-tag-dialog');
    await expectNamedControls();
    await dialog.getByRole('button', { name: '关联', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const clients = page.getByRole('region', { name: '已关联客户' });
    await expect.poll(() => clients.textContent()).toContain(CLIENT);
    expect(await clients.textContent()).toContain(READER_NOTE);
    expect(await clients.getByRole('radio', { name: '高' }).isChecked()).toBe(true);
    await screenshot(page, '24-reader-tagged');
    await expectNamedControls();
  });

  it("adds the district's deadline to the notice with 更正: it has two, the applicant's and the district's", async () => {
    await page.locator('.reader-correct').click();
    const correct = page.getByRole('dialog', { name: '更正通知信息' });
    expect(await correct.getByLabel('截止日期 1', { exact: true }).inputValue()).toBe('2019-01-08');
    await correct.getByRole('button', { name: '添加截止日期' }).click();
    await correct.getByLabel('截止日期 2', { exact: true }).fill('2019-01-09');
    await correct.getByLabel('截止日期 2 适用于').selectOption({ label: '主管部门推荐' });
    await correct.getByRole('button', { name: '保存' }).click();
    await correct.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '返回列表' }).click();
  });

  it('tags two notices at once from the list: a shift-click range, one taken out again', async () => {
    await page.getByRole('button', { name: /^项目申报（\d+）$/ }).click();
    await expect.poll(() => listCount(page)).toBe(4);
    // Newest first: 山西 (12-12), 北京 (12-05), 浙江 (09-04), 山东 (08-28).
    await noticeRow(page, SHANXI).getByRole('checkbox').click();
    await noticeRow(page, ZHEJIANG).getByRole('checkbox').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toBe('已选择 3 条通知');
    await noticeRow(page, BEIJING).getByRole('checkbox').click();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toBe('已选择 2 条通知');
    await screenshot(page, '25-library-selection');
    await expectNamedControls();

    await page.getByRole('region', { name: '已选择的通知' }).getByRole('button', { name: '关联客户' }).click();
    const dialog = page.getByRole('dialog', { name: '关联客户' });
    await dialog.getByRole('checkbox', { name: CLIENT }).check();
    await dialog.getByLabel('点评（可选）').fill(LIST_NOTE);
    await dialog.getByRole('button', { name: '关联', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('region', { name: '已选择的通知' }).count()).toBe(0);

    for (const title of [SHANXI, ZHEJIANG, BEIJING]) await expect.poll(() => noticeRow(page, title).locator('.cell-clients').textContent()).toBe(CLIENT);
    await page.getByRole('button', { name: '清除筛选' }).first().click();
    await page.getByRole('button', { name: `${CLIENT}（3）` }).click();
    await expect.poll(() => listCount(page)).toBe(3);
    await screenOnly('26-library-client-filter');
    await page.getByRole('button', { name: '清除筛选' }).first().click();
    await expect.poll(() => listCount(page)).toBe(expected.length);
  });

  it('narrows search results to the notices tagged to the client', async () => {
    await openScreen(page, '搜索');
    await page.getByRole('searchbox', { name: '搜索' }).fill('关于');
    const results = page.getByRole('list', { name: '搜索结果' });
    const titles = () => results.locator('.result-title').allTextContents();
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(3);
    const filters = page.getByRole('region', { name: '筛选条件' });
    await filters.getByLabel('客户').selectOption({ label: CLIENT });
    await expect.poll(async () => (await titles()).map((title) => title.trim()).sort()).toEqual([SHANXI, BEIJING, ZHEJIANG].sort());
    await screenOnly('26b-search-client-filter');
    await expectNamedControls();
    await filters.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(3);
    await page.getByRole('button', { name: '清除搜索' }).click();
  });

  it("shows the client's notices by relevance (or newest first), with notes and relevance editable in place", async () => {
    await openScreen(page, '客户');
    const list = page.getByRole('region', { name: '关联通知' });
    // 北京 was tagged 高 from the reader; the other two 中, newest first.
    await expect.poll(() => list.locator('.client-notice-title').allTextContents()).toEqual([BEIJING, SHANXI, ZHEJIANG]);
    await list.getByRole('button', { name: '按日期' }).click();
    await expect.poll(() => list.locator('.client-notice-title').allTextContents()).toEqual([SHANXI, BEIJING, ZHEJIANG]);
    await list.getByRole('button', { name: '按相关度' }).click();
    expect(await page.getByTestId('since-last').textContent()).toBe('还没有为该客户生成过简报，3 条通知都未发送');
    const relevance = list.getByRole('group', { name: `相关度：${ZHEJIANG}` }).getByRole('radio', { name: '低' });
    await relevance.check();
    await list.getByRole('button', { name: `编辑点评：${ZHEJIANG}` }).click();
    await list.getByLabel(`点评：${ZHEJIANG}`).fill('浙江项目已截止，仅作参考。');
    await list.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => list.getByRole('button', { name: `编辑点评：${ZHEJIANG}` }).textContent()).toBe('浙江项目已截止，仅作参考。');
    expect(await relevance.isChecked()).toBe(true);
    await screenOnly('27-client-page');
    await expectNamedControls();
  });

  it('composes the briefing: the unsent notices pre-selected, reordered, previewed', async () => {
    await page.getByRole('button', { name: '生成简报' }).click();
    const items = page.getByRole('list', { name: '简报中的通知' });
    // 高 before 中 before 低, then newest first.
    await expect.poll(() => items.locator('.briefing-item-title').allTextContents()).toEqual([BEIJING, SHANXI, ZHEJIANG]);
    await page.getByRole('note').filter({ hasText: '还没有填写顾问信息' }).waitFor();

    // Keyboard only: the arrow keeps the focus after its card moved.
    await items.getByRole('button', { name: `上移：${SHANXI}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.locator('.briefing-item-title').allTextContents()).toEqual([SHANXI, BEIJING, ZHEJIANG]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`下移：${SHANXI}`);
    await items.getByRole('button', { name: `填写要点：${BEIJING}` }).click();
    await items.getByLabel(/^要点/).fill(EXCERPT.join('\n'));
    await items.getByRole('button', { name: `移出简报：${ZHEJIANG}` }).click();
    await expect.poll(() => items.locator('.briefing-item-title').allTextContents()).toEqual([SHANXI, BEIJING]);
    await page.getByRole('button', { name: `加入简报：${ZHEJIANG}` }).click();
    await expect.poll(() => items.locator('.briefing-item-title').allTextContents()).toEqual([SHANXI, BEIJING, ZHEJIANG]);

    const preview = page.getByTestId('briefing-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain(SHANXI);
    const shown = (await preview.textContent()) ?? '';
    for (const expectedText of [CLIENT, BEIJING, READER_NOTE, LIST_NOTE]) expect(shown).toContain(expectedText);
    await screenshot(page, '28-briefing-no-profile');
  });

  it('fills the consultant profile from the link in the briefing', async () => {
    await page.getByRole('button', { name: '前往设置填写' }).click();
    await page.getByLabel('姓名', { exact: true }).fill('王晓明');
    await page.getByLabel('公司', { exact: true }).fill('北京关键要素科技有限公司');
    await page.getByLabel('电话', { exact: true }).fill('010-82345678');
    await page.getByRole('button', { name: '保存顾问信息' }).click();
    await page.getByRole('status').filter({ hasText: '顾问信息已保存' }).waitFor();
    await openScreen(page, '简报');
    await expect.poll(() => page.getByRole('note').filter({ hasText: '还没有填写顾问信息' }).count()).toBe(0);
    const preview = page.getByTestId('briefing-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('北京关键要素科技有限公司');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '预览与保存的 Word 文件内容一致' }).count()).toBe(1);
    await screenOnly('29-briefing');
    await expectNamedControls();
    // Further down the preview: the chapter pages with the notes.
    await page.locator('.preview-pane').evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight * 0.45 }));
    await screenOnly('30-briefing-preview-chapter');
  });

  it('saves the briefing with 保存简报; the .docx holds the titles, both notes and the client', async () => {
    // The client's first briefing of the year.
    const saved = await downloadBy(page.getByRole('button', { name: '保存简报' }), `${CLIENT}-政策简报（2018年第1期）.docx`, 'briefing.docx');
    await page.getByRole('status').filter({ hasText: '简报已下载' }).first().waitFor();
    // The builder shows what was saved, and hands out the very same file again.
    const panel = page.getByRole('region', { name: '已保存的简报' });
    await panel.getByRole('heading', { name: '已保存：政策简报（2018年第1期）' }).waitFor();
    const copyPath = await downloadBy(panel.getByRole('button', { name: '再次下载' }), `${CLIENT}-政策简报（2018年第1期）.docx`, 'briefing-again.docx');
    expect(readFileSync(copyPath).equals(readFileSync(saved))).toBe(true);
    await screenOnly('31a-briefing-saved');
    const parts = await readDocx(new Uint8Array(readFileSync(saved)));
    const text = paragraphTexts(parts.document).join('\n');
    for (const expectedText of [CLIENT, SHANXI, BEIJING, ZHEJIANG, READER_NOTE, LIST_NOTE, ...EXCERPT, '王晓明']) expect(text).toContain(expectedText);
    // Both of 北京's deadlines, the applicant's first; 时效 only where known (none of these states it).
    expect(text).toContain('申报截止：2019年1月8日（申报单位，还剩29天）；2019年1月9日（主管部门推荐）');
    expect(text).not.toContain('时效未载明');
    // The consultant's order: 山西 before 北京 before 浙江.
    expect(text.indexOf(SHANXI)).toBeLessThan(text.lastIndexOf(BEIJING));

    // Once as a reader sees it: LibreOffice → PDF → PNG, for the screenshots folder.
    await requireTools();
    const pdf = await convertToPdf(saved, downloads);
    const pngs = await pdfToPngs(pdf, path.join(downloads, 'page'), 70);
    expect(pngs.length).toBeGreaterThan(2);
    mkdirSync(screenshotDir, { recursive: true });
    for (const [index, png] of pngs.slice(0, 4).entries()) copyFileSync(png, path.join(screenshotDir, `31-briefing-docx-page-${index + 1}.png`));
  });

  it('records the briefing: the client page lists it and nothing is new since', async () => {
    await openScreen(page, '客户');
    const history = page.getByRole('region', { name: '简报记录' });
    await expect.poll(() => history.textContent()).toContain('政策简报（2018年第1期）');
    expect(await history.textContent()).toContain('3 条通知');
    // 简报记录 downloads the saved file again.
    const fromHistory = await downloadBy(history.getByRole('button', { name: '再次下载：政策简报（2018年第1期）' }), `${CLIENT}-政策简报（2018年第1期）.docx`, 'briefing-history.docx');
    expect(readFileSync(fromHistory).equals(readFileSync(path.join(downloads, 'briefing.docx')))).toBe(true);
    expect(await page.getByTestId('since-last').textContent()).toBe(`自上次简报（${TODAY}）以来没有新增通知`);
    expect(await page.locator('.client-entry').textContent()).toContain(`上次简报 ${TODAY}`);
    await screenOnly('32-client-history');

    // The builder still shows the saved one; 新建简报 starts the next with nothing
    // pre-selected (every tagged notice was sent), numbered 第2期 in the same month.
    await page.getByRole('button', { name: '生成简报' }).click();
    await page.getByRole('button', { name: '新建简报' }).click();
    await page.getByRole('heading', { name: '简报中还没有通知' }).waitFor();
    expect(await page.locator('.other-notice').count()).toBe(3);
    expect(await page.getByLabel('期号').inputValue()).toBe('2');
    expect(await page.getByLabel('简报标题').inputValue()).toBe('政策简报（2018年第2期）');
    // All three again, in 简洁: one page, as a reader sees it in LibreOffice.
    for (const title of [SHANXI, BEIJING, ZHEJIANG]) await page.getByRole('button', { name: `加入简报：${title}` }).click();
    await page.getByRole('radio', { name: '简洁' }).check();
    const compactPath = await downloadBy(page.getByRole('button', { name: '保存简报' }), `${CLIENT}-政策简报（2018年第2期）.docx`, 'briefing-compact.docx');
    const compactPdf = await convertToPdf(compactPath, downloads);
    const pages = await pdfToPngs(compactPdf, path.join(downloads, 'compact'), 70);
    for (const [i, png] of pages.entries()) copyFileSync(png, path.join(screenshotDir, `31b-briefing-compact-page-${i + 1}.png`));
    expect(await pdfPageCount(compactPdf)).toBe(1);
    // 简洁 says both of 北京's deadlines on its one meta line, shorter.
    const compactText = paragraphTexts((await readDocx(new Uint8Array(readFileSync(compactPath)))).document).join('\n');
    expect(compactText).toContain('截止：2019年1月8日（申报单位）；2019年1月9日（主管部门推荐）');
    await page.getByRole('button', { name: '新建简报' }).click();
    await openScreen(page, '客户');
    await expect.poll(() => page.getByRole('region', { name: '简报记录' }).locator('.briefing-record-title').allTextContents()).toEqual(['政策简报（2018年第2期）', '政策简报（2018年第1期）']);
  });

  it('lists the deadlines of the tagged notices soonest first, one row per deadline saying whose, and passed ones folded', async () => {
    await openScreen(page, '截止日期');
    const month = page.getByRole('region', { name: '30 天内截止' });
    await month.waitFor();
    const rows = month.locator('.deadline-row');
    // 北京 twice: the applicant's 2019-01-08 and the district's 2019-01-09.
    expect(await rows.locator('.deadline-title').allTextContents()).toEqual([SHANXI, BEIJING, BEIJING]);
    expect(await rows.locator('.deadline-party').allTextContents()).toEqual(['申报单位', '申报单位', '主管部门推荐']);
    expect(await rows.locator('.days-left').allTextContents()).toEqual(['还剩 21 天', '还剩 29 天', '还剩 30 天']);
    expect(await page.getByTestId('deadline-count').textContent()).toBe(`3 个即将截止，1 个已截止（今天 ${TODAY}）`);
    expect(await rows.first().locator('.deadline-clients').textContent()).toBe(CLIENT);
    const passed = page.getByRole('group', { name: '已截止' });
    expect(await passed.getAttribute('open')).toBeNull();
    await passed.locator('summary').click();
    expect(await passed.locator('.deadline-title').allTextContents()).toEqual([ZHEJIANG]);
    expect(await passed.locator('.days-left').textContent()).toBe('已截止 76 天');
    await screenOnly('33-deadlines');
    await expectNamedControls();

    await page.getByLabel('包括未关联客户的通知').check();
    await expect.poll(() => page.locator('.deadline-row').count()).toBeGreaterThan(4);
    await page.getByLabel('包括未关联客户的通知').uncheck();
    await expect.poll(() => page.locator('.deadline-row').count()).toBe(4);
  });

  it('exports the upcoming deadlines as an .ics calendar that parses', async () => {
    const exportButton = page.getByRole('button', { name: '导出日历（.ics）' });
    const saved = await downloadBy(exportButton, `申报截止日期-${TODAY}.ics`, 'deadlines.ics');
    const calendar = readIcs(readFileSync(saved, 'utf8'));
    expect(calendar.type).toBe('VCALENDAR');
    const events = calendar.components.filter((component) => component.type === 'VEVENT');
    expect(events.map((event) => text(event, 'SUMMARY'))).toEqual([`申报截止：${SHANXI}`, `申报截止：${BEIJING}`, `主管部门推荐截止：${BEIJING}`]);
    expect(events.map((event) => prop(event, 'DTSTART')?.value)).toEqual(['20181231', '20190108', '20190109']);
    expect(new Set(events.map((event) => text(event, 'UID'))).size).toBe(3);
    expect(text(events[0]!, 'DESCRIPTION')).toContain(`客户：${CLIENT}`);

    // With 导出时包括已截止的, the passed one (浙江, 2018-09-25) is written too, soonest first.
    await page.getByLabel('导出时包括已截止的').check();
    const passedPath = await downloadBy(exportButton, `申报截止日期-${TODAY}.ics`, 'deadlines-passed.ics');
    const all = readIcs(readFileSync(passedPath, 'utf8')).components.filter((component) => component.type === 'VEVENT');
    expect(all.map((event) => text(event, 'SUMMARY'))).toEqual([`申报截止：${ZHEJIANG}`, `申报截止：${SHANXI}`, `申报截止：${BEIJING}`, `主管部门推荐截止：${BEIJING}`]);
    expect(all.map((event) => prop(event, 'DTSTART')?.value)).toEqual(['20180925', '20181231', '20190108', '20190109']);
    await page.getByLabel('导出时包括已截止的').uncheck();
  });

  it('reminds of deadlines within the client\'s lead time: a banner at start and each new day', async () => {
    const banner = page.getByRole('region', { name: '申报截止提醒' });
    // 21, 29 and 30 days ahead: outside the default 7 days.
    expect(await banner.count()).toBe(0);
    await openScreen(page, '客户');
    await page.getByRole('button', { name: '编辑', exact: true }).click();
    const form = page.getByRole('dialog', { name: '编辑客户' });
    await form.getByLabel('截止提醒（提前天数）').fill('30');
    await form.getByRole('button', { name: '保存修改' }).click();
    await form.waitFor({ state: 'detached' });
    // Every deadline within the lead time, the district's too.
    await expect.poll(() => banner.textContent()).toContain('30 天内有 3 项申报截止（1 位客户）');
    await expect.poll(() => page.getByRole('region', { name: '客户信息' }).textContent()).toContain('截止提醒提前 30 天');
    await screenshot(page, '33a-deadline-reminder');
    // At start: a reload shows it again.
    await page.reload();
    await expect.poll(() => banner.textContent()).toContain('30 天内有 3 项申报截止（1 位客户）');
    // 知道了 hides it for today; the next day counts again (山西 has passed by 2019-01-02; 北京's two remain).
    await banner.getByRole('button', { name: '知道了' }).click();
    expect(await banner.count()).toBe(0);
    await session.context.clock.setFixedTime(new Date('2019-01-02T10:00:00'));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => banner.textContent()).toContain('30 天内有 2 项申报截止（1 位客户）');
    await banner.getByRole('button', { name: '查看' }).click();
    await page.getByRole('region', { name: '7 天内截止' }).waitFor();
    await session.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  });

  it('deletes the client after asking, and keeps every notice', async () => {
    await openScreen(page, '客户');
    await page.getByRole('button', { name: `删除客户：${CLIENT}` }).click();
    const question = page.getByRole('alertdialog', { name: `删除客户“${CLIENT}”？` });
    await question.waitFor();
    expect(await question.textContent()).toContain('资料库中的通知不会被删除');
    expect(await question.textContent()).toContain('3 条通知关联');
    await screenshot(page, '34-delete-client');
    await question.getByRole('button', { name: '删除客户' }).click();
    await page.getByRole('heading', { name: '还没有客户' }).waitFor();
    await openScreen(page, '资料库');
    await expect.poll(() => listCount(page)).toBe(expected.length);
    expect(await noticeRow(page, SHANXI).locator('.cell-clients').textContent()).toBe('');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
