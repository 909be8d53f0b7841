// The worker client's side of the protocol, against a stand-in worker that runs the real
// import handlers on the other end of a worker-rpc channel (Node has no Web Worker; the real
// worker is exercised in Chromium by tests/e2e/import-worker.test.ts).
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import { createWorkerAnalyser } from '../../../../renderer/data/import/analyser.ts';
import { importHandlers, type AnalyseInput } from '../../../../renderer/data/import/worker-handlers.ts';
import { bulletinBytes } from '../../../support/fixtures.ts';
import { inThreadPort } from '../../../support/rpc-port.ts';
import { importProblemText } from '../../../../renderer/features/import/problem-text.ts';

/** A worker stand-in: the import worker's real handlers served through worker-rpc; `crashOn` makes that file crash it. */
function fakeWorker(options: { crashOn?: string } = {}) {
  const posted: AnalyseInput[] = [];
  const worker = inThreadPort(importHandlers(createNodeExtractEnv()));
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (message, transfer) => {
    if ('method' in message) {
      const input = message.params as AnalyseInput;
      posted.push(input);
      if (input.name === options.crashOn) {
        setTimeout(() => worker.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent));
        return;
      }
    }
    post(message, transfer);
  };
  return { worker, posted };
}

const file = (name: string) => ({ name, bytes: bulletinBytes('002_5fbf075aa49c018d'), contentHash: `hash-${name}` });

describe('createWorkerAnalyser', () => {
  it('matches answers to requests, reports stages, and copies (not transfers) the bytes', async () => {
    const { worker, posted } = fakeWorker();
    const analyser = createWorkerAnalyser(() => worker);
    const stages: string[] = [];
    const [a, b] = await Promise.all([analyser.analyse(file('a.txt'), (s) => stages.push(`a:${s}`)), analyser.analyse(file('b.txt'))]);
    expect(a.ok && a.prepared.fileName).toBe('a.txt');
    expect(b.ok && b.prepared.contentHash).toBe('hash-b.txt');
    expect(a.ok && a.prepared.notices.length).toBeGreaterThan(3);
    expect(stages).toEqual(['a:extracting', 'a:parsing']);
    expect(posted.map((p) => p.name)).toEqual(['a.txt', 'b.txt']);
    // Copied: the caller's bytes are still there.
    expect(posted[0]?.bytes.length).toBeGreaterThan(0);
    analyser.dispose();
  });

  it('a crashed worker fails the files it had, with a reason, instead of hanging', async () => {
    const { worker } = fakeWorker({ crashOn: 'big.txt' });
    const analyser = createWorkerAnalyser(() => worker);
    const result = await analyser.analyse(file('big.txt'));
    expect(result).toEqual({ ok: false, problem: { code: 'not-processed', cause: 'worker-failed', detail: 'out of memory' } });
    expect(result.ok ? '' : importProblemText('big.txt', result.problem)).toBe('「big.txt」后台处理文件的线程出错（out of memory），已拒绝导入，资料库未做任何更改。');
  });

  it('dispose ends pending analyses as failed', async () => {
    const { worker } = fakeWorker();
    const analyser = createWorkerAnalyser(() => worker);
    const pending = analyser.analyse(file('slow.txt'));
    analyser.dispose();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, problem: { code: 'not-processed', cause: 'worker-stopped' } });
    expect(result.ok ? '' : importProblemText('slow.txt', result.problem)).toContain('「slow.txt」的处理被中止');
  });
});
