// The 资料库 table: the rows of the ids it is given, in that order, with the clients each
// notice is tagged to; sorting by a header; keyboard moves and opens; space selects.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { createClient, tagNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { createSearchQueries } from '../../../../renderer/data/search/worker-queries.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { NoticeTable } from '../../../../renderer/features/library/NoticeTable.tsx';
import { useSelection } from '../../../../renderer/features/library/selection.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { QueriesProvider } from '../../../../renderer/core/queries-context.tsx';
import { MatcherProvider } from '../../../../renderer/core/matcher-context.tsx';
import { inThreadMatcher } from '../../../support/matcher.ts';
import { click, press, render, waitFor, type Rendered } from '../../../support/dom.tsx';

// happy-dom lays nothing out: give the scroll pane a size, so the virtual list draws rows.
const sizes = { offsetHeight: 340, offsetWidth: 1200, clientHeight: 340, clientWidth: 1200 };
const original = Object.fromEntries(Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]));

let db: LibraryDb;
let view: Rendered;
let ids: NoticeId[];
let matcher: ReturnType<typeof inThreadMatcher>;

const rowTitles = (): string[] => [...view.container.querySelectorAll('[role="rowgroup"]:not(.notice-table-head) [role="row"]')].map((row) => row.querySelector('[role="gridcell"]:nth-child(2)')?.textContent ?? '');

beforeEach(async () => {
  for (const [key, value] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  db = await freshLibrary();
  ids = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
    notice({ title: '关于开展2018年度绿色制造体系建设的通知', docNumber: '工信厅节函〔2018〕361号', agencies: ['工业和信息化部办公厅'], date: '2018-10-12', category: '绿色制造' }),
    notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', docNumber: '京财采购〔2018〕2593号', agencies: ['北京市财政局'], date: '2018-11-28', category: '政策文件', deadline: '2018-12-20' }),
    notice({ title: '关于组织申报2019年度节能专项资金的通知', docNumber: '鲁工信节〔2019〕14号', agencies: ['山东省工业和信息化厅'], date: '2019-01-08', category: '项目申报' }),
  ]);
  const client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
  await tagNotices(db, { clientIds: [client.id], noticeIds: [ids[1] ?? ''] });
  // A green manufacturer in Beijing: matching says the national green-manufacturing
  // notice may concern it, the Shandong one not (another province).
  await createClient(db, { ...EMPTY_CLIENT, name: '北京绿能制造有限公司', region: { province: '北京', city: '', district: '' }, industry: '节能环保' });
  useSelection.getState().clear();
});

afterEach(async () => {
  await view.unmount();
  matcher.dispose();
  db.close();
  for (const [key, descriptor] of Object.entries(original)) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

async function show(order: NoticeId[], handlers: { onSort?: () => void; onOpen?: (id: NoticeId) => void } = {}): Promise<void> {
  const queries = createSearchQueries(db, () => Promise.reject(new Error('not used')));
  matcher = inThreadMatcher(db, '2018-12-01');
  view = await render(
    <LibraryProvider db={db}>
      <QueriesProvider queries={queries}>
        <MatcherProvider matcher={matcher}>
          <NoticeTable ids={order} sort={{ key: 'date', direction: 'desc' }} onSort={handlers.onSort ?? (() => {})} onOpen={handlers.onOpen ?? (() => {})} />
        </MatcherProvider>
      </QueriesProvider>
    </LibraryProvider>,
  );
}

describe('the notice table', () => {
  it('draws the rows of the ids in the order given, with their 文号 and tagged clients', async () => {
    await show([ids[2] ?? '', ids[0] ?? '', ids[1] ?? '']);
    await waitFor(() => expect(rowTitles()).toEqual(['关于组织申报2019年度节能专项资金的通知', '关于开展2018年度绿色制造体系建设的通知', '北京市关于进一步加强绿色政府采购有关事项的通知']));
    const rows = [...view.container.querySelectorAll('.notice-row:not(.notice-header-row)')];
    expect(rows[0]?.textContent).toContain('鲁工信节〔2019〕14号');
    expect(rows[2]?.textContent).toContain('北京绿源科技有限公司');
    expect(rows[0]?.textContent).not.toContain('北京绿源科技有限公司');
    expect(view.container.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('4');
  });

  it('shows the clients a notice may concern, from matching, and not for another province', async () => {
    await show([ids[0] ?? '', ids[2] ?? '']);
    await waitFor(() => expect(view.container.querySelectorAll('.chip-suggested')).toHaveLength(1));
    const rows = [...view.container.querySelectorAll('.notice-row:not(.notice-header-row)')];
    expect(rows[0]?.querySelector('.suggested-clients')?.textContent).toBe('可能相关北京绿能制造有限公司');
    expect(rows[1]?.querySelector('.suggested-clients')).toBeNull();
  });

  it('marks the sorted column and asks to sort by a header clicked', async () => {
    const onSort = vi.fn();
    await show(ids, { onSort });
    const headers = [...view.container.querySelectorAll('[role="columnheader"]')];
    const date = headers.find((header) => header.textContent?.trim() === '日期');
    expect(date?.getAttribute('aria-sort')).toBe('descending');
    const title = headers.find((header) => header.getAttribute('aria-sort') === 'none' && header.querySelector('button'));
    await click(title?.querySelector('button') as Element);
    expect(onSort).toHaveBeenCalledTimes(1);
  });

  it('moves with the arrow keys, opens with Enter and selects with space', async () => {
    const onOpen = vi.fn();
    await show(ids, { onOpen });
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    const pane = view.container.querySelector('.notice-table-body') ?? view.container.querySelector('[tabindex="0"]');
    expect(pane).not.toBeNull();
    await press(pane as Element, 'ArrowDown');
    await press(pane as Element, 'Enter');
    expect(onOpen).toHaveBeenCalledWith(ids[1]);
    await press(pane as Element, ' ');
    expect([...useSelection.getState().selected]).toEqual([ids[1]]);
  });
});
