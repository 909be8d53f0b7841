// Files from the watched folder go to the same importBatch as picked files; main is told
// (ack) only once they were imported; while another import runs they wait their turn.
import { beforeEach, expect, it, vi } from 'vitest';
import type { FileBatch, WatchedArrival } from '../../../../shared/ipc/contract.ts';
import type { LibraryDb } from '../../../../renderer/data/library/index.ts';

const ack = vi.fn((_args: { keys: string[] }) => Promise.resolve(null));
const imported: FileBatch[] = [];
let busyTimes = 0;
vi.mock('../../../../renderer/platform/bridge/index.ts', () => ({ getBridge: () => ({ runtime: 'electron', ackWatchedFiles: ack }) }));
vi.mock('../../../../renderer/features/import/import-files.ts', () => ({
  importBatch: (_db: LibraryDb, batch: FileBatch, options: { quietWhenBusy?: boolean }) => {
    expect(options.quietWhenBusy).toBe(true);
    if (busyTimes > 0) {
      busyTimes--;
      return Promise.resolve(false);
    }
    imported.push(batch);
    return Promise.resolve(true);
  },
}));

const { importArrival } = await import('../../../../renderer/features/import/useWatchedFolderImports.ts');

const db = {} as LibraryDb;
const arrival: WatchedArrival = {
  batch: { files: [{ name: '通知.html', relativePath: '/下载/通知.html', bytes: new Uint8Array([60]) }], skipped: [], skippedCount: 0, truncated: false },
  keys: ['通知.html|4561|1'],
};

beforeEach(() => {
  ack.mockClear();
  imported.length = 0;
  busyTimes = 0;
});

it('imports the arrived files, then acknowledges them', async () => {
  await importArrival(db, arrival, () => Promise.reject(new Error('no wait expected')));
  expect(imported).toEqual([arrival.batch]);
  expect(ack).toHaveBeenCalledWith({ keys: ['通知.html|4561|1'] });
});

it('waits while another import runs, and acknowledges nothing until it has imported', async () => {
  busyTimes = 2;
  const waits: number[] = [];
  await importArrival(db, arrival, (ms) => {
    waits.push(ms);
    expect(ack).not.toHaveBeenCalled();
    return Promise.resolve();
  });
  expect(waits).toEqual([2000, 2000]);
  expect(imported).toHaveLength(1);
  expect(ack).toHaveBeenCalledTimes(1);
});
