// The 截止日期 screen: deadlines grouped by how soon they fall (7 天内 / 30 天内 / 更晚),
// soonest first; passed ones last, most recent first, folded away; only notices tagged to
// a client unless every notice with a deadline is asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { createClient, tagNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { groupDeadlines } from '../../../../renderer/features/deadlines/deadline-groups.ts';
import { deadlinesToExport } from '../../../../renderer/features/deadlines/deadline-list.ts';
import { DeadlinesScreen } from '../../../../renderer/features/deadlines/DeadlinesScreen.tsx';
import { EMPTY_CLIENT } from '../../../../renderer/features/clients/client-form.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useDeadlinesView } from '../../../../renderer/features/deadlines/store.ts';
import { click, getByLabel, render, waitFor, type Rendered } from '../../../support/dom.tsx';

const TODAY = '2018-12-10';
const at = (deadline: string) => ({ deadline, name: deadline });

describe('groupDeadlines', () => {
  it('puts today and the next 7 days in the week, up to 30 in the month, the rest later', () => {
    const groups = groupDeadlines(['2018-12-10', '2018-12-17', '2018-12-18', '2019-01-09', '2019-01-10'].map(at), TODAY);
    expect(groups.map((group) => [group.id, group.items.map((item) => item.daysLeft)])).toEqual([
      ['week', [0, 7]],
      ['month', [8, 30]],
      ['later', [31]],
    ]);
  });

  it('sorts the upcoming soonest first and the passed most recent first, passed last', () => {
    const groups = groupDeadlines(['2018-09-25', '2018-12-31', '2018-12-09', '2018-12-12', '2018-11-30'].map(at), TODAY);
    expect(groups.map((group) => [group.id, group.items.map((item) => item.deadline)])).toEqual([
      ['week', ['2018-12-12']],
      ['month', ['2018-12-31']],
      ['passed', ['2018-12-09', '2018-11-30', '2018-09-25']],
    ]);
    expect(groups.at(-1)?.items.map((item) => item.daysLeft)).toEqual([-1, -10, -76]);
  });

  it('leaves out groups with nothing in them', () => {
    expect(groupDeadlines([], TODAY)).toEqual([]);
    expect(groupDeadlines([at('2019-06-01')], TODAY).map((group) => group.id)).toEqual(['later']);
  });
});

describe('deadlines screen', () => {
  let db: LibraryDb;
  let view: Rendered;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
    db = await freshLibrary();
    const [shanxi = 0, beijing = 0, zhejiang = 0] = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
      notice({ title: '山西晋兴板奖励资金申报', deadline: '2018-12-31' }),
      notice({ title: '北京国际科技创新合作专项', deadline: '2018-12-14' }),
      notice({ title: '浙江工业与信息化重点领域', deadline: '2018-09-25' }),
      notice({ title: '深圳企业研究开发资助', deadline: '2019-10-11' }),
      notice({ title: '电子营业执照管理办法' }),
    ]);
    const client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
    await tagNotices(db, { clientIds: [client.id], noticeIds: [shanxi, beijing, zhejiang] });
    useDeadlinesView.setState({ includeUntagged: false, includePassed: false });
    view = await render(
      <LibraryProvider db={db}>
        <DeadlinesScreen />
      </LibraryProvider>,
    );
    await waitFor(() => expect(view.container.querySelector('.deadline-row')).not.toBeNull());
  });

  afterEach(async () => {
    await view.unmount();
    db.close();
    vi.useRealTimers();
  });

  const section = (name: string) => view.container.querySelector(`[aria-label="${name}"]`);
  const titles = (element: Element | null) => [...(element?.querySelectorAll('.deadline-title') ?? [])].map((title) => title.textContent);

  it('groups the tagged notices by how soon they fall, with days left and the client', () => {
    expect(titles(section('7 天内截止'))).toEqual(['北京国际科技创新合作专项']);
    expect(titles(section('30 天内截止'))).toEqual(['山西晋兴板奖励资金申报']);
    expect(section('更晚截止')).toBeNull();
    expect(section('7 天内截止')?.querySelector('.days-left')?.textContent).toBe('还剩 4 天');
    expect(section('30 天内截止')?.querySelector('.deadline-clients')?.textContent).toBe('北京绿源科技有限公司');
    expect(view.container.querySelector('[data-testid="deadline-count"]')?.textContent).toBe('2 个即将截止，1 个已截止（今天 2018-12-10）');
  });

  it('folds the passed deadlines into a closed section at the end', () => {
    const passed = section('已截止');
    expect(passed?.tagName).toBe('DETAILS');
    expect(passed?.hasAttribute('open')).toBe(false);
    expect(titles(passed)).toEqual(['浙江工业与信息化重点领域']);
    expect(passed?.querySelector('.days-left')?.textContent).toBe('已截止 76 天');
    const sections = [...view.container.querySelectorAll('.deadline-section')].map((element) => element.getAttribute('aria-label'));
    expect(sections.at(-1)).toBe('已截止');
  });

  it('lists every notice with a deadline when asked, untagged ones saying so', async () => {
    await click(getByLabel(view.container, '包括未关联客户的通知'));
    await waitFor(() => expect(titles(section('更晚截止'))).toEqual(['深圳企业研究开发资助']));
    expect(section('更晚截止')?.querySelector('.deadline-clients')?.textContent).toBe('未关联客户');
    expect(view.container.textContent).not.toContain('电子营业执照管理办法');
  });

  it('says why 导出日历 is disabled, and exports passed deadlines when asked', async () => {
    const button = () => [...view.container.querySelectorAll('button')].find((b) => b.textContent?.includes('导出日历')) as HTMLButtonElement;
    // Two ahead: enabled, nothing to explain.
    expect(button().disabled).toBe(false);
    expect(button().title).toBe('导出 2 个截止日期到日历文件');
    expect(view.container.querySelector('[data-testid="export-why"]')).toBeNull();
    // A day after the last one ahead: only passed ones are left.
    await view.unmount();
    vi.setSystemTime(new Date('2019-01-05T10:00:00'));
    view = await render(
      <LibraryProvider db={db}>
        <DeadlinesScreen />
      </LibraryProvider>,
    );
    await waitFor(() => expect(view.container.querySelector('.deadline-row')).not.toBeNull());
    expect(button().disabled).toBe(true);
    const why = view.container.querySelector('[data-testid="export-why"]');
    expect(why?.textContent).toBe('没有即将截止的申报；勾选“导出时包括已截止的”可导出已截止的。');
    expect(button().getAttribute('aria-describedby')).toBe(why?.id);
    await click(getByLabel(view.container, '导出时包括已截止的'));
    await waitFor(() => expect(button().disabled).toBe(false));
    expect(button().title).toBe('导出 3 个截止日期到日历文件');
  });
});

describe('deadlinesToExport', () => {
  it('writes the deadlines ahead, soonest first, and the passed ones only when asked', () => {
    const item = (deadline: string) => ({ deadline }) as Parameters<typeof deadlinesToExport>[0][number];
    const items = [item('2018-12-31'), item('2018-09-25'), item('2018-12-14')];
    expect(deadlinesToExport(items, TODAY, false).map((i) => i.deadline)).toEqual(['2018-12-14', '2018-12-31']);
    expect(deadlinesToExport(items, TODAY, true).map((i) => i.deadline)).toEqual(['2018-09-25', '2018-12-14', '2018-12-31']);
  });
});
