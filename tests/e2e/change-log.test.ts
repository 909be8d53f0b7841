// The change log in Chromium: every consumer follows the library's persisted log, so
// (a) a page killed after an import is stored and before the workers took it in misses
// nothing when it is opened again, and (b) a second window of the app sees the first one's
// import in its list and its search, without a reload. To kill at that moment for sure,
// the test holds a write lock on the two tables the consumers write (noticeRelations,
// noticeFeatures) while the bulletin is dropped: the import commits, the consumers wait.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CursorRecord } from '../../shared/model/library.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import type { CorpusFile } from '../bench/import-corpus.ts';
import { listCount, openApp } from '../support/app-in-chromium.ts';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { distinctNotices, dropTexts, openOnProfile, statusCount } from '../support/crash-scenario.ts';
import { bulletinText, type BulletinId } from '../support/fixtures.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';

const file = (id: BulletinId): CorpusFile => ({ name: `${id}.txt`, text: bulletinText(id) });
const FIRST = file('000_2229777bc5f28b07');
const SECOND = file('002_5fbf075aa49c018d');
const titlesOf = (dropped: CorpusFile): string[] => parseBulletin(dropped.text).notices.map((n) => n.title);

const profile = mkdtempSync(path.join(tmpdir(), 'policy-desk-change-log-'));
let served: Served;
let session: BrowserSession | null = null;
/** The app's page after it was reopened (the first window of the second test). */
let app: Page | null = null;

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
});

afterAll(async () => {
  await session?.close();
  await served?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The library's rows as IndexedDB holds them (read directly, not through the app). */
type RawLibrary = { bulletins: number; notices: number; noticeRelations: number; noticeFeatures: number; head: number; cursors: CursorRecord[] };

function readRaw(page: Page): Promise<RawLibrary> {
  return page.evaluate(
    () =>
      new Promise<RawLibrary>((resolve, reject) => {
        const request = indexedDB.open('policy-brief-desk');
        request.onerror = () => reject(new Error(`cannot open the library: ${request.error?.message ?? ''}`));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['bulletins', 'notices', 'noticeRelations', 'noticeFeatures', 'changes', 'cursors'], 'readonly');
          const raw: Partial<RawLibrary> = {};
          tx.objectStore('bulletins').count().onsuccess = (e) => (raw.bulletins = (e.target as IDBRequest<number>).result);
          tx.objectStore('notices').count().onsuccess = (e) => (raw.notices = (e.target as IDBRequest<number>).result);
          tx.objectStore('noticeRelations').count().onsuccess = (e) => (raw.noticeRelations = (e.target as IDBRequest<number>).result);
          tx.objectStore('noticeFeatures').count().onsuccess = (e) => (raw.noticeFeatures = (e.target as IDBRequest<number>).result);
          tx.objectStore('cursors').getAll().onsuccess = (e) => (raw.cursors = (e.target as IDBRequest<CursorRecord[]>).result);
          tx.objectStore('changes').openKeyCursor(null, 'prev').onsuccess = (e) => (raw.head = Number((e.target as IDBRequest<IDBCursor | null>).result?.key ?? 0));
          tx.oncomplete = () => {
            db.close();
            resolve(raw as RawLibrary);
          };
          tx.onerror = () => reject(new Error(`reading the library failed: ${tx.error?.message ?? ''}`));
        };
      }),
  );
}

/** How many bulletins are stored (a table the lock below leaves free). */
function countBulletins(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('policy-brief-desk');
        request.onerror = () => reject(new Error(`cannot open the library: ${request.error?.message ?? ''}`));
        request.onsuccess = () => {
          const count = request.result.transaction(['bulletins'], 'readonly').objectStore('bulletins').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(new Error(`counting the bulletins failed: ${count.error?.message ?? ''}`));
        };
      }),
  );
}

/**
 * Holds a write lock on the tables the log's consumers write, from a connection of the
 * page's own, until the page dies: a transaction kept busy with one request after another.
 * Resolves once the lock is held.
 */
function holdConsumerTables(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('policy-brief-desk');
        request.onerror = () => reject(new Error(`cannot open the library: ${request.error?.message ?? ''}`));
        request.onsuccess = () => {
          const store = request.result.transaction(['noticeRelations', 'noticeFeatures'], 'readwrite').objectStore('noticeRelations');
          const again = (): void => {
            store.count().onsuccess = () => {
              resolve();
              again();
            };
          };
          again();
        };
      }),
  );
}

/** Searches `title` and waits until the results list it; returns the titles listed. */
async function searchFinds(page: Page, title: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: '搜索' });
  const results = page.getByRole('list', { name: '搜索结果' });
  const titles = async () => (await results.locator('.result-title').allTextContents()).map((t) => t.trim());
  await box.fill(title);
  await expect.poll(titles, { timeout: 30_000 }).toContain(title);
  return titles();
}

/** A page of the app that is open on the profile, its library read directly with the app's scripts kept from running. */
async function withoutApp(page: Page): Promise<RawLibrary> {
  await page.route('**/assets/**', (route) => route.abort());
  await page.goto(served.url);
  const raw = await readRaw(page);
  await page.unrouteAll();
  return raw;
}

describe('the change log in Chromium', () => {
  it('a page killed after the import is stored and before the workers took it in misses nothing when reopened', async () => {
    const opened = await openOnProfile(served.url, profile);
    session = opened.session;
    await holdConsumerTables(opened.page);
    await dropTexts(opened.page, [FIRST]);
    await expect.poll(() => countBulletins(opened.page), { timeout: 60_000 }).toBe(1);
    session.kill();
    await session.close().catch(() => undefined);
    session = null;

    session = await launchChromium({ userDataDir: profile });
    const page = await session.context.newPage();
    app = page;
    // Killed in between: the import is stored and logged; no consumer had applied it.
    const killed = await withoutApp(page);
    expect(killed).toMatchObject({ bulletins: 1, notices: distinctNotices([FIRST]), noticeRelations: 0, noticeFeatures: 0 });
    for (const consumer of ['searchIndex', 'noticeRelations', 'noticeFeatures']) {
      expect(killed.cursors.find((c) => c.consumer === consumer)?.seq ?? 0, consumer).toBeLessThan(killed.head);
    }

    await openApp(page, served.url);
    await expect.poll(() => listCount(page), { timeout: 60_000 }).toBe(distinctNotices([FIRST]));
    for (const title of titlesOf(FIRST)) await searchFinds(page, title);
    // The derived tables caught up from their cursors too.
    await expect.poll(async () => (await readRaw(page)).noticeRelations, { timeout: 60_000 }).toBe(distinctNotices([FIRST]));
    await expect.poll(async () => (await readRaw(page)).noticeFeatures, { timeout: 60_000 }).toBe(distinctNotices([FIRST]));
  });

  it('a second window sees the first one’s import in its list and its search without a reload', async () => {
    const first = app;
    if (!session || !first) throw new Error('no app page from the test before');
    const second = await session.context.newPage();
    await openApp(second, served.url);
    await second.getByRole('contentinfo').filter({ hasText: '搜索已就绪' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => listCount(second)).toBe(distinctNotices([FIRST]));
    const before = await second.evaluate(() => performance.timeOrigin);

    await dropTexts(first, [SECOND]);
    await first.getByRole('dialog', { name: '导入报告' }).waitFor({ timeout: 120_000 });

    await expect.poll(() => listCount(second), { timeout: 60_000 }).toBe(distinctNotices([FIRST, SECOND]));
    await expect.poll(() => statusCount(second, '期快讯')).toBe(2);
    const added = titlesOf(SECOND);
    await searchFinds(second, added[0] ?? '');
    await searchFinds(second, added[added.length - 1] ?? '');
    // The same document all along: nothing was reloaded.
    expect(await second.evaluate(() => performance.timeOrigin)).toBe(before);
  });
});
