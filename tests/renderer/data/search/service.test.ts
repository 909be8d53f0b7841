// The search worker's service: building, persisting, loading, catching up, incremental
// changes, snippets, over an in-memory source and store.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, type SearchDoc } from '../../../../shared/search/index.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import type { SearchProgress } from '../../../../renderer/data/search/protocol.ts';
import { bulletinDocs, idOfTitle } from '../../../support/bulletin-docs.ts';
import { MemoryReader, MemoryStore } from '../../../support/memory-reader.ts';

/** Ids of the notices matching every term exactly (typo-tolerant matches left out). */
const ids = async (service: SearchService, query: string): Promise<NoticeId[]> =>
  ((await service.search({ query, limit: 50 }, 0)) ?? { hits: [] }).hits.filter((hit) => hit.exact).map((hit) => hit.id);

function extra(id: NoticeId, title: string): SearchDoc {
  return { id, title, docNumber: null, agencies: [], category: '政策文件', date: '2024-01-02', deadline: null, body: [`${title}正文`] };
}

describe('SearchService', () => {
  const docs = bulletinDocs();

  it('builds the index when none is persisted, saves it, and loads it the next time', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const progress: SearchProgress[] = [];
    const first = new SearchService(source, store, { pageSize: 10, onProgress: (p) => progress.push(p) });
    const built = await first.open();
    expect(built).toMatchObject({ documents: docs.length, from: 'built', reason: 'missing' });
    // Searchable before it is saved: the save follows in the write queue.
    await first.idle();
    expect(progress.some((p) => p.phase === 'building' && p.done === docs.length)).toBe(true);
    expect(store.record).toMatchObject({ key: 'notices', formatVersion: FORMAT_VERSION, noticeCount: docs.length });
    const wanted = await ids(first, '绿色制造');
    expect(wanted.length).toBeGreaterThan(0);

    const second = new SearchService(source, store);
    expect(await second.open()).toMatchObject({ documents: docs.length, from: 'persisted' });
    await second.idle();
    expect(source.streams).toBe(1);
    expect(await ids(second, '绿色制造')).toEqual(wanted);
  });

  it('rebuilds an index of another format version or that cannot be read', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const service = new SearchService(source, store);
    await service.open();
    await service.idle();
    const record = store.record;
    if (!record) throw new Error('no record');
    store.record = { ...record, formatVersion: FORMAT_VERSION + 1 };
    const again = new SearchService(source, store);
    expect(await again.open()).toMatchObject({ from: 'built', reason: 'format' });
    await again.idle();
    expect(store.record.formatVersion).toBe(FORMAT_VERSION);
    store.record = { ...record, bytes: record.bytes.slice(0, 40) };
    expect(await new SearchService(source, store).open()).toMatchObject({ from: 'built', reason: 'corrupt' });
  });

  it('rebuilds an index damaged on disk (bytes changed in place) and answers as a fresh one would', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const first = new SearchService(source, store);
    await first.open();
    await first.idle();
    const record = store.record;
    if (!record) throw new Error('no record');
    const damaged = record.bytes.slice();
    for (let at = Math.floor(damaged.length / 3); at < damaged.length; at += 997) damaged[at] = 0xff;
    store.record = { ...record, bytes: damaged };
    const again = new SearchService(source, store);
    expect(await again.open()).toMatchObject({ from: 'built', reason: 'corrupt' });
    for (const query of ['绿色制造', '晋兴板', '工信部联节〔2016〕304号']) {
      const hits = async (service: SearchService) => (await service.search({ query, limit: 20 }, 0))?.hits.map((h) => h.id);
      const fresh = await hits(first);
      expect(fresh?.length, query).toBeGreaterThan(0);
      expect(await hits(again), query).toEqual(fresh);
    }
  });

  it('catches up with notices added, removed and changed while it was not running', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const before = new SearchService(source, store);
    await before.open();
    await before.idle();
    const removed = idOfTitle(docs, '晋兴板');
    source.remove(removed);
    source.put(extra('n500', '关于开展数字化转型诊断服务的通知'));
    const changed = docs.find((d) => d.title.includes('清洁能源消纳'));
    if (!changed) throw new Error('missing notice');
    source.put({ ...changed, title: '关于印发《清洁能源消纳行动计划》的补充通知' });

    const service = new SearchService(source, store, { saveDelayMs: 5 });
    expect(await service.open()).toMatchObject({ from: 'persisted' });
    await service.idle();
    expect(await ids(service, '晋兴板')).toEqual([]);
    expect(await ids(service, '数字化转型诊断')).toEqual(['n500']);
    expect(await ids(service, '补充通知')).toEqual([changed.id]);
    expect(service.status()).toMatchObject({ state: 'ready', documents: docs.length });
    // The caught-up index is saved, so the next opening has nothing to catch up.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await service.idle();
    expect(store.record?.noticeCount).toBe(docs.length);
  });

  it('follows the change log as it grows, and saves the index with its position after a quiet moment', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const service = new SearchService(source, store, { saveDelayMs: 5 });
    await service.open();
    await service.idle();
    const saves = store.saves;

    source.put(extra('n600', '关于征集工业互联网平台解决方案的通知'));
    await service.catchUp();
    // First: the phrase as typed; notices holding its words apart may follow.
    expect((await ids(service, '工业互联网平台解决方案'))[0]).toBe('n600');

    const gone = idOfTitle(docs, '电子营业执照');
    source.remove(gone);
    await service.catchUp();
    expect(await ids(service, '电子营业执照管理办法')).toEqual([]);

    source.setClients([{ id: 'c3', name: '恒通精密机械有限公司', qualifications: ['专精特新'] }], [{ clientId: 'c3', noticeId: 'n600' }]);
    await service.catchUp();
    expect(await ids(service, '恒通精密')).toEqual(['n600']);
    expect(service.position()).toBe(await source.head());

    await new Promise((resolve) => setTimeout(resolve, 20));
    await service.idle();
    expect(store.saves).toBeGreaterThan(saves);
    expect(store.record?.noticeCount).toBe(docs.length);
    expect(store.seq).toBe(await source.head());

    // A reset (a restore) rebuilds from the notices.
    source.reset();
    await service.catchUp();
    expect(service.status().documents).toBe(docs.length);
    expect(source.streams).toBe(2);
  });

  it('saves at once when many notices wait, without waiting for quiet', async () => {
    const source = new MemoryReader(docs);
    const store = new MemoryStore();
    const service = new SearchService(source, store, { saveDelayMs: 60_000, saveBacklog: 3 });
    await service.open();
    await service.idle();
    const saves = store.saves;
    for (let i = 0; i < 3; i += 1) source.put(extra(`n${800 + i}`, `关于第${i + 1}批试点项目的通知`));
    await service.catchUp();
    await service.idle();
    expect(store.saves).toBe(saves + 1);
    expect(store.seq).toBe(await source.head());
  });

  it('answers a search asked at a later sequence with the change in it, and one at its own sequence at once', async () => {
    const source = new MemoryReader(docs);
    const service = new SearchService(source, new MemoryStore());
    await service.open();
    await service.idle();
    source.put(extra('n700', '关于申报氢能产业链协同创新项目的通知'));
    const seen = await source.head();
    // Without the sequence the screen saw, the index answers from where it is.
    expect((await service.search({ query: '氢能产业链协同', limit: 20 }, 0))?.hits.map((h) => h.id)).not.toContain('n700');
    expect((await service.search({ query: '氢能产业链协同', limit: 20 }, 0, () => false, seen))?.hits[0]?.id).toBe('n700');
  });

  it('cuts snippets from bodies it reads once, and stops a superseded search before reading', async () => {
    const source = new MemoryReader(docs);
    const service = new SearchService(source, new MemoryStore());
    await service.open();
    const response = await service.search({ query: '危险化学品搬迁', limit: 5 }, 3);
    expect(response?.hits[0]?.snippet?.text).toContain('危险化学品搬迁');
    const reads = source.bodyReads;
    await service.search({ query: '危险化学品搬迁', limit: 5 }, 3);
    expect(source.bodyReads).toBe(reads);
    expect(await service.search({ query: '清洁能源', limit: 5 }, 3, () => true)).toBeNull();
  });

  it('refuses to search before it is opened', async () => {
    const service = new SearchService(new MemoryReader(docs), new MemoryStore());
    await expect(service.search({ query: '绿色' }, 0)).rejects.toMatchObject({ problem: { code: 'not-open' } });
  });
});
