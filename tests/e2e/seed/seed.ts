// A test-only page, served beside the built app (same origin, so the same IndexedDB),
// that fills the library through its own repository (storeBulletin) with many made-up
// notices, for the 50,000-row check. Never part of the app's build.
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { openLibrary, storeBulletin } from '../../../renderer/data/library/index.ts';

const CATEGORIES = ['政策文件', '项目申报', '绿色制造', '申报通知', '中小服务平台'];
const AGENCIES = ['工业和信息化部', '北京市经济和信息化委员会', '山东省工业和信息化厅', '国家知识产权局', '财政部'];

function madeUpNotice(n: number): ParsedNotice {
  const year = 2010 + (n % 15);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    category: CATEGORIES[n % CATEGORIES.length] ?? '政策文件',
    title: `关于第${n}号试点项目申报工作的通知`,
    docNumber: `测试发〔${year}〕${n}号`,
    agencies: [AGENCIES[n % AGENCIES.length] ?? '财政部'],
    date: `${year}-${month}-${day}`,
    url: null,
    links: [],
    deadline: n % 4 === 0 ? `${year}-12-31` : null,
    deadlines: n % 4 === 0 ? [{ date: `${year}-12-31`, party: 'applicant', evidence: '' }] : [],
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
    body: [`第${n}号通知的正文。`],
  };
}

declare global {
  interface Window {
    seedLibrary: (notices: number, perBulletin: number) => Promise<number>;
  }
}

window.seedLibrary = async (notices, perBulletin) => {
  const db = await openLibrary();
  let stored = 0;
  for (let start = 0; start < notices; start += perBulletin) {
    const batch = Array.from({ length: Math.min(perBulletin, notices - start) }, (_, i) => madeUpNotice(start + i));
    const outcome = await storeBulletin(db, {
      fileName: `seed-${start}.txt`,
      format: 'txt',
      contentHash: `seed-${start}-${notices}`,
      byteLength: 1,
      bulletin: { publisher: null, issue: `种子 ${start / perBulletin + 1} 期` },
      notices: batch,
    });
    if (outcome.status === 'added') stored += outcome.addedNoticeIds.length;
  }
  db.close();
  return stored;
};
