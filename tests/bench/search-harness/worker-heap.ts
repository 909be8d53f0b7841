// The memory of the page's search worker, through the Chrome DevTools Protocol: a CDP
// session of the page reaches the worker's own target (its isolate is not the page's,
// so the page's Performance.getMetrics would not count it), collects garbage there and
// asks Runtime.getHeapUsage. The session is attached in the older, non-flat mode, where
// the worker's protocol messages travel inside Target.sendMessageToTarget, because
// playwright-core's CDPSession sends to one session only.
import type { CDPSession } from 'playwright-core';

export type WorkerHeap = {
  /** Live JavaScript objects after a garbage collection. */
  usedMb: number;
  /** ArrayBuffer backing stores (the index's typed arrays) and external strings. */
  buffersMb: number;
};

type Reply = { id: number; result?: Record<string, number>; error?: { message: string } };

export async function searchWorkerHeap(cdp: CDPSession): Promise<WorkerHeap> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('search.worker'));
  if (!worker) throw new Error('the search worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  const receive = (event: { sessionId: string; message: string }): void => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  };
  const call = async (method: string): Promise<Record<string, number>> => {
    const id = nextId++;
    const replied = new Promise<Reply>((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    const reply = await replied;
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  };
  cdp.on('Target.receivedMessageFromTarget', receive);
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return { usedMb: (usage['usedSize'] ?? NaN) / 2 ** 20, buffersMb: (usage['backingStorageSize'] ?? NaN) / 2 ** 20 };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', receive);
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}
