// worker-rpc: one protocol for every worker. Typed calls by name, events of a call and of
// the worker, failures as plain data, one cancellation rule, and a crash failing what waits.
import { describe, expect, it } from 'vitest';
import { CancelledError, RpcClient, type CallContext } from '../../../renderer/platform/worker-rpc/index.ts';
import { inThreadPort } from '../../support/rpc-port.ts';

function handlers() {
  const seen: string[] = [];
  return {
    seen,
    map: {
      add: (p: { a: number; b: number }) => p.a + p.b,
      count: async (p: { to: number }, call: CallContext<number>) => {
        for (let i = 1; i <= p.to; i++) call.emit(i);
        await Promise.resolve();
        return 'done';
      },
      slow: async (p: { label: string }, call: CallContext) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen.push(`${p.label}:${call.isCancelled() ? 'cancelled' : 'ran'}`);
        return p.label;
      },
      fail: (_p: Record<string, never>) => {
        throw new Error('boom');
      },
    },
  };
}

describe('worker-rpc', () => {
  it('calls by name with typed params and results, and routes a call’s events to it', async () => {
    const { map } = handlers();
    const client = new RpcClient<typeof map>(inThreadPort(map));
    expect(await client.call('add', { a: 2, b: 3 })).toBe(5);
    const events: number[] = [];
    expect(await client.call('count', { to: 3 }, { onEvent: (n) => events.push(n) })).toBe('done');
    expect(events).toEqual([1, 2, 3]);
  });

  it('passes failures on as the caller’s error', async () => {
    const { map } = handlers();
    const client = new RpcClient<typeof map>(inThreadPort(map), { errorOf: (problem) => new Error(`worker said ${String(problem)}`) });
    await expect(client.call('fail', {})).rejects.toThrow('worker said boom');
  });

  it('a cancelled call rejects at once with CancelledError; the worker is told, and the caller learns when it is done', async () => {
    const { map, seen } = handlers();
    const client = new RpcClient<typeof map>(inThreadPort(map));
    const controller = new AbortController();
    let answered = false;
    const call = client.call('slow', { label: 'old' }, { signal: controller.signal, onAnswered: () => (answered = true) });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(CancelledError);
    expect(answered).toBe(false);
    expect(await client.call('slow', { label: 'new' })).toBe('new');
    expect(answered).toBe(true);
    expect(seen).toEqual(['old:cancelled', 'new:ran']);
  });

  it('a worker that crashes or is stopped fails every call it had, never leaving one waiting', async () => {
    const { map } = handlers();
    const port = inThreadPort(map);
    const client = new RpcClient<typeof map>(port, { crashed: (detail) => new Error(`crashed: ${detail ?? 'stopped'}`) });
    const pending = client.call('slow', { label: 'x' });
    port.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
    await expect(pending).rejects.toThrow('crashed: out of memory');
    const later = client.call('slow', { label: 'y' });
    client.dispose();
    await expect(later).rejects.toThrow('crashed: stopped');
    await expect(client.call('add', { a: 1, b: 1 })).rejects.toThrow('crashed: stopped');
    expect(port.terminated()).toBe(true);
  });
});
