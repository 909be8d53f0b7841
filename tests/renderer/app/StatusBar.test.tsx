// The status bar's counts: every notice, single notices included, and the bulletin
// issues as 快讯 (a saved page, a Word file or pasted text holding notices is no issue).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { addBulletin, freshLibrary, notice } from '../../support/library-fixture.ts';
import { storeBulletin, type LibraryDb } from '../../../renderer/data/library/index.ts';
import { LibraryProvider } from '../../../renderer/core/library-context.tsx';
import { StatusBar } from '../../../renderer/app/StatusBar.tsx';
import { render, waitFor, type Rendered } from '../../support/dom.tsx';

describe('status bar', () => {
  let db: LibraryDb;
  let view: Rendered;

  beforeEach(async () => {
    db = await freshLibrary();
    await addBulletin(db, 'a.txt', '(2018) 1202 期', [notice({ title: '快讯里的第一篇' }), notice({ title: '快讯里的第二篇' })]);
    const single = (fileName: string, kind: 'notice' | 'notices', titles: string[]) =>
      storeBulletin(db, {
        kind,
        fileName,
        format: kind === 'notice' ? 'html' : 'paste',
        contentHash: `hash-of-${fileName}`,
        byteLength: 100,
        bulletin: { publisher: null, issue: null },
        notices: titles.map((title) => notice({ title })),
      });
    await single('page.html', 'notice', ['网页上的通知']);
    await single('粘贴导入 2018-12-10 10:00', 'notices', ['粘贴的第一篇', '粘贴的第二篇']);
    view = await render(
      <LibraryProvider db={db}>
        <StatusBar />
      </LibraryProvider>,
    );
  });

  afterEach(async () => {
    await view.unmount();
    db.close();
  });

  it('counts single notices as notices, and only the bulletin issue as 快讯', async () => {
    await waitFor(() => expect(view.container.querySelector('[data-testid="status-notices"]')?.textContent).toBe('5 条通知'));
    // Three files stored; one of them is an issue.
    await waitFor(() => expect(view.container.textContent).toContain('1 期快讯'));
  });
});
