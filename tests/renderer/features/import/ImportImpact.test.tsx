import '../../../support/browser-globals.ts';
// After an import: how many new notices may concern how many clients, and the table of
// the new notices × those clients, from the real matching.
import { afterEach, expect, it } from 'vitest';
import type { ImportReport } from '../../../../renderer/data/import/types.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { createClient, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { ImportImpact } from '../../../../renderer/features/import/ImportImpact.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { MatcherProvider } from '../../../../renderer/core/matcher-context.tsx';
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

function reportOf(ids: NoticeId[]): ImportReport {
  return {
    files: [{ fileName: '快讯.txt', status: 'added', bulletinId: 'b1', addedNoticeIds: ids, merged: [], warnings: [], reading: null, toCheck: [] }],
    added: { files: 1, notices: ids.length },
    merged: [],
    skipped: 0,
    failed: 0,
    cancelled: 0,
  };
}

async function show(report: ImportReport): Promise<Rendered> {
  if (!db) throw new Error('no library');
  matcher = inThreadMatcher(db, '2018-12-01');
  return render(
    <LibraryProvider db={db}>
      <MatcherProvider matcher={matcher}>
        <ImportImpact report={report} onLeave={() => {}} />
      </MatcherProvider>
    </LibraryProvider>,
  );
}

it('says how many clients the new notices may concern, and shows the notices × clients', async () => {
  db = await freshLibrary();
  await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', region: { province: '北京市', city: '', district: '' }, industry: '节能环保' });
  await createClient(db, { ...EMPTY_CLIENT, name: '太原晋兴小微制造有限公司', region: { province: '山西省', city: '', district: '' }, qualifications: ['小微企业'], keywords: ['挂牌'] });
  await createClient(db, { ...EMPTY_CLIENT, name: '无关客户', region: { province: '西藏', city: '', district: '' } });
  const ids = await addBulletin(db, '000.txt', '(2018) 1202 期', bulletinNotices().slice(0, 9));
  view = await show(reportOf(ids));
  await waitFor(() => expect(view?.container.querySelector('.import-impact-line')?.textContent).toContain('新增 9 条通知，可能与 2 位客户相关'));
  await click(getButton(view.container, '查看新通知 × 客户'));
  const table = view.container.querySelector('.impact-matrix');
  expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual(['新通知', '北京绿源科技有限公司', '太原晋兴小微制造有限公司']);
  const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((cell) => cell.textContent));
  expect(rows).toContainEqual(['北京市关于进一步加强绿色政府采购有关事项的通知', '60 分', '']);
  expect(rows.find((r) => r[0]?.startsWith('山西关于做好全省小微企业挂牌'))?.[1]).toBe('');
  expect(rows.find((r) => r[0]?.startsWith('山西关于做好全省小微企业挂牌'))?.[2]).toMatch(/^\d+ 分$/);
});

it('says so when the new notices concern no client', async () => {
  db = await freshLibrary();
  await createClient(db, { ...EMPTY_CLIENT, name: '无关客户', region: { province: '西藏', city: '', district: '' } });
  const ids = await addBulletin(db, '000.txt', null, bulletinNotices().slice(0, 3));
  view = await show(reportOf(ids));
  await waitFor(() => expect(view?.container.querySelector('[data-testid="import-impact"]')?.textContent).toBe('新增 3 条通知，与现有客户都不相关'));
});
