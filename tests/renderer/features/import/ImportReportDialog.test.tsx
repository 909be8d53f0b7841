// The import report: totals, one line per file, a failed file with its reason, and the
// notices merged as duplicates with the files they were already in.
import { afterEach, expect, it } from 'vitest';
import type { ImportReport } from '../../../../renderer/data/import/types.ts';
import { ReportBody } from '../../../../renderer/features/import/ImportReportDialog.tsx';
import { render, type Rendered } from '../../../support/dom.tsx';

let view: Rendered | undefined;

afterEach(async () => {
  await view?.unmount();
});

const REPORT: ImportReport = {
  files: [
    {
      fileName: '快讯-1202.txt',
      status: 'added',
      bulletinId: 1,
      addedNoticeIds: [1, 2, 3],
      merged: [{ noticeId: 9, title: '关于加强长江经济带工业绿色发展的指导意见', alsoIn: ['快讯-0903.txt'] }],
      warnings: ['第 3 页是扫描图片，没有文字。'],
      reading: null, toCheck: [],
    },
    {
      fileName: '工信部通知.html',
      status: 'added',
      bulletinId: 3,
      addedNoticeIds: [4],
      merged: [],
      warnings: [],
      reading: '没有目录与栏目，是一篇公文：「关于组织申报2019年消费品工业“三品”战略示范城市的通知」', toCheck: [],
    },
    { fileName: '快讯-0903.txt', status: 'skipped', bulletinId: 2, problem: { code: 'already-imported', earlier: '快讯-0903-副本.txt', importedAt: '2026-11-02T09:00:00.000Z' } },
    { fileName: '扫描件.pdf', status: 'failed', problem: { code: 'extract-refused', message: '这个 PDF 已加密，无法读取文字。' } },
  ],
  added: { files: 1, notices: 3 },
  merged: [{ noticeId: 9, title: '关于加强长江经济带工业绿色发展的指导意见', alsoIn: ['快讯-0903.txt'] }],
  skipped: 1,
  failed: 1,
  cancelled: 0,
};

it('lists each file with what happened to it', async () => {
  view = await render(<ReportBody report={REPORT} />);
  const files = [...view.container.querySelectorAll('.report-file')];
  expect(files.map((li) => li.className.replace('report-file ', ''))).toEqual(['outcome-added', 'outcome-added', 'outcome-skipped', 'outcome-failed']);
  expect(files[0]?.textContent).toContain('新增 3 条，合并 1 条');
  expect(files[0]?.querySelector('.report-file-warnings')?.textContent).toBe('第 3 页是扫描图片，没有文字。');
  expect(files[0]?.querySelector('.report-file-reading')).toBeNull();
  expect(files[1]?.querySelector('.report-file-reading')?.textContent).toBe('读取方式：没有目录与栏目，是一篇公文：「关于组织申报2019年消费品工业“三品”战略示范城市的通知」');
  expect(files[2]?.textContent).toContain('「快讯-0903.txt」已导入过（与 「快讯-0903-副本.txt」 内容完全相同，导入于 2026-11-02）');
  expect(files[3]?.textContent).toContain('这个 PDF 已加密，无法读取文字。');
});

it('shows the totals and the merged duplicates with their earlier files', async () => {
  view = await render(<ReportBody report={REPORT} />);
  const totals = [...view.container.querySelectorAll('.report-total')].map((el) => el.textContent);
  expect(totals).toEqual(['1新增快讯3 条新通知', '1合并的重复通知', '1已导入过（未改动）', '1失败']);
  expect(view.container.querySelector('.report-merged')?.textContent).toContain('关于加强长江经济带工业绿色发展的指导意见（已见于 快讯-0903.txt）');
});
