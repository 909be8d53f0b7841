// The briefing editor's order: notices not yet sent go in (most relevant, then newest,
// first), the consultant's moves and drops are kept, a notice taken out goes to the other
// list and comes back at the end; the buttons say which notice they move.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { freshLibrary, notice as parsedNotice } from '../../../support/library-fixture.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { NoticeSummary, Relevance, Tag } from '../../../../shared/model/library.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { BriefingItemList } from '../../../../renderer/features/briefings/BriefingItemList.tsx';
import { composeItems, moveItem, placeItem } from '../../../../renderer/features/briefings/briefing-items.ts';
import type { BriefingCandidate } from '../../../../renderer/core/client-notices.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useBriefingDraft } from '../../../../renderer/features/briefings/store.ts';
import { click, getButton, render, type Rendered } from '../../../support/dom.tsx';

function candidate(id: NoticeId, title: string, date: string, relevance: Relevance, sent = false): BriefingCandidate {
  const { body: _body, ...parsed } = parsedNotice({ title, date, category: '项目申报' });
  const notice: NoticeSummary = {
    ...parsed,
    id,
    docKey: null,
    titleKey: title,
    titleDateKey: `${title}|${date}`,
    year: Number(date.slice(0, 4)),
    province: null,
    deadlineDates: [],
    sourceBulletinIds: ['b1'],
    bodyLength: 0,
    importedAt: '2018-12-01T00:00:00.000Z',
    updatedAt: '2018-12-01T00:00:00.000Z',
  };
  const tag: Tag = { id: `t-${id}`, clientId: 'c1', noticeId: id, note: `${title}的点评`, relevance, taggedAt: '2018-12-01T00:00:00.000Z' };
  return { notice, tag, sent };
}

const A = candidate('n1', '甲通知', '2018-12-01', 'medium');
const B = candidate('n2', '乙通知', '2018-12-05', 'medium');
const C = candidate('n3', '丙通知', '2018-11-01', 'high');
const D = candidate('n4', '丁通知', '2018-12-09', 'low');
const SENT = candidate('n5', '戊通知（已发送）', '2018-12-10', 'high', true);
const ALL = [A, B, C, D, SENT];

const ids = (items: readonly { noticeId: NoticeId }[]) => items.map((item) => item.noticeId);

describe('composeItems', () => {
  it('puts in the notices not yet sent, most relevant first, then newest', () => {
    const { included, others } = composeItems(ALL, {}, []);
    expect(ids(included)).toEqual(['n3', 'n2', 'n1', 'n4']);
    expect(ids(others)).toEqual(['n5']);
  });

  it('keeps the placed order and puts the unplaced after it in the default order', () => {
    expect(ids(composeItems(ALL, {}, ['n4', 'n1']).included)).toEqual(['n4', 'n1', 'n3', 'n2']);
  });

  it('takes a notice out, and brings a sent one in, when the consultant says so', () => {
    const { included, others } = composeItems(ALL, { n3: { included: false }, n5: { included: true } }, []);
    expect(ids(included)).toEqual(['n5', 'n2', 'n1', 'n4']);
    expect(ids(others)).toEqual(['n3']);
  });

  it('carries the tag note and relevance, and the excerpt of this briefing', () => {
    const [first] = composeItems([A], { n1: { excerpt: '要点一\n要点二' } }, []).included;
    expect(first).toMatchObject({ note: '甲通知的点评', relevance: 'medium', excerpt: '要点一\n要点二' });
  });
});

describe('moveItem and placeItem', () => {
  it('moves up and down, and not past either end', () => {
    expect(moveItem(['n1', 'n2', 'n3'], 'n2', -1)).toEqual(['n2', 'n1', 'n3']);
    expect(moveItem(['n1', 'n2', 'n3'], 'n2', 1)).toEqual(['n1', 'n3', 'n2']);
    expect(moveItem(['n1', 'n2', 'n3'], 'n1', -1)).toEqual(['n1', 'n2', 'n3']);
    expect(moveItem(['n1', 'n2', 'n3'], 'n3', 1)).toEqual(['n1', 'n2', 'n3']);
  });

  it('drops before another notice, or at the end', () => {
    expect(placeItem(['n1', 'n2', 'n3', 'n4'], 'n4', 'n2')).toEqual(['n1', 'n4', 'n2', 'n3']);
    expect(placeItem(['n1', 'n2', 'n3', 'n4'], 'n1', 'n4')).toEqual(['n2', 'n3', 'n1', 'n4']);
    expect(placeItem(['n1', 'n2', 'n3', 'n4'], 'n2', null)).toEqual(['n1', 'n3', 'n4', 'n2']);
    expect(placeItem(['n1', 'n2', 'n3'], 'n2', 'n2')).toEqual(['n1', 'n2', 'n3']);
  });
});

describe('briefing item list', () => {
  let db: LibraryDb;
  let view: Rendered;

  /** Renders the list as the composer does: derived from the store on every change. */
  function Harness() {
    const edits = useBriefingDraft((state) => state.edits);
    const order = useBriefingDraft((state) => state.order);
    const { included, others } = composeItems(ALL, edits, order);
    return <BriefingItemList client={{ ...EMPTY_CLIENT, id: 'c1', name: '北京绿源科技有限公司', createdAt: '', updatedAt: '' }} included={included} others={others} outside={0} />;
  }

  const shown = () => [...view.container.querySelectorAll('.briefing-item-title')].map((title) => title.textContent);

  beforeEach(async () => {
    db = await freshLibrary();
    useBriefingDraft.setState({ clientId: 'c1', edits: {}, order: [] });
    view = await render(
      <LibraryProvider db={db}>
        <Harness />
      </LibraryProvider>,
    );
  });

  afterEach(async () => {
    await view.unmount();
    db.close();
  });

  it('lists the pre-selected notices in order, the first and last unable to move further', () => {
    expect(shown()).toEqual(['丙通知', '乙通知', '甲通知', '丁通知']);
    expect(getButton(view.container, '上移：丙通知').disabled).toBe(true);
    expect(getButton(view.container, '下移：丁通知').disabled).toBe(true);
    expect(getButton(view.container, '下移：丙通知').disabled).toBe(false);
  });

  it('moves a notice up and down with its buttons', async () => {
    await click(getButton(view.container, '上移：甲通知'));
    expect(shown()).toEqual(['丙通知', '甲通知', '乙通知', '丁通知']);
    await click(getButton(view.container, '下移：丙通知'));
    expect(shown()).toEqual(['甲通知', '丙通知', '乙通知', '丁通知']);
    expect(useBriefingDraft.getState().order).toEqual(['n1', 'n3', 'n2', 'n4']);
  });

  it('takes a notice out (it joins the others) and puts it back at the end', async () => {
    await click(getButton(view.container, '移出简报：乙通知'));
    expect(shown()).toEqual(['丙通知', '甲通知', '丁通知']);
    expect([...view.container.querySelectorAll('.other-notice-title')].map((title) => title.textContent)).toEqual(['戊通知（已发送）', '乙通知']);
    await click(getButton(view.container, '加入简报：乙通知'));
    expect(shown()).toEqual(['丙通知', '甲通知', '丁通知', '乙通知']);
  });

  it('numbers the notices in their order', () => {
    expect([...view.container.querySelectorAll('.briefing-item-number')].map((n) => n.textContent)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a notice with several deadlines in the briefing list', () => {
  it("shows the applicant's next deadline, and says there are more (the district's, whose in its title)", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2019-05-05T10:00:00'));
    const db = await freshLibrary();
    const base = candidate('n6', '己通知', '2019-04-20', 'high');
    const twoLevels: BriefingCandidate = {
      ...base,
      notice: {
        ...base.notice,
        deadline: '2019-05-08',
        deadlines: [
          { date: '2019-05-10', party: 'authority', evidence: '' },
          { date: '2019-05-08', party: 'applicant', evidence: '' },
        ],
        deadlineDates: ['2019-05-10', '2019-05-08'],
      },
    };
    useBriefingDraft.setState({ clientId: 'c1', edits: {}, order: [] });
    const { included, others } = composeItems([twoLevels], {}, []);
    const view = await render(
      <LibraryProvider db={db}>
        <BriefingItemList client={{ ...EMPTY_CLIENT, id: 'c1', name: '北京绿源科技有限公司', createdAt: '', updatedAt: '' }} included={included} others={others} outside={0} />
      </LibraryProvider>,
    );
    try {
      const card = view.container.querySelector('.briefing-item');
      expect(card?.querySelector('.deadline-date')?.textContent).toBe('2019-05-08');
      const more = card?.querySelector('.briefing-item-deadlines');
      expect(more?.textContent).toBe('另有 1 个截止日期');
      expect(more?.getAttribute('title')).toBe('2019-05-08（申报单位）\n2019-05-10（主管部门推荐）');
    } finally {
      await view.unmount();
      db.close();
      vi.useRealTimers();
    }
  });
});
