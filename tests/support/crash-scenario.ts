// The crash scenario, shared by tests/e2e/crash.test.ts and `npm run bench -- faults`:
// bulletins dropped on the app in Chromium, every browser process killed mid-import, the
// profile reopened, and the library read back from IndexedDB to check that each stored
// bulletin is whole.
import type { Page } from 'playwright-core';
import type { BulletinId, NoticeId } from '../../shared/model/ids.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { docNumberKey, titleKey } from '../../shared/text/normalize.ts';
import type { CorpusFile } from '../bench/import-corpus.ts';
import { openApp } from './app-in-chromium.ts';
import { launchChromium, type BrowserSession } from './browser.ts';

/** Drops the bulletins on the window, as the consultant would from a folder. */
export async function dropTexts(page: Page, dropped: readonly CorpusFile[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    const target = document.querySelector('.content') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  }, dropped);
}

/** The number the status bar shows before a word (`37 期快讯`), or -1. */
export async function statusCount(page: Page, word: string): Promise<number> {
  const text = (await page.getByRole('contentinfo').textContent()) ?? '';
  return Number(new RegExp(`([\\d,]+)\\s*${word}`).exec(text)?.[1]?.replace(/,/g, '') ?? -1);
}

export type StoredLibrary = {
  bulletins: { id: BulletinId; fileName: string; noticeIds: NoticeId[] }[];
  notices: { id: NoticeId; title: string; sourceBulletinIds: BulletinId[] }[];
  bodies: NoticeId[];
};

/** The library's rows as IndexedDB holds them (read directly, not through the app), a store at a time. */
export function readLibrary(page: Page): Promise<StoredLibrary> {
  return page.evaluate(
    () =>
      new Promise<StoredLibrary>((resolve, reject) => {
        const request = indexedDB.open('policy-brief-desk');
        request.onerror = () => reject(new Error(`cannot open the library: ${request.error?.message ?? ''}`));
        request.onblocked = () => reject(new Error('opening the library is blocked'));
        request.onsuccess = () => {
          const db = request.result;
          // No named helper in here: tsx (the benchmarks) wraps named functions in a
          // __name() call that does not exist in the page.
          const stores = [
            ['bulletins', false],
            ['notices', false],
            ['noticeBodies', true],
          ] as const;
          Promise.all(
            stores.map(
              ([store, keysOnly]) =>
                new Promise<unknown>((done, fail) => {
                  const objects = db.transaction([store], 'readonly').objectStore(store);
                  const get = keysOnly ? objects.getAllKeys() : objects.getAll();
                  get.onsuccess = () => done(get.result);
                  get.onerror = () => fail(new Error(`reading ${store} failed: ${get.error?.message ?? ''}`));
                }),
            ),
          ).then(([bulletins, notices, bodies]) => {
            db.close();
            resolve({ bulletins, notices, bodies } as StoredLibrary);
          }, reject);
        };
      }),
  );
}

/**
 * How many notices a set of files makes, by the import's own duplicate rule: a notice is
 * one already seen when its 文号 or its title and date match one (store-bulletin.ts).
 */
export function distinctNotices(files: readonly CorpusFile[]): number {
  const byDoc = new Map<string, number>();
  const byTitle = new Map<string, number>();
  let count = 0;
  for (const file of files) {
    for (const notice of parseBulletin(file.text).notices) {
      const doc = notice.docNumber ? docNumberKey(notice.docNumber) : null;
      const title = `${titleKey(notice.title)}|${notice.date ?? ''}`;
      const id = (doc !== null ? byDoc.get(doc) : undefined) ?? byTitle.get(title) ?? count++;
      if (doc !== null) byDoc.set(doc, id);
      byTitle.set(title, id);
    }
  }
  return count;
}

/**
 * What is wrong with a library read back after a crash, given the files dropped: empty
 * when every stored bulletin is whole (its notices and their bodies there, nothing of a
 * file that was not stored).
 */
export function integrityProblems(stored: StoredLibrary, files: readonly CorpusFile[]): string[] {
  const problems: string[] = [];
  const noticeIds = new Set(stored.notices.map((n) => n.id));
  const bulletinIds = new Set(stored.bulletins.map((b) => b.id));
  const bodies = new Set(stored.bodies);
  for (const bulletin of stored.bulletins) if (!bulletin.noticeIds.every((id) => noticeIds.has(id))) problems.push(`${bulletin.fileName}: a notice is missing`);
  for (const notice of stored.notices) {
    if (!notice.sourceBulletinIds.every((id) => bulletinIds.has(id))) problems.push(`${notice.title}: names a bulletin that is not stored`);
    if (!bodies.has(notice.id)) problems.push(`${notice.title}: no body`);
  }
  const names = new Set(stored.bulletins.map((b) => b.fileName));
  const expected = distinctNotices(files.filter((file) => names.has(file.name)));
  if (stored.notices.length !== expected) problems.push(`${stored.notices.length} notices stored for ${expected} in the stored files`);
  return problems;
}

/**
 * The app on a profile, in a browser of its own, once it has settled: the library open
 * and the search index loaded or caught up (its workers hold connections of their own,
 * and a read of the database racing their opening after a crash can wait indefinitely).
 */
export async function openOnProfile(url: string, profile: string): Promise<{ session: BrowserSession; page: Page }> {
  const session = await launchChromium({ userDataDir: profile });
  const page = await session.context.newPage();
  await openApp(page, url);
  await page.getByRole('contentinfo').filter({ hasText: '搜索已就绪' }).waitFor({ timeout: 120_000 });
  return { session, page };
}
