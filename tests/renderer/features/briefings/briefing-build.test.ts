// From the 简报 screen's state to the Briefing the document builder takes: notice bodies
// read from the library in the chosen order, client and consultant as printed, empty
// excerpts left to the builder, and the period (chosen, else none: 截至 the date).
import { beforeEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { createClient, getNoticeSummaries, storeBulletin, tagNotices, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { briefingFileName, buildBriefing, type BriefingSpec } from '../../../../renderer/features/briefings/briefing-build.ts';
import { composeItems } from '../../../../renderer/features/briefings/briefing-items.ts';
import type { BriefingCandidate } from '../../../../renderer/core/client-notices.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';

let db: LibraryDb;
let spec: BriefingSpec;

beforeEach(async () => {
  db = await freshLibrary();
  const ids = await addBulletin(db, 'a.txt', '(2018) 1202 期', [
    notice({ title: '山西晋兴板奖励资金申报', date: '2018-12-12', body: ['一、支持对象', '在晋兴板挂牌的小微企业。'] }),
    notice({ title: '北京国际科技创新合作专项', date: '2018-12-05' }),
  ]);
  const client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', region: { province: '北京', city: '海淀区', district: '' }, industry: '节能环保' });
  const tags = await tagNotices(db, { clientIds: [client.id], noticeIds: ids, note: '请关注', relevance: 'high' });
  const summaries = await getNoticeSummaries(db, ids);
  const candidates: BriefingCandidate[] = ids.map((id, i) => ({ notice: summaries[i]!, tag: tags.find((a) => a.noticeId === id)!, sent: false }));
  const { included } = composeItems(candidates, { [ids[1]!]: { excerpt: '合作方向\n补助标准' } }, [ids[1]!, ids[0]!]);
  spec = {
    client,
    profile: { name: '王晓明', company: '北京关键要素科技有限公司', phone: '', email: 'wang@example.cn' },
    title: '政策简报（2018年第12期）',
    from: '',
    to: '',
    date: '2018-12-10',
    template: 'compact',
    items: included,
  };
});

describe('buildBriefing', () => {
  it('carries the notices in the chosen order with their bodies, notes, relevance and excerpts', async () => {
    const briefing = await buildBriefing(db, spec);
    expect(briefing.items.map((item) => item.notice.title)).toEqual(['北京国际科技创新合作专项', '山西晋兴板奖励资金申报']);
    expect(briefing.items[1]?.notice.body).toEqual(['一、支持对象', '在晋兴板挂牌的小微企业。']);
    expect(briefing.items.map((item) => [item.note, item.relevance, item.excerpt])).toEqual([
      ['请关注', 'high', '合作方向\n补助标准'],
      ['请关注', 'high', null],
    ]);
    // The library's own fields stay out of the document model.
    expect(Object.keys(briefing.items[0]!.notice)).not.toContain('sourceBulletinIds');
  });

  it('gives each notice its validity on the briefing’s date', async () => {
    const [repealer] = await addBulletin(db, 'b.txt', null, [
      notice({ title: '山西晋兴板奖励资金管理办法', date: '2018-12-20', body: ['本办法自印发之日起施行，《山西晋兴板奖励资金申报》同时废止。'] }),
    ]);
    expect(repealer).toBeDefined();
    const before = await buildBriefing(db, spec);
    // Unknown validity says nothing on the briefing.
    expect(before.items.map((item) => item.validity)).toEqual([null, null]);
    const after = await buildBriefing(db, { ...spec, date: '2018-12-21' });
    expect(after.items[1]?.validity).toBe('已废止（已被《山西晋兴板奖励资金管理办法》废止，2018年12月20日起）');
  });

  it('judges validity with a repealing notice imported a moment ago, before the search worker linked it', async () => {
    const outcome = await storeBulletin(db, {
      fileName: 'c.txt', format: 'txt', contentHash: 'hash-of-c.txt', byteLength: 100, bulletin: { publisher: '北京关键要素科技有限公司', issue: null },
      notices: [notice({ title: '山西晋兴板奖励资金管理办法', date: '2018-12-20', body: ['本办法自印发之日起施行，《山西晋兴板奖励资金申报》同时废止。'] })],
    });
    if (outcome.status !== 'added') throw new Error('not added');
    // The import stores no relations: the notice waits in the change log for its consumer.
    expect(await db.noticeRelations.get(outcome.addedNoticeIds[0] ?? '')).toBeUndefined();
    const briefing = await buildBriefing(db, { ...spec, date: '2018-12-21' });
    expect(briefing.items[1]?.validity).toMatch(/^已废止（/);
  });

  it('prints the client and the consultant, blank contact fields as absent', async () => {
    const briefing = await buildBriefing(db, spec);
    expect(briefing.client).toEqual({ name: '北京绿源科技有限公司', region: '北京 海淀区', industry: '节能环保' });
    expect(briefing.consultant).toEqual({ name: '王晓明', company: '北京关键要素科技有限公司', phone: null, email: 'wang@example.cn' });
    expect(briefing).toMatchObject({ title: '政策简报（2018年第12期）', date: '2018-12-10', template: 'compact' });
  });

  it('states the chosen period, an open end closed by the briefing date, and none when none is chosen (截至 the date)', async () => {
    expect((await buildBriefing(db, spec)).period).toBeNull();
    expect((await buildBriefing(db, { ...spec, from: '2018-12-01' })).period).toEqual({ from: '2018-12-01', to: spec.date });
    expect((await buildBriefing(db, { ...spec, from: '2018-11-01', to: '2018-12-31' })).period).toEqual({ from: '2018-11-01', to: '2018-12-31' });
  });

  it('names the file after the client and the title', () => {
    expect(briefingFileName(spec)).toBe('北京绿源科技有限公司-政策简报（2018年第12期）');
  });
});
