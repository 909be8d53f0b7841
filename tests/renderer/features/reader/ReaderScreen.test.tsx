// The notice reader: particulars, links through the bridge, and a cited 文号 that opens
// the cited notice when the library has it (in any bracket style), or says it has not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { ReaderScreen } from '../../../../renderer/features/reader/ReaderScreen.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { selectOpenNotice, useNavigation } from '../../../../renderer/core/navigation.ts';
import { click, getButton, getByLabel, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';
import { useSearch } from '../../../../renderer/features/search/index.ts';

const CITED = notice({
  title: '关于加强长江经济带工业绿色发展的指导意见',
  category: '绿色制造',
  docNumber: '工信部联节〔2017〕178号',
  agencies: ['工业和信息化部'],
  date: '2017-06-30',
});

const CITING = notice({
  title: '北京市关于进一步加强绿色政府采购有关事项的通知',
  category: '绿色制造',
  docNumber: '京财采购〔2018〕2593号',
  agencies: ['北京市财政局', '北京市生态环境局'],
  date: '2018-11-28',
  deadline: '2018-12-20',
  url: 'http://czj.beijing.gov.cn/zwxx/tztg/t20181130_1057432.htm',
  links: ['http://www.ccgp-beijing.gov.cn/'],
  attachments: ['绿色采购产品清单.xlsx'],
  contacts: [{ name: '张明', unit: '政府采购处', phone: '010-55592345', email: 'zhang@example.cn' }],
  citedDocNumbers: ['工信部联节[2017]178号', '财库〔2019〕9号'],
  body: [
    '各有关单位：',
    '根据《关于加强长江经济带工业绿色发展的指导意见》（工信部联节[2017]178号），现就有关事项通知如下。',
    '一、总体要求',
    '按照《财政部关于促进政府采购公平竞争优化营商环境的通知》（财库〔2019〕9号）执行。',
    '详见 http://czj.beijing.gov.cn/ 。',
    '北京市财政局',
    '北京市生态环境局',
    '2018年11月28日',
  ],
});

let db: LibraryDb;
let view: Rendered;
let citingId: NoticeId;
let citedId: NoticeId;

beforeEach(async () => {
  db = await freshLibrary();
  [citedId = ''] = await addBulletin(db, 'a.txt', '(2018) 1202 期', [CITED]);
  [citingId = ''] = await addBulletin(db, 'b.txt', null, [CITING]);
  useNavigation.setState({ screen: 'library', readerStack: [citingId] });
  view = await render(
    <LibraryProvider db={db}>
      <ReaderScreen id={citingId} />
    </LibraryProvider>,
  );
  await waitFor(() => expect(view.container.querySelector('h1')?.textContent).toBe(CITING.title));
});

afterEach(async () => {
  await view.unmount();
  db.close();
  vi.restoreAllMocks();
});

describe('notice reader', () => {
  it('corrects a field: shown at once, marked, kept in the library', async () => {
    await click(getButton(view.container, '更正'));
    const dialog = view.container.querySelector('dialog');
    if (!dialog) throw new Error('no dialog');
    await typeInto(getByLabel<HTMLInputElement>(dialog, '成文日期'), '2018-11-29');
    await typeInto(getByLabel<HTMLInputElement>(dialog, '相关链接'), 'not a url');
    await click(getButton(dialog, '保存'));
    await waitFor(() => expect(dialog.querySelector('.field-error')?.textContent).toBe('请填写以 http:// 或 https:// 开头的网址。'));
    expect((await db.notices.get(citingId))?.date).toBe('2018-11-28');

    await typeInto(getByLabel<HTMLInputElement>(dialog, '相关链接'), 'https://czj.beijing.gov.cn/a.htm');
    await click(getButton(dialog, '保存'));
    await waitFor(() => expect(view.container.querySelector('dialog')).toBeNull());
    await waitFor(() => expect(view.container.querySelector('.reader-edited')?.textContent).toMatch(/^已更正：成文日期、相关链接/));
    expect(view.container.querySelector('[aria-label="通知信息"]')?.textContent).toContain('2018-11-29');
    expect(await db.notices.get(citingId)).toMatchObject({ date: '2018-11-29', url: 'https://czj.beijing.gov.cn/a.htm', edited: { fields: ['date', 'url'] } });
  });

  it('shows the particulars', () => {
    const meta = view.container.querySelector('[aria-label="通知信息"]');
    const text = meta?.textContent ?? '';
    for (const expected of ['京财采购〔2018〕2593号', '北京市财政局', '北京市生态环境局', '2018-11-28', '2018-12-20', '绿色采购产品清单.xlsx', '张明', '010-55592345', 'zhang@example.cn', 'b.txt']) {
      expect(text).toContain(expected);
    }
  });

  it('typesets the body: heading and signature', () => {
    expect(view.container.querySelector('.para-heading')?.textContent).toBe('一、总体要求');
    expect([...view.container.querySelectorAll('.para-closing')].map((p) => p.textContent)).toEqual(['北京市财政局', '北京市生态环境局', '2018年11月28日']);
  });

  it('opens the cited notice from the side panel, even when its brackets differ', async () => {
    await waitFor(() => expect(view.container.querySelectorAll('.relation-item').length).toBeGreaterThan(0));
    await click(getButton(view.container, '《关于加强长江经济带工业绿色发展的指导意见》（工信部联节[2017]178号）'));
    expect(selectOpenNotice(useNavigation.getState())).toBe(citedId);
  });

  it('links the cited 文号 inside the body too', () => {
    const inline = [...view.container.querySelectorAll('.inline-doc')];
    expect(inline.map((b) => b.textContent)).toEqual(['工信部联节[2017]178号']);
  });

  it('says when a cited document is not in the library, and offers to search for it', async () => {
    await waitFor(() => expect(view.container.querySelectorAll('.relation-item').length).toBeGreaterThan(0));
    const missing = [...view.container.querySelectorAll('.relation-item')].find((li) => li.textContent?.includes('财库〔2019〕9号'));
    expect(missing?.textContent).toContain('依据');
    expect(missing?.textContent).toContain('不在资料库中');
    await click(getButton(view.container, '在资料库中搜索 《财政部关于促进政府采购公平竞争优化营商环境的通知》（财库〔2019〕9号）'));
    expect(useNavigation.getState().screen).toBe('search');
    expect(useSearch.getState().query).toBe('财库〔2019〕9号');
  });

  it('lists the notices citing it in the cited one’s reader, with the relation diagram', async () => {
    const cited = await render(
      <LibraryProvider db={db}>
        <ReaderScreen id={citedId} />
      </LibraryProvider>,
    );
    await waitFor(() => expect(cited.container.querySelector('.relation-item button')?.textContent).toBe(CITING.title));
    expect(cited.container.querySelector('.relation-item .relation-chip')?.textContent).toBe('依据');
    expect(cited.container.querySelector('.reader-validity')?.textContent).toContain('未知');
    const diagram = cited.container.querySelector('.relation-diagram svg');
    expect(diagram?.getAttribute('aria-label')).toBe(`${CITED.title}：引用 0 份文件，被 1 条通知引用`);
    await cited.unmount();
  });

  it('opens 相关链接 through the bridge (a checked link in a new window)', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await click(getButton(view.container, `在浏览器中打开 ${CITING.url ?? ''}`));
    await waitFor(() => expect(open).toHaveBeenCalledWith(CITING.url, '_blank', 'noopener,noreferrer'));
  });

  it('goes back to the list', async () => {
    await click(getButton(view.container, '返回列表'));
    expect(useNavigation.getState().readerStack).toEqual([]);
  });

  it('marks the paragraphs a 推荐 reason came from when opened with evidence, and only for that notice', async () => {
    expect(view.container.querySelectorAll('.para-evidence')).toHaveLength(0);
    useNavigation.getState().openWithEvidence(citingId, [1]);
    await waitFor(() => expect([...view.container.querySelectorAll('.para-evidence')].map((p) => p.textContent)).toEqual([CITING.body[1]]));
    useNavigation.getState().openWithEvidence(citedId, [0]);
    await waitFor(() => expect(view.container.querySelectorAll('.para-evidence')).toHaveLength(0));
  });
});
