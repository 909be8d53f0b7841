import '../../../support/browser-globals.ts';
// 忽略 a suggestion for a client, and undo it: remembered per client, announced, and gone
// with the client or the notice.
import { afterEach, describe, expect, it } from 'vitest';
import {
  catchUpNoticeFeatures,
  createClient,
  deleteBulletin,
  deleteClient,
  dismissSuggestion,
  dismissalsOfClient,
  getNoticeFeatures,
  restoreSuggestion,
  storeBulletin,
  changeHead,
  type LibraryDb,
} from '../../../../renderer/data/library/index.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { GREEN, PROCUREMENT, bulletinFile, freshLibrary, logAfter } from '../../../support/library-helpers.ts';

let db: LibraryDb;
afterEach(() => db?.close());

describe('dismissed suggestions', () => {
  it('are remembered once per client and notice, can be undone, and are announced', async () => {
    db = await freshLibrary();
    const stored = await storeBulletin(db, bulletinFile('a.txt', [GREEN, PROCUREMENT]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [first = '', second = ''] = stored.addedNoticeIds;
    const a = await createClient(db, { ...EMPTY_CLIENT, name: '甲' });
    const b = await createClient(db, { ...EMPTY_CLIENT, name: '乙' });
    const from = await changeHead(db);

    await dismissSuggestion(db, a.id, first);
    await dismissSuggestion(db, a.id, first);
    await dismissSuggestion(db, a.id, second);
    expect((await dismissalsOfClient(db, a.id)).map((d) => d.noticeId).sort()).toEqual([first, second].sort());
    expect(await dismissalsOfClient(db, b.id)).toEqual([]);
    // Dismissing twice writes once.
    expect((await logAfter(db, from)).map((row) => `${row.table}:${row.kind}`)).toEqual(['dismissals:put', 'dismissals:put']);

    expect(await restoreSuggestion(db, a.id, first)).toBe(true);
    expect(await restoreSuggestion(db, a.id, first)).toBe(false);
    expect((await dismissalsOfClient(db, a.id)).map((d) => d.noticeId)).toEqual([second]);
    await expect(dismissSuggestion(db, a.id, 'n-missing')).rejects.toMatchObject({ problem: { code: 'not-found', what: 'notice' } });

    await deleteClient(db, a.id);
    expect(await dismissalsOfClient(db, a.id)).toEqual([]);
  });

  it('go with the notice, and so do its features', async () => {
    db = await freshLibrary();
    const stored = await storeBulletin(db, bulletinFile('a.txt', [GREEN]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [id = ''] = stored.addedNoticeIds;
    await catchUpNoticeFeatures(db);
    expect((await getNoticeFeatures(db, [id]))[0]?.version).toBeGreaterThan(0);
    const client = await createClient(db, { ...EMPTY_CLIENT, name: '甲' });
    await dismissSuggestion(db, client.id, id);
    await deleteBulletin(db, stored.bulletin.id);
    expect(await dismissalsOfClient(db, client.id)).toEqual([]);
    expect(await getNoticeFeatures(db, [id])).toEqual([undefined]);
  });
});
