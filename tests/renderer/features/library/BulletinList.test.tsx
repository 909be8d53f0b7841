// The 快讯 rail: bulletin issues one row each, newest import first; the files that held
// single notices (a saved page, a Word file, pasted text) are no issues: one entry
// 单篇通知 after the issues, with how many notices they hold, which chooses them all.
import { afterEach, describe, expect, it } from 'vitest';
import type { BulletinId } from '../../../../shared/model/ids.ts';
import type { StoredBulletin } from '../../../../shared/model/library.ts';
import { BulletinList } from '../../../../renderer/features/library/BulletinList.tsx';
import { groupBulletins, isSinglesFilter, sameIds } from '../../../../renderer/features/library/bulletin-groups.ts';
import { click, queryButton, render, type Rendered } from '../../../support/dom.tsx';

function stored(n: number, fields: Partial<StoredBulletin>): StoredBulletin {
  return {
    id: `b${n}`,
    publisher: '北京关键要素科技有限公司',
    issue: null,
    fileName: `${n}.txt`,
    format: 'txt',
    contentHash: `hash-${n}`,
    byteLength: 1000,
    noticeIds: [],
    newestNoticeDate: '2018-12-12',
    importedAt: `2018-12-10T10:0${n}:00.000Z`,
    ...fields,
  };
}

// Newest import first, as listBulletins gives them: issues and single notices mixed.
const BULLETINS: StoredBulletin[] = [
  stored(6, { kind: 'notice', format: 'paste', fileName: '粘贴导入 2018-12-10 10:06', noticeIds: ['n30'] }),
  stored(5, { issue: '(2018) 1203 期', noticeIds: ['n20', 'n21', 'n22'] }),
  stored(4, { kind: 'notices', format: 'docx', fileName: '两篇通知.docx', noticeIds: ['n31', 'n32'] }),
  // The pasted notice saved again as a file: the same notice, counted once.
  stored(3, { kind: 'notice', format: 'txt', fileName: '三品通知.txt', noticeIds: ['n30'] }),
  stored(2, { kind: 'notice', format: 'html', fileName: 'gov-cn-zombie-debt.html', noticeIds: ['n33'] }),
  stored(1, { issue: '(2018) 1202 期', noticeIds: ['n10', 'n11'] }),
];

describe('groupBulletins', () => {
  it('keeps the issues in order and gathers the single-notice files, counting each notice once', () => {
    const groups = groupBulletins(BULLETINS);
    expect(groups.periodicals.map((b) => b.id)).toEqual(['b5', 'b1']);
    expect(groups.singleIds).toEqual(['b6', 'b4', 'b3', 'b2']);
    expect(groups.singleNotices).toBe(4);
  });

  it('tells the 单篇通知 filter from an issue', () => {
    const { singleIds } = groupBulletins(BULLETINS);
    expect(isSinglesFilter(['b6', 'b4', 'b3', 'b2'], singleIds)).toBe(true);
    expect(isSinglesFilter(['b4'], singleIds)).toBe(true);
    expect(isSinglesFilter(['b5'], singleIds)).toBe(false);
    expect(isSinglesFilter(['b5', 'b4'], singleIds)).toBe(false);
    expect(isSinglesFilter([], singleIds)).toBe(false);
    expect(isSinglesFilter(undefined, singleIds)).toBe(false);
    expect(sameIds(['b2', 'b3', 'b4', 'b6'], singleIds)).toBe(true);
    expect(sameIds(['b2', 'b3', 'b4'], singleIds)).toBe(false);
  });
});

describe('BulletinList', () => {
  let view: Rendered | null = null;
  let chosen: (readonly BulletinId[] | null)[] = [];

  afterEach(async () => {
    await view?.unmount();
    view = null;
    chosen = [];
  });

  async function show(selected: readonly BulletinId[]): Promise<HTMLElement> {
    view = await render(<BulletinList bulletins={BULLETINS} selected={selected} totalNotices={9} onSelect={(ids) => chosen.push(ids)} />);
    return view.container;
  }

  const entries = (root: HTMLElement) =>
    [...root.querySelectorAll('.bulletin-item')].map((item) => [item.querySelector('.bulletin-name')?.textContent, item.querySelector('.bulletin-count')?.textContent]);

  it('lists the issues, then one 单篇通知 entry with the count of their notices, no row per file', async () => {
    const root = await show([]);
    expect(entries(root)).toEqual([
      ['全部快讯', '9 条'],
      ['(2018) 1203 期', '3 条'],
      ['(2018) 1202 期', '2 条'],
      ['单篇通知', '4 条'],
    ]);
    expect(root.textContent).not.toContain('gov-cn-zombie-debt');
    expect(root.textContent).not.toContain('粘贴导入');
    // Set apart from the issues, in its own list item.
    expect(root.querySelector('.bulletin-singles .bulletin-name')?.textContent).toBe('单篇通知');
    expect(queryButton(root, /^全部快讯/)?.getAttribute('aria-pressed')).toBe('true');
  });

  it('chooses every single-notice file with 单篇通知, and an issue by itself', async () => {
    const root = await show([]);
    const singles = queryButton(root, /^单篇通知/);
    if (!singles) throw new Error('no 单篇通知 entry');
    await click(singles);
    await click(queryButton(root, /^\(2018\) 1202 期/) ?? root);
    expect(chosen).toEqual([['b6', 'b4', 'b3', 'b2'], ['b1']]);
  });

  it('shows 单篇通知 chosen (and no issue) when the filter names single-notice files; choosing it again clears it', async () => {
    const root = await show(['b6', 'b4', 'b3', 'b2']);
    const singles = queryButton(root, /^单篇通知/);
    expect(singles?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelectorAll('.bulletin-item.selected')).toHaveLength(1);
    await click(singles ?? root);
    expect(chosen).toEqual([null]);
  });

  it('has no 单篇通知 entry when every file is a bulletin issue', async () => {
    view = await render(<BulletinList bulletins={BULLETINS.filter((b) => !b.kind)} selected={['b5']} totalNotices={5} onSelect={() => undefined} />);
    expect(queryButton(view.container, /^单篇通知/)).toBeNull();
    expect(queryButton(view.container, /^\(2018\) 1203 期/)?.getAttribute('aria-pressed')).toBe('true');
  });
});
