// 新建客户 / 编辑客户: a name is required and may not be another client's; what is typed
// (region, industry, qualifications by chip, suggestion and separator, contact, notes) is what the
// library stores; an edit changes the client in place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { freshLibrary } from '../../../support/library-fixture.ts';
import { createClient, getClient, listClients, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { ClientFormDialog } from '../../../../renderer/features/clients/ClientFormDialog.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { choose, click, getButton, getByLabel, press, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';

let db: LibraryDb;
let view: Rendered;
let closed: number;

async function open(client?: Parameters<typeof ClientFormDialog>[0]['client']): Promise<HTMLElement> {
  view = await render(
    <LibraryProvider db={db}>
      <ClientFormDialog client={client} onClose={() => (closed += 1)} />
    </LibraryProvider>,
  );
  return view.container;
}

/** Clicks the submit button once the form may save (it first reads the other clients' names). */
async function submit(form: HTMLElement, name: string): Promise<void> {
  await waitFor(() => expect(getButton(form, name).disabled).toBe(false));
  await click(getButton(form, name));
}

const errors = (root: HTMLElement) => [...root.querySelectorAll('[role="alert"]')].map((element) => element.textContent);

beforeEach(async () => {
  db = await freshLibrary();
  closed = 0;
});

afterEach(async () => {
  await view?.unmount();
  db.close();
});

describe('client form', () => {
  it('refuses to save without a name, and says so only after the first try', async () => {
    const form = await open();
    expect(errors(form)).toEqual([]);
    await submit(form, '创建客户');
    expect(errors(form)).toEqual(['请填写客户名称']);
    expect(getByLabel<HTMLInputElement>(form, '客户名称').getAttribute('aria-invalid')).toBe('true');
    await typeInto(getByLabel(form, '客户名称'), '   ');
    await submit(form, '创建客户');
    expect(await listClients(db)).toEqual([]);
    expect(closed).toBe(0);
  });

  it('refuses the name of another client', async () => {
    await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
    const form = await open();
    await typeInto(getByLabel(form, '客户名称'), ' 北京绿源科技有限公司 ');
    await submit(form, '创建客户');
    await waitFor(() => expect(errors(form)).toEqual(['已有名为“北京绿源科技有限公司”的客户']));
    expect((await listClients(db)).length).toBe(1);
  });

  it('stores what was typed: region, industry, qualifications by suggestion, Enter and separators, contact, notes', async () => {
    const form = await open();
    await typeInto(getByLabel(form, '客户名称'), '北京绿源科技有限公司');
    await choose(getByLabel<HTMLSelectElement>(form, '省份'), '北京');
    await typeInto(getByLabel(form, '区县'), '海淀区');
    await typeInto(getByLabel(form, '行业'), '节能环保');
    await typeInto(getByLabel(form, '联系人'), '张经理');
    await click(getButton(form, '添加标签：高新技术企业'));
    const qualifications = getByLabel<HTMLInputElement>(form, '资质与标签');
    await typeInto(qualifications, '绿色工厂');
    await press(qualifications, 'Enter');
    await typeInto(qualifications, '专精特新、高新技术企业，');
    await typeInto(getByLabel(form, '备注'), '主营工业节能改造。');
    // A suggestion already chosen is not offered again.
    expect(form.textContent).not.toContain('添加标签：高新技术企业');
    await submit(form, '创建客户');
    await waitFor(() => expect(closed).toBe(1));
    const [client] = await listClients(db);
    expect(client).toMatchObject({
      name: '北京绿源科技有限公司',
      region: { province: '北京', city: '', district: '海淀区' },
      industry: '节能环保',
      qualifications: ['高新技术企业', '绿色工厂', '专精特新'],
      contactPerson: '张经理',
      notes: '主营工业节能改造。',
    });
  });

  it('stores the matching profile: district, industry from the vocabulary, size, founded year, keywords', async () => {
    const form = await open();
    await typeInto(getByLabel(form, '客户名称'), '北京智联工业互联网科技有限公司');
    await choose(getByLabel<HTMLSelectElement>(form, '省份'), '北京');
    await typeInto(getByLabel(form, '区县'), '海淀区');
    // The industry field offers the vocabulary (free text is still allowed).
    const industry = getByLabel<HTMLInputElement>(form, '行业');
    const offered = [...(form.querySelector(`#${CSS.escape(industry.getAttribute('list') ?? '')}`)?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'));
    expect(offered).toEqual(expect.arrayContaining(['节能环保', '工业互联网', '集成电路']));
    await typeInto(industry, '工业互联网');
    // Sizes read in words and are stored as codes.
    const size = getByLabel<HTMLSelectElement>(form, '企业规模');
    expect([...size.options].map((o) => [o.value, o.textContent])).toEqual([['', '未填写'], ['large', '大型'], ['medium', '中型'], ['small', '小型'], ['micro', '微型']]);
    await choose(size, 'medium');
    await typeInto(getByLabel(form, '成立年份'), '2012');
    const keywords = getByLabel<HTMLInputElement>(form, '业务关键词');
    await typeInto(keywords, '两化融合');
    await press(keywords, 'Enter');
    await click(getButton(form, '添加标签：企业技术中心'));
    await submit(form, '创建客户');
    await waitFor(() => expect(closed).toBe(1));
    const [client] = await listClients(db);
    expect(client).toMatchObject({
      region: { province: '北京', city: '', district: '海淀区' },
      industry: '工业互联网',
      size: 'medium',
      foundedYear: 2012,
      keywords: ['两化融合'],
      qualifications: ['企业技术中心'],
    });
  });

  it('removes a qualification with its × and with Backspace in the empty box', async () => {
    const form = await open();
    await typeInto(getByLabel(form, '客户名称'), '山西晋兴制造有限公司');
    for (const qualification of ['小微企业', '规上企业', '专精特新']) await click(getButton(form, `添加标签：${qualification}`));
    await click(getButton(form, '移除标签：规上企业'));
    await press(getByLabel(form, '资质与标签'), 'Backspace');
    await submit(form, '创建客户');
    await waitFor(() => expect(closed).toBe(1));
    expect((await listClients(db))[0]?.qualifications).toEqual(['小微企业']);
  });

  it('edits a client in place, keeping its own name allowed', async () => {
    const stored = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', industry: '节能环保' });
    const form = await open(stored);
    expect(getByLabel<HTMLInputElement>(form, '行业').value).toBe('节能环保');
    await typeInto(getByLabel(form, '行业'), '环保装备制造');
    await submit(form, '保存修改');
    await waitFor(() => expect(closed).toBe(1));
    expect(errors(form)).toEqual([]);
    expect((await getClient(db, stored.id))?.industry).toBe('环保装备制造');
    expect((await listClients(db)).length).toBe(1);
  });
});
