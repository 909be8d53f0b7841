// 需核对 in the 资料库 list, on a real notice whose date and agencies the parser could not
// read: its row carries the mark with the fields (in the name and tooltip), the 核对
// facet counts the listed notices to check and lists only them, with a chip that removes
// the filter; a correction clears the mark at once.
import { act } from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshLibrary, notice } from '../../../support/library-fixture.ts';
import { bulletinFile } from '../../../support/library-helpers.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';
import { correctNotice, storeBulletin, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { createSearchQueries } from '../../../../renderer/data/search/worker-queries.ts';
import type { SearchRequest, SearchResponse } from '../../../../shared/search/index.ts';
import { LibraryScreen } from '../../../../renderer/features/library/LibraryScreen.tsx';
import { useLibraryView } from '../../../../renderer/features/library/store.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { QueriesProvider } from '../../../../renderer/core/queries-context.tsx';
import { MatcherProvider } from '../../../../renderer/core/matcher-context.tsx';
import { inThreadMatcher } from '../../../support/matcher.ts';
import { parseDocument } from '../../../../shared/parse/index.ts';
import { click, getButton, queryButton, render, waitFor, type Rendered } from '../../../support/dom.tsx';

const LIAONING = readFileSync(path.join(SHARED_DIR, 'real-notices/a-liaoning-tese-jiqun-2025.txt'), 'utf8');
const LIAONING_TITLE = '关于组织推荐2025年度辽宁省中小企业特色产业集群的通知';

// happy-dom lays nothing out: give the scroll pane a size, so the virtual list draws rows.
const sizes = { offsetHeight: 340, offsetWidth: 1200, clientHeight: 340, clientWidth: 1200 };
const original = Object.fromEntries(Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]));

let db: LibraryDb;
let view: Rendered;
let matcher: ReturnType<typeof inThreadMatcher>;
let liaoningId = '';

/** The search engine's part in the list (in reverse id order), honouring only the 需核对 filter it is given (noticeIds). */
async function browse(request: SearchRequest): Promise<SearchResponse> {
  const only = request.filters?.noticeIds;
  const ids = (await db.notices.toCollection().primaryKeys()).reverse().filter((id) => !only || only.includes(id));
  return { total: ids.length, hits: [], ids, facets: { categories: [], provinces: [], agencies: [], years: [], deadline: { with: 0, without: 0, upcoming: 0, passed: 0 }, validity: { inForce: 0, ended: 0 } } };
}

const rowTitles = (): string[] => [...view.container.querySelectorAll('.notice-table-body [role="row"] .cell-title')].map((cell) => cell.textContent ?? '');
const listCount = (): string => view.container.querySelector('[data-testid="list-count"]')?.textContent ?? '';

beforeEach(async () => {
  for (const [key, value] of Object.entries(sizes)) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  db = await freshLibrary();
  const outcome = await storeBulletin(db, { ...bulletinFile('liaoning.txt', parseDocument(LIAONING).notices), kind: 'notice', original: { text: LIAONING, html: null } });
  if (outcome.status !== 'added') throw new Error('not added');
  liaoningId = outcome.bulletin.noticeIds[0] ?? '';
  await storeBulletin(
    db,
    bulletinFile('a.txt', [
      notice({ title: '关于开展2018年度绿色制造体系建设的通知', docNumber: '工信厅节函〔2018〕361号', agencies: ['工业和信息化部办公厅'], date: '2018-10-12' }),
      notice({ title: '北京市关于进一步加强绿色政府采购有关事项的通知', docNumber: '京财采购〔2018〕2593号', agencies: ['北京市财政局'], date: '2018-11-28' }),
    ]),
  );
  useLibraryView.getState().clearFilters();
  matcher = inThreadMatcher(db, '2025-04-01');
  const queries = createSearchQueries(db, browse);
  view = await render(
    <LibraryProvider db={db}>
      <QueriesProvider queries={queries}>
        <MatcherProvider matcher={matcher}>
          <LibraryScreen />
        </MatcherProvider>
      </QueriesProvider>
    </LibraryProvider>,
  );
  await waitFor(() => expect(rowTitles()).toHaveLength(3));
});

afterEach(async () => {
  await view.unmount();
  matcher.dispose();
  db.close();
  for (const [key, descriptor] of Object.entries(original)) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

describe('需核对 in the library list', () => {
  it('marks the row to check, naming the fields in the mark’s name and tooltip', async () => {
    await waitFor(() => expect(view.container.querySelectorAll('.review-mark')).toHaveLength(1));
    const mark = view.container.querySelector('.review-mark');
    expect(mark?.textContent).toBe('需核对');
    expect(mark?.getAttribute('role')).toBe('img');
    expect(mark?.getAttribute('aria-label')).toBe('需核对：发文机关、成文日期');
    expect(mark?.getAttribute('title')).toBe('需核对：发文机关、成文日期');
    expect(mark?.closest('[role="row"]')?.querySelector('.cell-title')?.textContent).toBe(LIAONING_TITLE);
  });

  it('lists only the notices to check from the 核对 facet, with a chip that removes the filter', async () => {
    const facet = await waitForButton('需核对（1）');
    await click(facet);
    await waitFor(() => expect(rowTitles()).toEqual([LIAONING_TITLE]));
    expect(listCount()).toBe('显示 1 / 3 条通知');
    expect(facet.getAttribute('aria-pressed')).toBe('true');
    await click(getButton(view.container, '移除筛选：需核对'));
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    expect(listCount()).toBe('共 3 条通知');

    await click(getButton(view.container, '需核对（1）'));
    await waitFor(() => expect(rowTitles()).toHaveLength(1));
    await click(getButton(view.container, '清除筛选'));
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    expect(useLibraryView.getState().toCheck).toBe(false);
  });

  it('drops the mark, and the notice from the filtered list, once the notice is corrected', async () => {
    await click(await waitForButton('需核对（1）'));
    await waitFor(() => expect(rowTitles()).toEqual([LIAONING_TITLE]));
    await act(async () => {
      await correctNotice(db, liaoningId, { date: '2025-03-20' });
    });
    await waitFor(() => expect(view.container.textContent).toContain('没有符合筛选条件的通知'));
    // The chosen filter stays in view (at none) so it can be taken off.
    expect(getButton(view.container, '需核对（0）').getAttribute('aria-pressed')).toBe('true');
    await click(getButton(view.container, '清除筛选'));
    await waitFor(() => expect(rowTitles()).toHaveLength(3));
    expect(view.container.querySelectorAll('.review-mark')).toHaveLength(0);
    expect(queryButton(view.container, /^需核对（/u)).toBeNull();
  });
});

async function waitForButton(name: string): Promise<HTMLButtonElement> {
  await waitFor(() => expect(queryButton(view.container, name)).not.toBeNull());
  return getButton(view.container, name);
}
