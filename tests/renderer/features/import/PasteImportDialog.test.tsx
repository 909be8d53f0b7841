// 粘贴导入: a pasted WeChat copy shows its fields and how it was read; a corrected date
// is saved as a correction; the same text pasted again is recognised; a text the parser
// takes for no notice says why and is saved as one with the fields typed by hand; the
// fields the parser was unsure of are marked 需核对.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { freshLibrary } from '../../../support/library-fixture.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useToasts } from '../../../../renderer/core/toasts.ts';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { PasteImportDialog, usePasteImport } from '../../../../renderer/features/import/index.ts';
import { click, getButton, getByLabel, render, settle, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/single');
const WECHAT = readFileSync(path.join(FIXTURES, 'miit-sanpin-wechat.txt'), 'utf8');
const NEWS = readFileSync(path.join(FIXTURES, 'not-a-notice-meeting-news.txt'), 'utf8');
const LIAONING = readFileSync(path.join(SHARED_DIR, 'real-notices/a-liaoning-tese-jiqun-2025.txt'), 'utf8');
const TEXT_LABEL = '通知的文字（从网页、微信文章或文档中复制）';

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
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), WECHAT);
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
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), WECHAT.replace(/\n/g, '\r\n'));
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message).join()).toMatch(/这段文字已于 \d{4}-\d{2}-\d{2} 导入过/));
  expect(await db.notices.count()).toBe(1);
  expect((await db.notices.toArray())[0]?.date).toBe('2019-08-30');
});

it('says why a text is no notice, and saves it as one with the fields typed by hand', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), NEWS);
  await waitFor(() => expect(dialog().querySelector('.paste-refused')?.textContent).toBe('没有读出政策通知：是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读。'));
  // One empty form to fill in by hand, and 保存 stays enabled.
  expect(dialog().querySelectorAll('.paste-notice')).toHaveLength(1);
  expect(getByLabel<HTMLInputElement>(dialog(), '标题').value).toBe('');
  expect(dialog().querySelector('.paste-by-hand-hint')?.textContent).toContain('标题必填');
  const save = getButton(dialog(), '保存到资料库');
  expect(save.disabled).toBe(false);

  // Without a title nothing is saved, and the form says why.
  await click(save);
  await waitFor(() => expect(dialog().querySelector('.field-error')?.textContent).toBe('标题不能为空。'));
  expect(getByLabel<HTMLInputElement>(dialog(), '标题').getAttribute('aria-invalid')).toBe('true');
  expect(await db.notices.count()).toBe(0);

  await typeInto(getByLabel<HTMLInputElement>(dialog(), '标题'), '  我市召开2019年工业和信息化工作会议 ');
  await typeInto(getByLabel<HTMLInputElement>(dialog(), '文号'), '市经信〔2019〕3号');
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(view.container.querySelector('dialog')).toBeNull());

  const [stored] = await db.notices.toArray();
  // 发文机关 and 成文日期 left empty: 需核对; the typed title is not.
  expect(stored).toMatchObject({ title: '我市召开2019年工业和信息化工作会议', docNumber: '市经信〔2019〕3号', agencies: [], date: null, review: ['agencies', 'date'] });
  expect(stored?.edited).toBeUndefined();
  expect(useNavigation.getState().readerStack.at(-1)).toBe(stored?.id);
  const body = await db.noticeBodies.get(stored?.id ?? '');
  expect(body?.body[0]).toBe('我市召开2019年工业和信息化工作会议');
  expect(body?.body).toHaveLength(NEWS.split('\n').filter((line) => line.trim() !== '').length);
  const [file] = await db.bulletins.toArray();
  expect([file?.format, file?.kind]).toEqual(['paste', 'notice']);
  expect(await db.originals.get(file?.id ?? '')).toEqual({ id: file?.id, text: NEWS, html: null });
});

it('keeps 需核对 only for the fields left empty when a refused text is saved by hand', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), NEWS);
  await waitFor(() => expect(dialog().querySelector('.paste-refused')).not.toBeNull());
  await typeInto(getByLabel<HTMLInputElement>(dialog(), '标题'), '我市召开2019年工业和信息化工作会议');
  await typeInto(getByLabel<HTMLInputElement>(dialog(), '发文机关'), '市经济和信息化局');
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(view.container.querySelector('dialog')).toBeNull());
  const [stored] = await db.notices.toArray();
  expect(stored).toMatchObject({ agencies: ['市经济和信息化局'], date: null, review: ['date'] });
});

it('marks the fields the parser was unsure of as 需核对, and keeps the mark when they are saved as found', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), LIAONING);
  await waitFor(() => expect(dialog().querySelector('.paste-reading')?.textContent).toContain('是一篇公文'));
  const marked = [...dialog().querySelectorAll('.notice-field')].filter((field) => field.querySelector('.notice-field-check')).map((field) => field.querySelector('input')?.name);
  expect(marked).toEqual(['agencies', 'date']);
  await click(getButton(dialog(), '保存到资料库'));
  await waitFor(() => expect(view.container.querySelector('dialog')).toBeNull());
  const [stored] = await db.notices.toArray();
  expect(stored).toMatchObject({ title: '关于组织推荐2025年度辽宁省中小企业特色产业集群的通知', review: ['agencies', 'date'] });
  const [file] = await db.bulletins.toArray();
  expect((await db.originals.get(file?.id ?? ''))?.text).toBe(LIAONING);
});

it('shows each notice of a forward with its own fields', async () => {
  await typeInto(getByLabel<HTMLTextAreaElement>(dialog(), TEXT_LABEL), readFileSync(path.join(FIXTURES, 'shanxi-ai-platform-forward.txt'), 'utf8'));
  await waitFor(() => expect(dialog().querySelectorAll('.paste-notice')).toHaveLength(2));
  expect([...dialog().querySelectorAll<HTMLInputElement>('input[name="docNumber"]')].map((i) => i.value)).toEqual(['', '国科发高〔2019〕265号']);
});
