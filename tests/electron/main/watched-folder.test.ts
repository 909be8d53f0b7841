// 自动导入文件夹 in the main process, with an in-memory folder: present files are left
// alone, arrivals are sent once (after the folder settles) with a notification, only
// acknowledged files count as seen, and the folder and the seen files survive a restart.
import { describe, expect, it } from 'vitest';
import type { FileBatch } from '../../../shared/ipc/batch.ts';
import type { WatchedArrival } from '../../../shared/ipc/contract.ts';
import { WatchedFolder, type WatchedFolderDeps } from '../../../electron/main/watched-folder.ts';

type FakeFile = { size: number; mtimeMs: number };

function setup(disk: Map<string, string>, folder: Map<string, FakeFile>) {
  const sent: WatchedArrival[] = [];
  const notified: number[] = [];
  const timers: (() => void)[] = [];
  let onChange: (() => void) | null = null;
  const deps: WatchedFolderDeps = {
    storePath: '/user/watched-folder.json',
    readText: (file) => Promise.resolve(disk.get(file) ?? null),
    writeText: (file, text) => {
      disk.set(file, text);
      return Promise.resolve();
    },
    list: () => Promise.resolve([...folder].map(([name, f]) => ({ name, isFile: !name.endsWith('/'), ...f }))),
    watch: (_dir, change) => {
      onChange = change;
      return { close: () => (onChange = null) };
    },
    readBatch: (paths): Promise<FileBatch> =>
      Promise.resolve({ files: paths.map((p) => ({ name: p.split('/').pop() ?? p, relativePath: p, bytes: new Uint8Array([1]) })), skipped: [], skippedCount: 0, truncated: false }),
    send: (arrival) => sent.push(arrival),
    notify: (count) => notified.push(count),
    setTimer: (run) => timers.push(run),
    clearTimer: () => timers.splice(0),
  };
  const change = (): void => onChange?.();
  const settle = async (watched: WatchedFolder): Promise<void> => {
    for (const run of timers.splice(0)) run();
    await watched.scan();
  };
  return { deps, sent, notified, change, settle, watching: () => onChange !== null };
}

describe('WatchedFolder', () => {
  it('imports only what arrives after the folder is chosen, once, with a notification', async () => {
    const disk = new Map<string, string>();
    const folder = new Map<string, FakeFile>([['旧快讯.txt', { size: 10, mtimeMs: 1 }]]);
    const t = setup(disk, folder);
    const watched = new WatchedFolder(t.deps);
    expect(await watched.setFolder('/下载/政策')).toEqual({ folder: '/下载/政策', watching: true });

    folder.set('工信部通知.html', { size: 2000, mtimeMs: 5 });
    folder.set('图片.png', { size: 10, mtimeMs: 5 });
    folder.set('~$草稿.docx', { size: 10, mtimeMs: 5 });
    folder.set('子文件夹/', { size: 0, mtimeMs: 5 });
    t.change();
    t.change();
    await t.settle(watched);
    expect(t.sent.map((a) => a.batch.files.map((f) => f.name))).toEqual([['工信部通知.html']]);
    expect(t.sent[0]?.keys).toEqual(['工信部通知.html|2000|5']);
    expect(t.notified).toEqual([1]);

    // Sent and not yet acknowledged: not sent again in this run.
    t.change();
    await t.settle(watched);
    expect(t.sent).toHaveLength(1);
  });

  it('sends again at the next start what was never acknowledged, not what was', async () => {
    const disk = new Map<string, string>();
    const folder = new Map<string, FakeFile>();
    const first = setup(disk, folder);
    const watched = new WatchedFolder(first.deps);
    await watched.setFolder('/下载/政策');
    folder.set('a.docx', { size: 1, mtimeMs: 1 });
    folder.set('b.pdf', { size: 2, mtimeMs: 1 });
    first.change();
    await first.settle(watched);
    await watched.acknowledge(['a.docx|1|1']);
    watched.stop();
    expect(first.watching()).toBe(false);

    // Restart: the folder is kept; b.pdf was sent but never imported.
    const second = setup(disk, folder);
    const restarted = new WatchedFolder(second.deps);
    expect(await restarted.start()).toEqual({ folder: '/下载/政策', watching: true });
    expect(second.sent.map((a) => a.keys)).toEqual([['b.pdf|2|1']]);

    // A file changed since it was imported is new again.
    folder.set('a.docx', { size: 3, mtimeMs: 9 });
    second.change();
    await second.settle(restarted);
    expect(second.sent.map((a) => a.keys)).toEqual([['b.pdf|2|1'], ['a.docx|3|9']]);
  });

  it('stops watching when cleared, and starts with nothing from a damaged state file', async () => {
    const disk = new Map<string, string>([['/user/watched-folder.json', '{not json']]);
    const t = setup(disk, new Map());
    const watched = new WatchedFolder(t.deps);
    expect(await watched.start()).toEqual({ folder: null, watching: false });
    await watched.setFolder('/x');
    expect(t.watching()).toBe(true);
    expect(await watched.setFolder(null)).toEqual({ folder: null, watching: false });
    expect(t.watching()).toBe(false);
    expect(JSON.parse(disk.get('/user/watched-folder.json') ?? '')).toEqual({ folder: null, seen: [] });
  });
});
