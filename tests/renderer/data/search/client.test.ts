// The search worker's client and handler map, connected in this thread through worker-rpc
// endpoints that deliver messages asynchronously, as a Worker does.
import '../../../support/browser-globals.ts';
import { describe, expect, it } from 'vitest';
import { SearchWorkerClient } from '../../../../renderer/data/search/client.ts';
import type { SearchProgress } from '../../../../renderer/data/search/protocol.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { searchHandlers } from '../../../../renderer/data/search/worker-handlers.ts';
import { problemOf } from '../../../../renderer/data/search/errors.ts';
import { CancelledError, type RpcRequest } from '../../../../renderer/platform/worker-rpc/index.ts';
import { bulletinDocs } from '../../../support/bulletin-docs.ts';
import { MemoryReader, MemoryStore } from '../../../support/memory-reader.ts';
import { inThreadPort } from '../../../support/rpc-port.ts';
import { messageOf } from '../../../../renderer/core/error-text.ts';

type Harness = { client: SearchWorkerClient; sent: RpcRequest[]; source: MemoryReader };

function connect(): Harness {
  const source = new MemoryReader(bulletinDocs());
  const store = new MemoryStore();
  const sent: RpcRequest[] = [];
  let emit: (event: unknown) => void = () => undefined;
  const port = inThreadPort(
    searchHandlers(
      (_library, onProgress) => Promise.resolve(new SearchService(source, store, { onProgress, saveDelayMs: 5 })),
      (progress) => emit(progress),
    ),
    { problemOf },
  );
  emit = port.emit;
  const post = port.postMessage.bind(port);
  port.postMessage = (message, options) => {
    sent.push(message);
    post(message, options);
  };
  return { client: new SearchWorkerClient(port), sent, source };
}

const queryOf = (m: RpcRequest): string | null => ('method' in m && m.method === 'search' ? (m.params as { request: { query: string } }).request.query : null);

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
      expect(result.status === 'rejected' && result.reason).toBeInstanceOf(CancelledError);
    }
    const last = settled[settled.length - 1];
    expect(last?.status === 'fulfilled' && last.value.hits[0]?.title).toContain('绿色制造');
    expect((await other).hits[0]?.title).toContain('电子营业执照');
    const queries = sent.flatMap((m) => queryOf(m) ?? []);
    // 绿 went out at once; 绿色 and 绿色制 were replaced while it was in the worker. The
    // other channel does not wait for this one.
    expect(queries.filter((q) => q.startsWith('绿'))).toEqual(['绿', '绿色制造']);
    expect(queries).toContain('电子营业执照');
    expect(sent.some((m) => 'cancel' in m)).toBe(true);
  });

  it('answers a search at the sequence the screen saw: the worker reads the change log itself', async () => {
    const { client, source } = connect();
    await client.open();
    source.put({ id: 'n-900', title: '关于开展量子计算产业调研的通知', docNumber: null, agencies: [], category: '申报通知', date: null, deadline: null, body: [] });
    const response = await client.search({ query: '量子计算产业调研' }, { atLeast: await source.head() });
    expect(response.hits.filter((h) => h.exact).map((h) => h.id)).toEqual(['n-900']);
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
