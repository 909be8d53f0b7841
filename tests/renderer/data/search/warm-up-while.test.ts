// Warm-up steps in the search worker: one task at a time, stopped as soon as there is
// something better to do, and a failing warm-up never stops the worker.
import { describe, expect, it, vi } from 'vitest';
import { warmUpWhile } from '../../../../renderer/data/search/warm-up-while.ts';
import { SearchService } from '../../../../renderer/data/search/service.ts';
import { bulletinDocs } from '../../../support/bulletin-docs.ts';
import { MemoryReader, MemoryStore } from '../../../support/memory-reader.ts';

function* counted(log: string[], steps: number): Generator<void> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
}

describe('warmUpWhile', () => {
  it('runs steps while asked to, letting other tasks run between them', async () => {
    const log: string[] = [];
    let go = true;
    setTimeout(() => {
      log.push('timer');
    }, 0);
    const warming = warmUpWhile(counted(log, 1_000_000), () => go);
    await new Promise((resolve) => setTimeout(resolve, 20));
    go = false;
    await warming;
    const steps = log.filter((entry) => entry.startsWith('step')).length;
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(1_000_000);
    // The timer ran between two steps, not after them all.
    expect(log.indexOf('timer')).toBeLessThan(log.length - 1);
  });

  it('runs to the end when nothing stops it, and a failing step only ends the warm-up', async () => {
    const log: string[] = [];
    await warmUpWhile(counted(log, 5), () => true);
    expect(log).toHaveLength(5);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    function* failing(): Generator<void> {
      yield;
      throw new Error('out of memory');
    }
    await expect(warmUpWhile(failing(), () => true)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('the search worker warming up', () => {
  it('warms while the persisted index is read, and opens as soon as it is read', async () => {
    const docs = bulletinDocs();
    const store = new MemoryStore();
    const first = new SearchService(new MemoryReader(docs), store, { pageSize: 50 });
    await first.open();
    await first.saveNow();
    // A read that takes a while: the warm-up runs meanwhile and stops when it ends.
    const slow = new MemoryStore();
    slow.record = store.record;
    const read = { done: 0 };
    slow.load = () =>
      new Promise((resolve) =>
        setTimeout(() => {
          read.done = performance.now();
          resolve(store.record);
        }, 30),
      );
    const second = new SearchService(new MemoryReader(docs), slow, { pageSize: 50 });
    const report = await second.open();
    const opened = performance.now();
    expect(report.from).toBe('persisted');
    // At most one warm-up step past the read (a step is a few milliseconds warm, more cold).
    expect(opened - read.done).toBeLessThan(250);
    expect((await second.search({ query: '绿色工厂', limit: 5 }, 0))?.total).toBeGreaterThan(0);
  });
});
