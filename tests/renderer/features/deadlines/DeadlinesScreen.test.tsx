// The 截止日期 screen: deadlines grouped by how soon they fall (7 天内 / 30 天内 / 更晚),
// soonest first; passed ones last, most recent first, folded away; only notices tagged to
// a client unless every notice with a deadline is asked for. One row per deadline: a
// notice with the applicant's date and the district's shows both, each saying whose it
// is, and the reminder and the calendar count and write each.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { createClient, tagNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { groupDeadlines } from '../../../../renderer/features/deadlines/deadline-groups.ts';
import { calendarEntries, deadlinesToExport, loadDeadlines } from '../../../../renderer/features/deadlines/deadline-list.ts';
import { ReminderBanner } from '../../../../renderer/features/deadlines/ReminderBanner.tsx';
import { buildDeadlineCalendar } from '../../../../shared/calendar/index.ts';
import { readIcs, text } from '../../../support/read-ics.ts';
import { DeadlinesScreen } from '../../../../renderer/features/deadlines/DeadlinesScreen.tsx';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
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
    const [shanxi = '', beijing = '', zhejiang = ''] = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
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

describe('a notice with several deadlines', () => {
  let db: LibraryDb;
  let view: Rendered | null = null;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
    db = await freshLibrary();
    const [twoLevels = '', applicantPassed = '', old = ''] = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
      // The applicant's 12-14, the district recommends by 12-16.
      notice({
        title: '两级申报',
        deadline: '2018-12-14',
        deadlines: [
          { date: '2018-12-14', party: 'applicant', evidence: '12月14日前报区经信委' },
          { date: '2018-12-16', party: 'authority', evidence: '区经信委于12月16日前推荐' },
        ],
      }),
      // The applicant's date has passed; the district's has not.
      notice({
        title: '过期申报',
        deadline: '2018-12-01',
        deadlines: [
          { date: '2018-12-01', party: 'applicant', evidence: '' },
          { date: '2018-12-28', party: 'authority', evidence: '' },
        ],
      }),
      notice({ title: '旧通知', deadline: '2018-12-12' }),
      notice({ title: '未关联', deadlines: [{ date: '2019-03-01', party: 'authority', evidence: '' }] }),
    ]);
    // A row as stored before notices kept several deadlines: only `deadline`, no index entry.
    await db.notices.update(old, { deadlines: [], deadlineDates: [] });
    const client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
    await tagNotices(db, { clientIds: [client.id], noticeIds: [twoLevels, applicantPassed, old] });
    useDeadlinesView.setState({ includeUntagged: false, includePassed: false, reminderDismissedOn: null });
  });

  afterEach(async () => {
    await view?.unmount();
    view = null;
    db.close();
    vi.useRealTimers();
  });

  const rows = (items: Awaited<ReturnType<typeof loadDeadlines>>) => items.map((item) => [item.notice.title, item.deadline, item.party]);

  it('loads one item per deadline, by date, a row stored before v7 giving its one', async () => {
    expect(rows(await loadDeadlines(db, false))).toEqual([
      ['过期申报', '2018-12-01', 'applicant'],
      ['旧通知', '2018-12-12', 'applicant'],
      ['两级申报', '2018-12-14', 'applicant'],
      ['两级申报', '2018-12-16', 'authority'],
      ['过期申报', '2018-12-28', 'authority'],
    ]);
    // Every notice: found through the deadlineDates index (and `deadline` for the old row).
    expect(rows(await loadDeadlines(db, true))).toEqual([
      ['过期申报', '2018-12-01', 'applicant'],
      ['旧通知', '2018-12-12', 'applicant'],
      ['两级申报', '2018-12-14', 'applicant'],
      ['两级申报', '2018-12-16', 'authority'],
      ['过期申报', '2018-12-28', 'authority'],
      ['未关联', '2019-03-01', 'authority'],
    ]);
  });

  it('shows a row per deadline, each saying whose it is', async () => {
    view = await render(
      <LibraryProvider db={db}>
        <DeadlinesScreen />
      </LibraryProvider>,
    );
    await waitFor(() => expect(view?.container.querySelector('.deadline-row')).not.toBeNull());
    const container = view.container;
    const section = (name: string) => container.querySelector(`[aria-label="${name}"]`);
    const cells = (element: Element | null, selector: string) => [...(element?.querySelectorAll(selector) ?? [])].map((cell) => cell.textContent);
    expect(cells(section('7 天内截止'), '.deadline-title')).toEqual(['旧通知', '两级申报', '两级申报']);
    expect(cells(section('7 天内截止'), '.deadline-party')).toEqual(['申报单位', '申报单位', '主管部门推荐']);
    expect(cells(section('7 天内截止'), '.deadline-day')).toEqual(['12月12日', '12月14日', '12月16日']);
    expect(cells(section('30 天内截止'), '.deadline-party')).toEqual(['主管部门推荐']);
    expect(cells(section('已截止'), '.deadline-title')).toEqual(['过期申报']);
    expect(cells(section('已截止'), '.deadline-party')).toEqual(['申报单位']);
    expect(container.querySelector('[data-testid="deadline-count"]')?.textContent).toBe('4 个即将截止，1 个已截止（今天 2018-12-10）');
    const exportButton = [...container.querySelectorAll('button')].find((b) => b.textContent?.includes('导出日历'));
    expect(exportButton?.title).toBe('导出 4 个截止日期到日历文件');
  });

  it('reminds of every deadline within the lead time, the district\'s too', async () => {
    view = await render(
      <LibraryProvider db={db}>
        <ReminderBanner />
      </LibraryProvider>,
    );
    // 12-12, 12-14 (the applicant's) and 12-16 (the district's) are within 7 days.
    await waitFor(() => expect(view?.container.textContent).toContain('7 天内有 3 项申报截止（1 位客户）'));
  });

  it('writes each deadline ahead as its own calendar event, saying whose it is', async () => {
    const items = deadlinesToExport(await loadDeadlines(db, false), TODAY, false);
    const events = readIcs(buildDeadlineCalendar(calendarEntries(items), { name: 'x', stamp: new Date() })).components;
    expect(events.map((event) => [text(event, 'SUMMARY'), text(event, 'DTSTART')])).toEqual([
      ['申报截止：旧通知', '20181212'],
      ['申报截止：两级申报', '20181214'],
      ['主管部门推荐截止：两级申报', '20181216'],
      ['主管部门推荐截止：过期申报', '20181228'],
    ]);
    expect(new Set(events.map((event) => text(event, 'UID'))).size).toBe(4);
  });
});
