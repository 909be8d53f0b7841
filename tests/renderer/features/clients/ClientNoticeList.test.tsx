import '../../../support/browser-globals.ts';
// A client's notices flag the ones repealed or amended since the client's last briefing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createClient, getNoticeSummaries, recordBriefing, tagNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { ClientNoticeList } from '../../../../renderer/features/clients/ClientNoticeList.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { parseBulletin } from '../../../../shared/parse/index.ts';
import { BULLETIN_003, readBulletin } from '../../../support/bulletins.ts';
import { render, waitFor, type Rendered } from '../../../support/dom.tsx';
import { addBulletin, freshLibrary } from '../../../support/library-fixture.ts';

const CITED = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/relations/cited-documents.txt'), 'utf8');

let view: Rendered | null = null;
let db: LibraryDb;

afterEach(async () => {
  await view?.unmount();
  db.close();
});

it('flags a notice briefed to the client and repealed since, with the repealing notice', async () => {
  db = await freshLibrary();
  const ids = await addBulletin(db, 'cited.txt', null, parseBulletin(CITED).notices);
  const client = await createClient(db, { ...EMPTY_CLIENT, name: '淮北绿能科技有限公司', region: { province: '安徽', city: '淮北', district: '' } });
  const tags = await tagNotices(db, { clientIds: [client.id], noticeIds: ids, note: '', relevance: 'high' });
  const briefing = await recordBriefing(db, { clientId: client.id, title: '政策简报（2019年第5期）', template: 'gongwen', fileName: 'a.docx', noticeIds: ids, createdAt: '2019-05-01T00:00:00.000Z' });
  const summaries = await getNoticeSummaries(db, ids);
  const candidates = ids.map((id, i) => ({ notice: summaries[i]!, tag: tags.find((a) => a.noticeId === id)!, sent: true }));
  const show = async () => {
    await view?.unmount();
    view = await render(
      <LibraryProvider db={db}>
        <ClientNoticeList client={client} notices={candidates} lastBriefing={briefing} />
      </LibraryProvider>,
    );
  };
  await show();
  await waitFor(() => expect(view?.container.querySelectorAll('.client-notice')).toHaveLength(2));
  expect(view?.container.querySelector('[data-testid="replaced-since"]')).toBeNull();

  await addBulletin(db, '003.txt', null, parseBulletin(readBulletin(BULLETIN_003)).notices);
  await show();
  await waitFor(() => expect(view?.container.querySelector('[data-testid="replaced-since"]')?.textContent).toBe('上次简报后，有 1 条已发给或关联给客户的通知被废止或修订'));
  const flagged = [...(view?.container.querySelectorAll('.client-notice') ?? [])].find((row) => row.querySelector('.client-notice-replaced'));
  expect(flagged?.querySelector('.client-notice-title')?.textContent).toBe('关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知');
  expect(flagged?.querySelector('.validity-chip')?.textContent).toBe('已废止');
  expect(flagged?.querySelector('.client-notice-replaced')?.textContent).toBe('上次简报后已被《关于印发淮北市绿色工厂评价管理暂行办法的通知》废止或修订，请告知客户');
});
