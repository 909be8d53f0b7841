// 粘贴导入: a pasted WeChat copy shows its fields and how it was read; a corrected date
// is saved as a correction; the same text pasted again is recognised; a text that is no
// notice cannot be saved and says why.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { freshLibrary } from '../../../support/library-fixture.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useToasts } from '../../../../renderer/core/toasts.ts';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { PasteImportDialog, usePasteImport } from '../../../../renderer/features/import/index.ts';
import { click, getButton, getByLabel, render, settle, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/single');
const WECHAT = readFileSync(path.join(FIXTURES, 'miit-sanpin-wechat.txt'), 'utf8');
const NEWS = readFileSync(path.join(FIXTURES, 'not-a-notice-meeting-news.txt'), 'utf8');

let db: LibraryDb;
let view: Rendered;

beforeEach(async () => {
  db = await freshLibrary();
  view = await render(
    <LibraryProvider db={db}>
      <PasteImportDialog />
    </LibraryProvider>,
  );
  await settle(() => usePasteImport.getState().show());
});

afterEach(async () => {
  await view.unmount();
  db.close();
  usePasteImport.getState().close();
});

function dialog(): HTMLElement {
  const found = view.container.querySelector<HTMLElement>('dialog');
  if (!found) throw new Error('no dialog');
  return found;
}

it('reads a pasted notice, saves a corrected date, and knows the same text again', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), '通知的文字（从网页、微信文章或文档中复制）'), WECHAT);
  await waitFor(() => expect(dialog().querySelector('.paste-reading')?.textContent).toContain('是一篇公文'));
  expect(getByLabel<HTMLInputElement>(dialog(), '文号').value).toBe('工信厅消费函〔2019〕191号');
  expect(getByLabel<HTMLInputElement>(dialog(), '成文日期').value).toBe('2019-08-29');
  await typeInto(getByLabel<HTMLInputElement>(dialog(), '成文日期'), '2019-08-30');
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(view.container.querySelector('dialog')).toBeNull());

  const [stored] = await db.notices.toArray();
  expect(stored).toMatchObject({ title: '工业和信息化部办公厅关于组织申报2019年消费品工业“三品”战略示范城市的通知', date: '2019-08-30', edited: { fields: ['date'] } });
  expect(useNavigation.getState().readerStack.at(-1)).toBe(stored?.id);
  expect((await db.bulletins.toArray()).map((b) => [b.format, b.kind])).toEqual([['paste', 'notice']]);

  await settle(() => usePasteImport.getState().show());
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), '通知的文字（从网页、微信文章或文档中复制）'), WECHAT.replace(/\n/g, '\r\n'));
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message).join()).toMatch(/这段文字已于 \d{4}-\d{2}-\d{2} 导入过/));
  expect(await db.notices.count()).toBe(1);
  expect((await db.notices.toArray())[0]?.date).toBe('2019-08-30');
});

it('says why a text that is no notice cannot be saved', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), '通知的文字（从网页、微信文章或文档中复制）'), NEWS);
  await waitFor(() => expect(dialog().querySelector('.paste-refused')?.textContent).toContain('不能保存：没有找到公文标题'));
  expect(getButton(dialog(), '保存到资料库').disabled).toBe(true);
});

it('shows each notice of a forward with its own fields', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), '通知的文字（从网页、微信文章或文档中复制）'), readFileSync(path.join(FIXTURES, 'shanxi-ai-platform-forward.txt'), 'utf8'));
  await waitFor(() => expect(dialog().querySelectorAll('.paste-notice')).toHaveLength(2));
  expect([...dialog().querySelectorAll<HTMLInputElement>('input[name="docNumber"]')].map((i) => i.value)).toEqual(['', '国科发高〔2019〕265号']);
});
