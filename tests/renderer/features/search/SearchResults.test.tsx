import '../../../support/browser-globals.ts';
// Search results: each hit with its particulars, and the clients matching says it may
// concern (a click opens the client's page).
import { afterEach, expect, it } from 'vitest';
import { createClient, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { SearchHit } from '../../../../shared/search/index.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { SearchResults } from '../../../../renderer/features/search/SearchResults.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { MatcherProvider } from '../../../../renderer/core/matcher-context.tsx';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { useClientsView } from '../../../../renderer/core/clients-view.ts';
import { bulletinNotices } from '../../../support/bulletin-docs.ts';
import { click, getButton, render, waitFor, type Rendered } from '../../../support/dom.tsx';
import { addBulletin, freshLibrary } from '../../../support/library-fixture.ts';
import { inThreadMatcher } from '../../../support/matcher.ts';

let view: Rendered | undefined;
let db: LibraryDb | undefined;
let matcher: ReturnType<typeof inThreadMatcher> | undefined;
afterEach(async () => {
  await view?.unmount();
  matcher?.dispose();
  db?.close();
});

function hit(id: NoticeId, title: string): SearchHit {
  return { id, score: 1, title, docNumber: null, category: '政策文件', agencies: [], date: null, deadline: null, province: null, city: null, titleRanges: [], docNumberRanges: [], agencyRanges: [], exact: true, ended: false };
}

it('shows beside a hit the clients it may concern, and opens one', async () => {
  db = await freshLibrary();
  const notices = bulletinNotices();
  const ids = await addBulletin(db, '000.txt', null, notices.slice(0, 9));
  const client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', region: { province: '北京', city: '', district: '' }, industry: '节能环保' });
  const title = (i: number) => notices[i]?.title ?? '';
  const procurement = notices.findIndex((n) => n.title.startsWith('北京市关于进一步加强绿色政府采购'));
  const shanxi = notices.findIndex((n) => n.title.startsWith('山西关于做好全省小微企业挂牌'));
  matcher = inThreadMatcher(db, '2018-12-01');
  view = await render(
    <LibraryProvider db={db}>
      <MatcherProvider matcher={matcher}>
        <SearchResults hits={[hit(ids[procurement] ?? '', title(procurement)), hit(ids[shanxi] ?? '', title(shanxi))]} />
      </MatcherProvider>
    </LibraryProvider>,
  );
  await waitFor(() => expect(view?.container.querySelectorAll('.suggested-clients')).toHaveLength(1));
  const items = [...view.container.querySelectorAll('.results > li')];
  expect(items[0]?.querySelector('.suggested-clients')?.textContent).toBe('可能相关北京绿源科技有限公司');
  expect(items[1]?.querySelector('.suggested-clients')).toBeNull();
  await click(getButton(view.container, '北京绿源科技有限公司'));
  expect(useNavigation.getState().screen).toBe('clients');
  expect(useClientsView.getState()).toMatchObject({ openClientId: client.id });
});
