// The search worker's client and message handler, connected in this thread through a
// fake port that delivers messages asynchronously, as a Worker does.
import '../../../support/browser-globals.ts';
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../../renderer/data/library/changes.ts';
import { SearchWorkerClient, type WorkerPort } from '../../../../renderer/data/search/client.ts';
import { SearchCancelledError } from '../../../../renderer/data/search/errors.ts';
import type { SearchProgress, WorkerRequest, WorkerResponse } from '../../../../renderer/data/search/protocol.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { createWorkerHandler } from '../../../../renderer/data/search/worker-handler.ts';
import { bulletinDocs } from '../../../support/bulletin-docs.ts';
import { MemorySource, MemoryStore } from '../../../support/memory-source.ts';
import { messageOf } from '../../../../renderer/core/error-text.ts';

type Harness = { client: SearchWorkerClient; sent: WorkerRequest[]; source: MemorySource };

function connect(): Harness {
  const source = new MemorySource(bulletinDocs());
  const store = new MemoryStore();
  const sent: WorkerRequest[] = [];
  const port: WorkerPort = { onmessage: null, postMessage: () => undefined };
  const handle = createWorkerHandler(
    (message: WorkerResponse) => setTimeout(() => port.onmessage?.({ data: message } as MessageEvent<WorkerResponse>), 1),
    (_library, onProgress) => Promise.resolve(new SearchService(source, store, { onProgress, saveDelayMs: 5 })),
  );
  port.postMessage = (message) => {
    sent.push(message);
    setTimeout(() => handle(message), 1);
  };
  return { client: new SearchWorkerClient(port), sent, source };
}

describe('SearchWorkerClient', () => {
  it('opens, reports progress and searches with snippets', async () => {
    const { client } = connect();
    const progress: SearchProgress[] = [];
    client.onProgress((p) => progress.push(p));
    expect(await client.open()).toMatchObject({ from: 'built' });
    expect(progress.map((p) => p.phase)).toContain('building');
    const response = await client.search({ query: '危险化学品搬迁', limit: 5 }, { snippets: 2 });
    expect(response.hits[0]?.title).toContain('长江经济带');
    expect(response.hits[0]?.snippet?.text).toContain('危险化学品搬迁');
    expect(await client.status()).toMatchObject({ state: 'ready' });
  });

  it('keeps only the newest search of a channel, and sends no search that was replaced while waiting', async () => {
    const { client, sent } = connect();
    await client.open();
    const typed = ['绿', '绿色', '绿色制', '绿色制造'];
    const answers = typed.map((query) => client.search({ query }, { channel: 'box' }));
    const other = client.search({ query: '电子营业执照' }, { channel: 'list' });
    const settled = await Promise.allSettled(answers);
    for (const result of settled.slice(0, -1)) {
      expect(result.status).toBe('rejected');
      expect(result.status === 'rejected' && result.reason).toBeInstanceOf(SearchCancelledError);
    }
    const last = settled[settled.length - 1];
    expect(last?.status === 'fulfilled' && last.value.hits[0]?.title).toContain('绿色制造');
    expect((await other).hits[0]?.title).toContain('电子营业执照');
    const queries = sent.flatMap((m) => (m.type === 'search' ? [m.request.query] : []));
    // 绿 went out at once; 绿色 and 绿色制 were replaced while it was in the worker. The
    // other channel does not wait for this one.
    expect(queries.filter((q) => q.startsWith('绿'))).toEqual(['绿', '绿色制造']);
    expect(queries).toContain('电子营业执照');
    expect(sent.some((m) => m.type === 'cancel')).toBe(true);
  });

  it('forwards library changes to the worker', async () => {
    const { client, source } = connect();
    await client.open();
    const feed = new ChangeFeed();
    const stop = client.follow(feed);
    source.put({ id: 900, title: '关于开展量子计算产业调研的通知', docNumber: null, agencies: [], category: '申报通知', date: null, deadline: null, body: [] });
    feed.emit({ type: 'notices-added', noticeIds: [900] });
    stop();
    // The change is queued in the worker before this search.
    const response = await client.search({ query: '量子计算产业调研' });
    expect(response.hits.filter((h) => h.exact).map((h) => h.id)).toEqual([900]);
  });

  it('passes errors on and fails what is pending when disposed', async () => {
    const { client } = connect();
    const notOpen: unknown = await client.search({ query: '绿色' }).catch((error: unknown) => error);
    expect(notOpen).toMatchObject({ problem: { code: 'not-open' } });
    expect(messageOf(notOpen)).toBe('搜索索引尚未打开');
    await client.open();
    const pending = client.search({ query: '绿色' });
    client.dispose();
    const closed: unknown = await pending.catch((error: unknown) => error);
    expect(closed).toMatchObject({ problem: { code: 'closed' } });
    expect(messageOf(closed)).toBe('搜索已关闭');
  });
});
