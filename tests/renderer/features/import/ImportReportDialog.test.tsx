import '../../../support/browser-globals.ts';
// The import report: totals, one line per file, a failed file with its reason, and the
// notices merged as duplicates with the files they were already in. Texts refused as no
// notice and notices to check (需核对) come first, each with its first lines, the reason
// or the fields to check, and what to do: 保存为通知 opens 粘贴导入 with the text, 打开核对
// opens the notice in the reader. Those reports come from the real import of real texts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import { createInProcessAnalyser } from '../../../../renderer/data/import/analyser.ts';
import { importFiles } from '../../../../renderer/data/import/pipeline.ts';
import type { ImportReport } from '../../../../renderer/data/import/types.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { ReportBody } from '../../../../renderer/features/import/ImportReportDialog.tsx';
import { PasteImportDialog, useImport, usePasteImport } from '../../../../renderer/features/import/index.ts';
import { click, getButton, getByLabel, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';
import { freshLibrary } from '../../../support/library-fixture.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';

let view: Rendered | undefined;
let db: LibraryDb | undefined;

afterEach(async () => {
  await view?.unmount();
  view = undefined;
  db?.close();
  db = undefined;
  usePasteImport.getState().close();
  useImport.getState().closeReport();
  useNavigation.getState().navigate('library');
});

const REAL_NOTICES = path.join(SHARED_DIR, 'real-notices');
const NEWS = readFileSync(path.join(REAL_NOTICES, 'a-yichun-gongxin-huiyi-2022.txt'));
const LIAONING = readFileSync(path.join(REAL_NOTICES, 'a-liaoning-tese-jiqun-2025.txt'));
const SANPIN = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/single/miit-sanpin-wechat.txt'));
const NEWS_TEXT = NEWS.toString('utf8');

/** The report of importing a normal notice, a news report and a notice without a readable date, in that order. */
async function importMixed(): Promise<{ db: LibraryDb; report: ImportReport }> {
  const library = await freshLibrary();
  db = library;
  const files = [
    { name: '三品通知.txt', bytes: new Uint8Array(SANPIN) },
    { name: '伊春工信会议.txt', bytes: new Uint8Array(NEWS) },
    { name: '辽宁特色集群.txt', bytes: new Uint8Array(LIAONING) },
  ];
  return { db: library, report: await importFiles(library, files, { analyser: createInProcessAnalyser(createNodeExtractEnv()) }) };
}

function items(): HTMLElement[] {
  return [...(view?.container.querySelectorAll<HTMLElement>('.report-item') ?? [])];
}

function firstLines(item: Element | undefined): string[] {
  return [...(item?.querySelectorAll('.report-first-line') ?? [])].map((line) => line.textContent ?? '');
}

const REPORT: ImportReport = {
  files: [
    {
      fileName: '快讯-1202.txt',
      status: 'added',
      bulletinId: 'b1',
      addedNoticeIds: ['n1', 'n2', 'n3'],
      merged: [{ noticeId: 'n9', title: '关于加强长江经济带工业绿色发展的指导意见', alsoIn: ['快讯-0903.txt'] }],
      warnings: [{ kind: 'pdf-page-failed', page: 3 }],
      reading: null, toCheck: [],
    },
    {
      fileName: '工信部通知.html',
      status: 'added',
      bulletinId: 'b3',
      addedNoticeIds: ['n4'],
      merged: [],
      warnings: [],
      reading: { kind: 'notice', title: '关于组织申报2019年消费品工业“三品”战略示范城市的通知' }, toCheck: [],
    },
    { fileName: '快讯-0903.txt', status: 'skipped', bulletinId: 'b2', problem: { code: 'already-imported', earlier: '快讯-0903-副本.txt', importedAt: '2026-11-02T09:00:00.000Z' } },
    { fileName: '扫描件.pdf', status: 'failed', problem: { code: 'extract-refused', problem: { kind: 'encrypted-pdf' } } },
  ],
  added: { files: 1, notices: 3 },
  merged: [{ noticeId: 'n9', title: '关于加强长江经济带工业绿色发展的指导意见', alsoIn: ['快讯-0903.txt'] }],
  skipped: 1,
  failed: 1,
  cancelled: 0,
};

it('lists each file with what happened to it', async () => {
  view = await render(<ReportBody report={REPORT} />);
  const files = [...view.container.querySelectorAll('.report-file')];
  expect(files.map((li) => li.className.replace('report-file ', ''))).toEqual(['outcome-added', 'outcome-added', 'outcome-skipped', 'outcome-failed']);
  expect(files[0]?.textContent).toContain('新增 3 条，合并 1 条');
  expect(files[0]?.querySelector('.report-file-warnings')?.textContent).toBe('「快讯-1202.txt」第 3 页无法读取，已跳过。');
  expect(files[0]?.querySelector('.report-file-reading')).toBeNull();
  expect(files[1]?.querySelector('.report-file-reading')?.textContent).toBe('读取方式：没有目录与栏目，是一篇公文：「关于组织申报2019年消费品工业“三品”战略示范城市的通知」');
  expect(files[2]?.textContent).toContain('「快讯-0903.txt」已导入过（与 「快讯-0903-副本.txt」 内容完全相同，导入于 2026-11-02）');
  expect(files[3]?.textContent).toContain('「扫描件.pdf」设置了打开密码，无法读取。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，再导入。');
});

it('shows the totals and the merged duplicates with their earlier files', async () => {
  view = await render(<ReportBody report={REPORT} />);
  const totals = [...view.container.querySelectorAll('.report-total')].map((el) => el.textContent);
  expect(totals).toEqual(['1新增文件3 条新通知', '1合并的重复通知', '1已导入过（未改动）', '1失败']);
  expect(view.container.querySelector('.report-merged')?.textContent).toContain('关于加强长江经济带工业绿色发展的指导意见（已见于 快讯-0903.txt）');
});

it('lists the refused text and the notice to check first, each with its first lines and what to do', async () => {
  const { report } = await importMixed();
  let left = 0;
  view = await render(<ReportBody report={report} onLeave={() => left++} />);
  const attention = view.container.querySelector('.report-attention');
  expect(attention?.querySelector('h3')?.textContent).toBe('需要您处理（2）');
  // Before the other outcomes.
  const sections = [...view.container.querySelectorAll('.report-attention, .report-files')].map((el) => el.className);
  expect(sections).toEqual(['report-attention', 'report-files']);
  expect(items().map((item) => item.className)).toEqual(['report-item report-refused', 'report-item report-to-check']);

  const [refused, toCheck] = items();
  expect(refused?.querySelector('.report-file-name')?.textContent).toBe('伊春工信会议.txt');
  expect(refused?.querySelector('.report-tag')?.textContent).toBe('未导入');
  // The first three non-empty lines of the text, each cut to one line of the report.
  const lines = firstLines(refused);
  expect(lines).toHaveLength(3);
  const textLines = NEWS_TEXT.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  expect(lines[0]).toBe(`${textLines[0]?.slice(0, 59)}…`);
  lines.forEach((line, i) => expect(textLines[i]?.startsWith(line.replace(/…$/, ''))).toBe(true));
  expect(lines.every((line) => [...line].length <= 60)).toBe(true);
  expect(refused?.querySelector('.report-reason')?.textContent).toBe('原因：是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读。');
  expect(refused?.querySelector('.report-advice p')?.textContent).toContain('可以保存为通知');
  expect(getButton(refused ?? document.body, '保存为通知')).toBeTruthy();

  expect(toCheck?.querySelector('.report-notice-title')?.textContent).toBe('关于组织推荐2025年度辽宁省中小企业特色产业集群的通知');
  expect(toCheck?.querySelector('.report-tag')?.textContent).toBe('需核对');
  expect(toCheck?.querySelector('.report-item-file')?.textContent).toBe('来自 辽宁特色集群.txt');
  expect(firstLines(toCheck)[0]).toBe('各市工业和信息化局、沈抚示范区产业创新局:');
  expect(toCheck?.querySelector('.report-check-fields')?.textContent).toMatch(/^请核对：发文机关、成文日期。/);

  // The other outcomes as before; the refused text is not listed a second time.
  const files = [...view.container.querySelectorAll('.report-file')];
  expect(files.map((li) => li.querySelector('.report-file-name')?.textContent)).toEqual(['三品通知.txt', '辽宁特色集群.txt']);
  expect(files.map((li) => li.className)).toEqual(['report-file outcome-added', 'report-file outcome-added']);

  // 打开核对 leaves the report for the notice in the reader.
  const [checkId] = report.files.flatMap((file) => (file.status === 'added' ? file.toCheck.map((n) => n.noticeId) : []));
  await click(getButton(toCheck ?? document.body, '打开核对'));
  expect(left).toBe(1);
  expect(useNavigation.getState().readerStack.at(-1)).toBe(checkId);
});

it('says nothing needs attention when every file was read for sure', async () => {
  view = await render(<ReportBody report={REPORT} />);
  expect(view.container.querySelector('.report-attention')).toBeNull();
});

it('保存为通知 opens 粘贴导入 with the refused text; saved with a typed title, the report offers to open it', async () => {
  const { db: library, report } = await importMixed();
  const before = await library.notices.count();
  let left = 0;
  view = await render(
    <LibraryProvider db={library}>
      <ReportBody report={report} onLeave={() => left++} />
      <PasteImportDialog />
    </LibraryProvider>,
  );
  await click(getButton(items()[0] ?? document.body, '保存为通知'));
  const dialog = view.container.querySelector<HTMLElement>('dialog');
  if (!dialog) throw new Error('粘贴导入 did not open');
  expect(dialog.querySelector('.paste-from')?.textContent).toBe('来自导入的文件 「伊春工信会议.txt」，没有读出政策通知。');
  expect(getByLabel<HTMLTextAreaElement>(dialog, '通知的文字（从网页、微信文章或文档中复制）').value).toBe(NEWS_TEXT);
  await waitFor(() => expect(dialog.querySelector('.paste-refused')?.textContent).toContain('是一篇新闻报道'));
  expect(getButton(dialog, '保存到资料库').disabled).toBe(false);

  await typeInto(getByLabel<HTMLInputElement>(dialog, '标题'), '2022年伊春市工业和信息化工作会议召开');
  await click(getButton(dialog, '保存到资料库'));
  await waitFor(() => expect(view?.container.querySelector('dialog')).toBeNull());

  expect(await library.notices.count()).toBe(before + 1);
  const saved = (await library.notices.toArray()).find((n) => n.title === '2022年伊春市工业和信息化工作会议召开');
  expect(saved?.review).toEqual(['agencies', 'date']);
  // The report stays, and the refused text now says it was saved.
  const refused = items()[0];
  expect(refused?.querySelector('.report-saved p')?.textContent).toBe('已保存为通知。');
  expect(refused && [...refused.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['打开通知']);
  expect(useNavigation.getState().readerStack).toEqual([]);
  await click(getButton(refused ?? document.body, '打开通知'));
  expect(left).toBe(1);
  expect(useNavigation.getState().readerStack.at(-1)).toBe(saved?.id);
});
