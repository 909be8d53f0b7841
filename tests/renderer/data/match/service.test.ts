import '../../../support/browser-globals.ts';
// The match worker's service over a real library: suggestions with reasons, kept current
// as notices, clients, tags and dismissals change.
import { codeWords } from '../../../../renderer/platform/i18n/codes.ts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  dismissSuggestion,
  getNoticeFeatures,
  restoreSuggestion,
  storeBulletin,
  tagNotices,
  updateClient,
  type LibraryDb,
  watchChangeHead,
} from '../../../../renderer/data/library/index.ts';
import { libraryMatchReader, MatchService } from '../../../../renderer/data/match/index.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { bulletinNotices } from '../../../support/bulletin-docs.ts';
import { bulletinFile, freshLibrary } from '../../../support/library-helpers.ts';

let db: LibraryDb;
afterEach(() => db?.close());
const TODAY = '2018-12-01';

async function setUp() {
  db = await freshLibrary();
  const notices = bulletinNotices();
  await storeBulletin(db, bulletinFile('a.txt', notices.slice(0, 12)));
  const green = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', region: { province: '北京市', city: '', district: '' }, industry: '节能环保', qualifications: ['高新技术企业'] });
  const service = new MatchService(libraryMatchReader(db), TODAY);
  watchChangeHead(db, () => void service.catchUp());
  await service.open(TODAY);
  const titles = async () => {
    const list = await service.suggestions(green.id, 50, TODAY);
    const byId = new Map((await db.notices.bulkGet(list.map((s) => s.noticeId))).map((n) => [n?.id, n?.title]));
    return list.map((s) => byId.get(s.noticeId));
  };
  return { notices, green, service, titles };
}

describe('MatchService', () => {
  it('suggests the client’s notices best first, with reasons, never another region’s', async () => {
    const { green, service, titles } = await setUp();
    expect(await titles()).toEqual(['北京市关于进一步加强绿色政府采购有关事项的通知', '关于印发《绿色制造标准体系建设指南》的通知']);
    const [first] = await service.suggestions(green.id, 1, TODAY);
    expect(first?.result.excluded === false && first.result.reasons.map((r) => codeWords.matchReason(r))).toEqual(['地区：北京市', '行业：节能环保']);
    const sx = (await db.notices.toArray()).find((n) => n.title.startsWith('山西省关于进一步'));
    const explained = await service.explain(green.id, sx?.id ?? '', TODAY);
    expect(explained).toMatchObject({ excluded: true });
    expect(explained?.excluded && codeWords.matchReason(explained.reason)).toBe('仅限山西省企业');
  });

  it('follows imports, client edits, tags and dismissals', async () => {
    const { notices, green, service, titles } = await setUp();
    const stored = await storeBulletin(db, bulletinFile('b.txt', notices.slice(12)));
    await service.catchUp();
    expect(await titles()).toContain('关于进一步深化生态环境监管服务推动经济高质量发展的意见');
    const added = stored.status === 'added' ? stored.addedNoticeIds : [];
    expect(await service.impact(added, TODAY)).toEqual({ notices: 1, clients: 1, clientIds: [green.id] });
    // The import stored no features; the service computed and kept them as the notices arrived.
    expect((await getNoticeFeatures(db, added)).every((record) => record !== undefined)).toBe(true);

    const [top] = await service.suggestions(green.id, 1, TODAY);
    await tagNotices(db, { clientIds: [green.id], noticeIds: [top?.noticeId ?? ''] });
    await service.catchUp();
    expect((await service.suggestions(green.id, 50, TODAY)).map((s) => s.noticeId)).not.toContain(top?.noticeId);

    const [second] = await service.suggestions(green.id, 1, TODAY);
    await dismissSuggestion(db, green.id, second?.noticeId ?? '');
    await service.catchUp();
    expect((await service.suggestions(green.id, 50, TODAY)).map((s) => s.noticeId)).not.toContain(second?.noticeId);
    await restoreSuggestion(db, green.id, second?.noticeId ?? '');
    await service.catchUp();
    expect((await service.suggestions(green.id, 50, TODAY)).map((s) => s.noticeId)).toContain(second?.noticeId);

    // Moved to 淮北: Beijing's notice goes, Huaibei's green factory notice comes.
    await updateClient(db, green.id, { region: { province: '安徽省', city: '淮北市', district: '' }, keywords: ['绿色工厂'] });
    await service.catchUp();
    const now = await titles();
    expect(now[0]).toBe('关于印发淮北市绿色工厂评价管理暂行办法的通知');
    expect(now).not.toContain('北京市关于进一步加强绿色政府采购有关事项的通知');
    expect(await service.clientsOf([top?.noticeId ?? ''], TODAY)).toEqual({});
  });

  it('reads a library whose notices have no features yet (made before matching)', async () => {
    const { green } = await setUp();
    // A library from before matching: no features, and no position in the change log.
    await db.noticeFeatures.clear();
    await db.cursors.delete('noticeFeatures');
    const service = new MatchService(libraryMatchReader(db), TODAY);
    const report = await service.open(TODAY);
    expect(report).toMatchObject({ notices: 12, clients: 1, computedFeatures: 12 });
    expect((await service.suggestions(green.id, 5, TODAY)).length).toBe(2);
  });

  it('computes again the features an older extractor made, once, when a newer one opens', async () => {
    const { green } = await setUp();
    const [first] = await db.noticeFeatures.toArray();
    if (!first) throw new Error('no features stored');
    await db.noticeFeatures.put({ ...first, version: 0, compiled: { ...first.compiled, industryTarget: 0, industryMention: 0 } });
    // As the older release left its position in the log.
    await db.cursors.update('noticeFeatures', { version: 0 });
    const service = new MatchService(libraryMatchReader(db), TODAY);
    expect((await service.open(TODAY)).computedFeatures).toBe(1);
    expect((await new MatchService(libraryMatchReader(db), TODAY).open(TODAY)).computedFeatures).toBe(0);
    expect(await db.noticeFeatures.get(first.id)).toEqual(first);
    expect((await service.suggestions(green.id, 5, TODAY)).length).toBe(2);
  });
});
