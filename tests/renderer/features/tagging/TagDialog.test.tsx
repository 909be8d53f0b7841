// 关联客户: several notices to one or several clients with a note and a relevance; a
// client carrying all of them already cannot be chosen; tags that exist keep their note;
// a client missing from the list can be added by name and is chosen at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { createClient, listClients, tagNotices, tagsOfNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { Client } from '../../../../shared/model/library.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { TagDialog } from '../../../../renderer/features/tagging/TagDialog.tsx';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { click, getButton, getByLabel, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';

let db: LibraryDb;
let view: Rendered;
let noticeIds: NoticeId[];
let green: Client;
let shanxi: Client;
let closed: number;

beforeEach(async () => {
  db = await freshLibrary();
  noticeIds = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
    notice({ title: '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知', deadline: '2018-12-31' }),
    notice({ title: '浙江省关于组织开展2019年度工业与信息化重点领域提升发展工作的通知', deadline: '2018-09-25' }),
  ]);
  green = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
  shanxi = await createClient(db, { ...EMPTY_CLIENT, name: '山西晋兴制造有限公司', region: { province: '山西', city: '太原', district: '' } });
  closed = 0;
});

afterEach(async () => {
  await view.unmount();
  db.close();
});

async function open(ids: NoticeId[]): Promise<HTMLElement> {
  view = await render(
    <LibraryProvider db={db}>
      <TagDialog noticeIds={ids} onClose={() => (closed += 1)} />
    </LibraryProvider>,
  );
  await waitFor(() => expect(view.container.querySelector('.client-choice')).not.toBeNull());
  return view.container;
}

const checkbox = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('.client-choice input')].find((input) => input.closest('label')?.querySelector('.client-choice-name')?.textContent === name)!;

describe('tag dialog', () => {
  it('cannot tag until a client is chosen', async () => {
    const dialog = await open(noticeIds);
    expect(getButton(dialog, '关联').disabled).toBe(true);
    expect(dialog.textContent).toContain('请选择至少一个客户');
  });

  it('tags several notices to several clients with the note and relevance given', async () => {
    const dialog = await open(noticeIds);
    await click(checkbox(dialog, green.name));
    await click(checkbox(dialog, shanxi.name));
    expect(dialog.textContent).toContain('将关联 2 条通知到 2 个客户');
    // Chosen by what the consultant sees: the label 高.
    const high = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.closest('label')?.textContent === '高')!;
    await click(high);
    await typeInto(getByLabel(dialog, '点评（可选）'), '  两条都与企业相关。 ');
    await click(getButton(dialog, '关联'));
    await waitFor(() => expect(closed).toBe(1));
    const tags = await tagsOfNotices(db, noticeIds);
    expect(tags.map((tag) => [tag.clientId, tag.noticeId, tag.note, tag.relevance]).sort()).toEqual(
      [
        [green.id, noticeIds[0], '两条都与企业相关。', 'high'],
        [green.id, noticeIds[1], '两条都与企业相关。', 'high'],
        [shanxi.id, noticeIds[0], '两条都与企业相关。', 'high'],
        [shanxi.id, noticeIds[1], '两条都与企业相关。', 'high'],
      ].sort(),
    );
  });

  it('shows a client that carries every notice as tagged and not to be chosen; one that carries some as partly', async () => {
    await tagNotices(db, { clientIds: [green.id], noticeIds, note: '已有点评', relevance: 'low' });
    await tagNotices(db, { clientIds: [shanxi.id], noticeIds: [noticeIds[0]!] });
    const dialog = await open(noticeIds);
    const all = checkbox(dialog, green.name);
    expect(all.checked).toBe(true);
    expect(all.disabled).toBe(true);
    expect(all.closest('label')?.textContent).toContain('已关联');
    expect(checkbox(dialog, shanxi.name).closest('label')?.textContent).toContain('已关联 1/2');
  });

  it('leaves the note and relevance of a tag that exists as they were', async () => {
    await tagNotices(db, { clientIds: [shanxi.id], noticeIds: [noticeIds[0]!], note: '原有点评', relevance: 'low' });
    const dialog = await open(noticeIds);
    await click(checkbox(dialog, shanxi.name));
    await typeInto(getByLabel(dialog, '点评（可选）'), '新点评');
    await click(getButton(dialog, '关联'));
    await waitFor(() => expect(closed).toBe(1));
    const tags = await tagsOfNotices(db, noticeIds);
    expect(tags.find((tag) => tag.noticeId === noticeIds[0])).toMatchObject({ note: '原有点评', relevance: 'low' });
    expect(tags.find((tag) => tag.noticeId === noticeIds[1])).toMatchObject({ note: '新点评', relevance: 'medium' });
  });

  it('adds a client by name and chooses it; a name already taken is refused', async () => {
    const dialog = await open([noticeIds[0]!]);
    const name = getByLabel<HTMLInputElement>(dialog, '新客户名称');
    await typeInto(name, '北京绿源科技有限公司');
    expect(dialog.textContent).toContain('已有名为“北京绿源科技有限公司”的客户');
    expect(getButton(dialog, '添加客户').disabled).toBe(true);
    await typeInto(name, '浙江嘉禾新材料有限公司');
    await click(getButton(dialog, '添加客户'));
    await waitFor(() => expect(checkbox(dialog, '浙江嘉禾新材料有限公司')?.checked).toBe(true));
    expect((await listClients(db)).map((client) => client.name)).toContain('浙江嘉禾新材料有限公司');
    await click(getButton(dialog, '关联'));
    await waitFor(() => expect(closed).toBe(1));
    const [tag] = await tagsOfNotices(db, [noticeIds[0]!]);
    expect(tag?.clientId).toBe((await listClients(db)).find((client) => client.name === '浙江嘉禾新材料有限公司')?.id);
  });
});
