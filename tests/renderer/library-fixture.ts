// A fresh library in fake-indexeddb with notices built by hand, for component tests.
import 'fake-indexeddb/auto';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { LibraryDb, storeBulletin } from '../../renderer/library/index.ts';

let counter = 0;

export async function freshLibrary(): Promise<LibraryDb> {
  counter += 1;
  const db = new LibraryDb(`renderer-test-${counter}-${Date.now()}`);
  await db.open();
  return db;
}

export function notice(fields: Partial<ParsedNotice> & { title: string }): ParsedNotice {
  return {
    category: '政策文件',
    docNumber: null,
    agencies: [],
    date: null,
    url: null,
    links: [],
    deadline: null,
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
    body: [`${fields.title}的正文。`],
    ...fields,
  };
}

/** Stores one bulletin of `notices`; returns the new notice ids in order. */
export async function addBulletin(db: LibraryDb, fileName: string, issue: string | null, notices: ParsedNotice[]): Promise<number[]> {
  const outcome = await storeBulletin(db, {
    fileName,
    format: 'txt',
    contentHash: `hash-of-${fileName}`,
    byteLength: 1000,
    bulletin: { publisher: '北京关键要素科技有限公司', issue },
    notices,
  });
  if (outcome.status !== 'added') throw new Error(`${fileName} was not added`);
  return outcome.bulletin.noticeIds;
}
