// Bulletins dropped on the window are imported like picked ones: the drop overlay says
// what will happen, and the report and the list show every notice. The drop is made in
// the page with a real DataTransfer holding File objects of the real bulletins.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';
import { bulletinAs, encryptedPdf, randomBytes } from '../support/fixtures.ts';
import { bulletinFiles, expectedNotices, listCount, listTitles, openApp, screenshot } from '../support/app-in-chromium.ts';

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

it('says a dropped file of another kind is not imported, and changes nothing', async () => {
  const before = await listCount(page);
  const data = await dragOver([{ name: '报价单.xlsx', bytes: [80, 75, 3, 4] }]);
  await page.evaluate((transfer) => {
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, data);
  await page.getByRole('status').filter({ hasText: '报价单.xlsx' }).waitFor();
  expect(await page.getByRole('status').filter({ hasText: '报价单.xlsx' }).textContent()).toContain('不支持的文件类型');
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

it('shows per-file progress for a mixed drop, then merges duplicates and explains failures', async () => {
  const files = [
    { name: '快讯1202.pdf', bytes: [...(await bulletinAs('000_2229777bc5f28b07', 'pdf'))] },
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
  // The .pdf and .docx of bulletins already imported as .txt add no notice: they merge.
  expect(await report.locator('.report-merged li').count()).toBeGreaterThan(10);
  await report.getByRole('button', { name: '关闭' }).first().click();
  expect(await listCount(page)).toBe(before);
});
