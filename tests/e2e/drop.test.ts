// Bulletins dropped on the window are imported like picked ones: the drop overlay says
// what will happen, and the report and the list show every notice. The drop is made in
// the page with a real DataTransfer holding File objects of the real bulletins. Single
// notices dropped with a news report: the report lists the refused news and the notice to
// check (需核对) first, and the news can still be saved as a notice by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { bulletinAs, encryptedPdf, randomBytes } from '../support/fixtures.ts';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/library/schema.ts';
import { bulletinFiles, expectedNotices, listCount, listTitles, openApp, screenshot, unnamedControls } from '../support/app-in-chromium.ts';
import { SHARED_DIR } from '../support/shared-inputs.ts';

let served: Served;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
  page = await session.context.newPage();
  await openApp(page, served.url);
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

type DroppedFile = { name: string; bytes: number[] };

/** Fires dragenter and dragover on the window with the files, and returns the DataTransfer. */
async function dragOver(files: DroppedFile[]) {
  return page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'text/plain' }));
    const target = document.querySelector('.content') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
    return data;
  }, files);
}

it('imports bulletins dropped on the window', async () => {
  const files = bulletinFiles.map((file) => ({ name: path.basename(file), bytes: [...readFileSync(file)] }));
  const data = await dragOver(files);
  await page.getByText('松开鼠标即可导入').waitFor();
  await screenshot(page, '09-drop-overlay');

  await page.evaluate((transfer) => {
    const target = document.querySelector('.content') ?? document.body;
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  await page.getByText('松开鼠标即可导入').waitFor({ state: 'detached' });

  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 120_000 });
  await expect.poll(() => report.locator('.outcome-added').count()).toBe(3);
  await report.getByRole('button', { name: '查看资料库' }).click();

  const expected = expectedNotices();
  await expect.poll(() => listCount(page)).toBe(expected.length);
  expect((await listTitles(page)).sort()).toEqual(expected.map((notice) => notice.title).sort());
});

it('lists dropped files of other kinds in the report, each with what to do, and changes nothing', async () => {
  const before = await listCount(page);
  const data = await dragOver([
    { name: '报价单.xlsx', bytes: [80, 75, 3, 4] },
    { name: '扫描件.png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  ]);
  await page.evaluate((transfer) => {
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor();
  const details = await report.locator('.outcome-failed .report-file-detail').allTextContents();
  expect(details).toEqual([
    expect.stringMatching(/^「报价单\.xlsx」没有读取（不支持的文件类型）。这是表格，不是政策通知/),
    expect.stringMatching(/^「扫描件\.png」没有读取（不支持的文件类型）。这是图片：扫描件需要先做文字识别（OCR）/),
  ]);
  await screenshot(page, '09b-import-report-not-read');
  await report.getByRole('button', { name: '关闭' }).first().click();
  expect(await listCount(page)).toBe(before);
});

it('says so when the same bulletins are dropped again, and adds nothing', async () => {
  const before = await listCount(page);
  const data = await dragOver(bulletinFiles.slice(0, 1).map((file) => ({ name: path.basename(file), bytes: [...readFileSync(file)] })));
  await page.evaluate((transfer) => {
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 60_000 });
  await expect.poll(() => report.locator('.outcome-skipped').count()).toBe(1);
  await screenshot(page, '10-import-report-duplicate');
  await report.getByRole('button', { name: '关闭' }).first().click();
  expect(await listCount(page)).toBe(before);
});

it('shows per-file progress for a mixed drop, then recognises issues already imported and explains failures', async () => {
  const files = [
    { name: '快讯1202.pdf', bytes: [...(await bulletinAs('000_2229777bc5f28b07', 'pdf'))] },
    { name: '快讯1202.docx', bytes: [...(await bulletinAs('000_2229777bc5f28b07', 'docx'))] },
    { name: '快讯0903.docx', bytes: [...(await bulletinAs('002_5fbf075aa49c018d', 'docx'))] },
    { name: '加密.pdf', bytes: [...(await encryptedPdf())] },
    { name: '乱码.pdf', bytes: [...randomBytes(4096)] },
  ];
  const before = await listCount(page);
  const data = await dragOver(files);
  await page.evaluate((transfer) => {
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  const progress = page.getByRole('region', { name: '导入进度' });
  await progress.waitFor();
  expect(await progress.getByRole('progressbar').count()).toBe(files.length + 1); // overall and one a file
  await screenshot(page, '13-import-progress');

  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 120_000 });
  await screenshot(page, '14-import-report-mixed');
  await expect.poll(() => report.locator('.outcome-failed').count()).toBe(2);
  const failures = await report.locator('.outcome-failed .report-file-detail').allTextContents();
  for (const reason of failures) expect(reason.length).toBeGreaterThan(8);
  // The .pdf and .docx of bulletins already imported as .txt are those issues again: no
  // row, no notice added, and the report says which issue each is.
  const again = await report.locator('.outcome-skipped .report-file-detail').allTextContents();
  expect(again).toHaveLength(3);
  expect(again).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^「快讯1202\.pdf」与已导入的 「000_2229777bc5f28b07\.txt」 是同一期快讯（\(2018\) 1202 期），9 条通知都已在资料库中/),
      expect.stringMatching(/^「快讯1202\.docx」与已导入的 「000_2229777bc5f28b07\.txt」 是同一期快讯（\(2018\) 1202 期）/),
      expect.stringMatching(/^「快讯0903\.docx」与已导入的 「002_5fbf075aa49c018d\.txt」 是同一期快讯（\(2018\) 0903 期）/),
    ]),
  );
  expect(await report.locator('.report-merged li').count()).toBe(0);
  await report.getByRole('button', { name: '关闭' }).first().click();
  expect(await listCount(page)).toBe(before);
  // One row per issue in the 快讯 list, naming the formats it came in.
  const rail = page.getByRole('region', { name: '已导入的快讯' });
  const issues = rail.locator('.bulletin-item').filter({ hasNot: page.locator('text=全部快讯') });
  await expect.poll(() => issues.count()).toBe(3);
  const row1202 = issues.filter({ hasText: '(2018) 1202 期' });
  expect(await row1202.count()).toBe(1);
  // One bulletin as .txt + .pdf + .docx: one row, naming the three formats and files.
  expect(((await row1202.getByTestId('bulletin-formats').textContent()) ?? '').split(' · ').sort()).toEqual(['DOCX', 'PDF', 'TXT']);
  expect(((await row1202.getAttribute('title')) ?? '').split('\n').sort()).toEqual(['000_2229777bc5f28b07.txt', '快讯1202.docx', '快讯1202.pdf', '来源文件（3 个）：'].sort());
  expect(await page.getByRole('contentinfo').textContent()).toContain('3 期快讯');
  await screenshot(page, '15-bulletin-list-one-row-per-issue');
});

it('lists a refused news report and a notice to check first, and saves the news as a notice by hand', async () => {
  const realNotice = (name: string) => ({ name, bytes: [...readFileSync(path.join(SHARED_DIR, 'real-notices', name))] });
  const news = realNotice('a-yichun-gongxin-huiyi-2022.txt');
  const files = [realNotice('a-bj-jxj-huanbao-2022.txt'), news, realNotice('a-liaoning-tese-jiqun-2025.txt')];
  const before = await listCount(page);
  const data = await dragOver(files);
  await page.evaluate((transfer) => {
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await report.waitFor({ timeout: 120_000 });
  const attention = report.getByRole('region', { name: '需要您处理（2）' });
  await attention.waitFor();
  // First the refused news, then the notice whose date and agency could not be read.
  const items = attention.locator('.report-item');
  expect(await items.evaluateAll((elements: Element[]) => elements.map((element) => element.className))).toEqual(['report-item report-refused', 'report-item report-to-check']);
  const refused = items.nth(0);
  expect(await refused.locator('.report-file-name').textContent()).toBe('a-yichun-gongxin-huiyi-2022.txt');
  const newsLines = await refused.locator('.report-first-line').allTextContents();
  expect(newsLines).toHaveLength(3);
  expect(newsLines[0]).toMatch(/^黑龙江经济网讯\(王璐 记者孙洪涛\)2月25日,2022年伊春市工业和信息化工作会议.*…$/);
  expect(await refused.locator('.report-reason').textContent()).toBe('原因：是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读。');
  const toCheck = items.nth(1);
  expect(await toCheck.locator('.report-notice-title').textContent()).toBe('关于组织推荐2025年度辽宁省中小企业特色产业集群的通知');
  expect(await toCheck.locator('.report-first-line').first().textContent()).toBe('各市工业和信息化局、沈抚示范区产业创新局:');
  expect(await toCheck.locator('.report-check-fields').textContent()).toMatch(/^请核对：发文机关、成文日期。/);
  expect(await toCheck.getByRole('button', { name: '打开核对' }).isVisible()).toBe(true);
  // After them the other outcomes: the two notices added, the news not listed again.
  expect(await report.locator('.report-files .report-file-name').allTextContents()).toEqual(['a-bj-jxj-huanbao-2022.txt', 'a-liaoning-tese-jiqun-2025.txt']);
  expect(await unnamedControls(page)).toEqual([]);
  await screenshot(page, '17-import-report-refused-and-to-check');

  // 保存为通知: 粘贴导入 opens above the report with the news' text and one empty form.
  await refused.getByRole('button', { name: '保存为通知' }).click();
  const paste = page.getByRole('dialog', { name: '粘贴导入' });
  await paste.waitFor();
  const text = await paste.getByLabel('通知的文字（从网页、微信文章或文档中复制）').inputValue();
  expect(text.trim()).toBe(Buffer.from(news.bytes).toString('utf8').trim());
  await expect.poll(() => paste.locator('.paste-refused').textContent()).toContain('没有读出政策通知：是一篇新闻报道');
  expect(await paste.getByLabel('标题').inputValue()).toBe('');
  const save = paste.getByRole('button', { name: '保存到资料库' });
  expect(await save.isEnabled()).toBe(true);
  await paste.getByLabel('标题').fill('2022年伊春市工业和信息化工作会议召开');
  await paste.getByLabel('发文机关').fill('伊春市工业和信息化局');
  expect(await unnamedControls(page)).toEqual([]);
  await screenshot(page, '18-save-refused-text-as-notice');
  await save.click();
  await paste.waitFor({ state: 'detached' });
  await expect.poll(() => refused.locator('.report-saved').textContent()).toContain('已保存为通知');
  await screenshot(page, '19-import-report-saved-as-notice');

  // In the library: the two notices of the files and the one saved by hand.
  await report.getByRole('button', { name: '查看资料库' }).click();
  await report.waitFor({ state: 'detached' });
  await expect.poll(() => listCount(page)).toBe(before + 3);
  const titles = await listTitles(page);
  for (const title of ['2022年伊春市工业和信息化工作会议召开', '关于组织推荐2025年度辽宁省中小企业特色产业集群的通知', '北京市经济和信息化局关于征集符合环保装备制造业规范条件企业的通知']) expect(titles).toContain(title);
});

it('steps aside when another tab opens the library with a newer version, and asks to reload', async () => {
  const newerTab = await session.context.newPage();
  await newerTab.goto(served.url);
  // What a newer release does on opening: a higher IndexedDB version (Dexie stores version × 10).
  const upgraded = await newerTab.evaluate(
    (version) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('policy-brief-desk', version * 10);
        request.onupgradeneeded = () => request.result.createObjectStore('futureTable');
        request.onsuccess = () => {
          const db = request.result;
          resolve(db.version);
          db.close();
        };
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onblocked = () => reject(new Error('blocked: the older tab did not step aside'));
      }),
    CURRENT_SCHEMA_VERSION + 1,
  );
  expect(upgraded).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
  const notice = page.getByRole('alert').filter({ hasText: '资料库已在另一个窗口中以新版本打开' });
  await notice.waitFor();
  expect(await notice.getByRole('button', { name: '重新载入' }).isVisible()).toBe(true);
  await screenshot(page, '16-library-superseded');
  await newerTab.close();
});
