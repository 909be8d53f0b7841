// Building on several threads: the page indexers' pool (over ports that index pages in
// this thread, answering asynchronously as workers do), and the search service building
// with it, or without it when it fails.
import { describe, expect, it, vi } from 'vitest';
import { PageBuilder } from '../../../../shared/search/index.ts';
import { IndexerPool, type PagePort } from '../../../../renderer/data/search/indexer-pool.ts';
import type { PageParams } from '../../../../renderer/data/search/page-handlers.ts';
import type { RpcRequest, RpcResponse } from '../../../../renderer/platform/worker-rpc/index.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import type { SearchNotice } from '../../../../renderer/data/search/ports.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { bulletinDocs } from '../../../support/bulletin-docs.ts';
import { MemoryReader, MemoryStore } from '../../../support/memory-reader.ts';

type Ports = { start: () => PagePort; started: number; terminated: number; busy: number; mostBusy: number; requests: PageParams[] };

/** Ports that index pages of `source` as page.worker.ts does; `failOn` makes that page's worker crash. */
function fakePorts(source: MemoryReader, failOn?: number): Ports {
  const ports: Ports = { start: () => port(), started: 0, terminated: 0, busy: 0, mostBusy: 0, requests: [] };
  const port = (): PagePort => {
    ports.started += 1;
    let alive = true;
    const p: PagePort = {
      onmessage: null,
      onerror: null,
      terminate: () => {
        if (alive) ports.terminated += 1;
        alive = false;
      },
      postMessage: (message: RpcRequest) => {
        if ('cancel' in message) return;
        const request = message.params as PageParams;
        ports.requests.push(request);
        ports.busy += 1;
        ports.mostBusy = Math.max(ports.mostBusy, ports.busy);
        setTimeout(() => {
          ports.busy -= 1;
          if (!alive) return;
          if (request.base === failOn) {
            p.onerror?.({ message: 'crashed', preventDefault: () => undefined } as ErrorEvent);
            return;
          }
          const builder = new PageBuilder(request.base);
          const notices = request.ids.map((id, position): SearchNotice | null => {
            const notice = source.notes.get(id);
            if (!notice) return null;
            builder.add(position, notice);
            return { ...notice, body: [] };
          });
          const answer: RpcResponse = { id: message.id, ok: true, result: { notices, segment: builder.finish() } };
          p.onmessage?.({ data: answer } as MessageEvent<RpcResponse>);
        }, 2);
      },
    };
    return p;
  };
  return ports;
}

const exactIds = async (service: SearchService, query: string): Promise<NoticeId[]> =>
  ((await service.search({ query, limit: 50 }, 0)) ?? { hits: [] }).hits.filter((hit) => hit.exact).map((hit) => hit.id);

describe('IndexerPool', () => {
  const docs = bulletinDocs();

  it('indexes pages on at most its threads, in the order asked, and ends its workers when done', async () => {
    const source = new MemoryReader(docs);
    const ports = fakePorts(source);
    const pool = new IndexerPool('a-library', ports.start, 2);
    const ids = docs.map((doc) => doc.id);
    const pages = [0, 10, 20, 30].map((base) => pool.index(ids.slice(base, base + 10), base));
    const done = await Promise.all(pages);
    expect(done.map((page) => page.notices[0]?.id)).toEqual([ids[0], ids[10], ids[20], ids[30]]);
    expect(done[1]?.notices.every((notice) => notice?.body.length === 0)).toBe(true);
    expect(ports.requests.map((r) => r.base)).toEqual([0, 10, 20, 30]);
    expect(ports.requests.every((r) => r.library === 'a-library')).toBe(true);
    expect(ports.started).toBe(2);
    expect(ports.mostBusy).toBe(2);
    expect(ports.terminated).toBe(2);
  });

  it('fails every page asked for when a worker crashes, and ends the others', async () => {
    const source = new MemoryReader(docs);
    const ports = fakePorts(source, 10);
    const pool = new IndexerPool(undefined, ports.start, 3);
    const ids = docs.map((doc) => doc.id);
    const pages = [0, 10, 20, 30].map((base) => pool.index(ids.slice(base, base + 10), base));
    const settled = await Promise.allSettled(pages);
    expect(settled.filter((s) => s.status === 'rejected').length).toBeGreaterThanOrEqual(3);
    expect(ports.terminated).toBe(ports.started);
  });
});

describe('SearchService building with page indexers', () => {
  const docs = bulletinDocs();

  it('builds on several threads the index a single thread builds, and saves it', async () => {
    const source = new MemoryReader(docs);
    const ports = fakePorts(source);
    const store = new MemoryStore();
    const service = new SearchService(source, store, { pageIndexer: new IndexerPool(undefined, ports.start, 2), indexerPage: 8 });
    expect(await service.open()).toMatchObject({ from: 'built', threads: 2, documents: docs.length });
    expect(ports.requests.length).toBe(Math.ceil(docs.length / 8));
    expect(source.streams).toBe(0);

    const singleStore = new MemoryStore();
    const single = new SearchService(new MemoryReader(docs), singleStore);
    expect(await single.open()).toMatchObject({ from: 'built', threads: 1 });
    for (const query of ['绿色制造', '危险化学品搬迁', '工信部联节〔2016〕304号', 'lvse zhizao']) {
      expect(await exactIds(service, query)).toEqual(await exactIds(single, query));
    }
    await service.idle();
    await single.idle();
    expect(store.record?.bytes).toEqual(singleStore.record?.bytes);
  });

  it('builds in its own thread when a page indexer fails', async () => {
    const source = new MemoryReader(docs);
    const ports = fakePorts(source, 16);
    const service = new SearchService(source, new MemoryStore(), { pageIndexer: new IndexerPool(undefined, ports.start, 2), indexerPage: 8 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await service.open()).toMatchObject({ from: 'built', threads: 1, documents: docs.length });
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      warn.mockRestore();
    }
    expect(source.streams).toBe(1);
    expect((await exactIds(service, '危险化学品搬迁')).length).toBeGreaterThan(0);
  });
});
