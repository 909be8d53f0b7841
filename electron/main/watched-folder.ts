// 自动导入文件夹: a folder the consultant chose (设置), watched for new bulletins and
// notices. Files already there when it is chosen are left alone (导入文件夹 is for
// those); a file that arrives, or changes, is read and sent to the renderer, which
// imports it as any picked file and answers which files it took (ack). Only acknowledged
// files count as seen, so a file sent while the window was closing is sent again at the
// next start. The folder and what was seen are kept in a small JSON file in userData, so
// both survive restarts. Everything Electron- or disk-specific is injected for the tests.
import path from 'node:path';
import type { FileBatch } from '../../shared/ipc/batch.ts';
import { hasExtensionOf, isClutterName } from '../../shared/ipc/files.ts';

import type { WatchedArrival, WatchedFolderState } from '../../shared/ipc/contract.ts';

type Entry = { name: string; isFile: boolean; size: number; mtimeMs: number };

export type WatchedFolderDeps = {
  /** The JSON file that keeps the folder and the seen files. */
  storePath: string;
  readText: (file: string) => Promise<string | null>;
  writeText: (file: string, text: string) => Promise<void>;
  /** The folder's entries (not recursive), or null when it cannot be read. */
  list: (folder: string) => Promise<Entry[] | null>;
  /** Calls back on any change in the folder; returns a closer. */
  watch: (folder: string, onChange: () => void) => { close: () => void };
  readBatch: (paths: string[]) => Promise<FileBatch>;
  /** Hands new files to the renderer. */
  send: (arrival: WatchedArrival) => void;
  /** A system notification. */
  notify: (count: number) => void;
  /** Waits before a scan after a change (a file being copied is still growing). */
  settleMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

type Stored = { folder: string | null; seen: string[] };

const SETTLE_MS = 1500;
// The seen list is pruned to the files still in the folder, and capped.
const MAX_SEEN = 20_000;

function keyOf(entry: Entry): string {
  return `${entry.name}|${entry.size}|${Math.round(entry.mtimeMs)}`;
}

export class WatchedFolder {
  private folder: string | null = null;
  private seen = new Set<string>();
  /** Sent and not yet acknowledged: not sent again in this run. */
  private pending = new Set<string>();
  private watcher: { close: () => void } | null = null;
  private timer: unknown = null;
  private scanning: Promise<void> = Promise.resolve();

  constructor(private readonly deps: WatchedFolderDeps) {}

  state(): WatchedFolderState {
    return { folder: this.folder, watching: this.watcher !== null };
  }

  /** Reads the kept state and, when a folder is set, watches it and imports what arrived meanwhile. */
  async start(): Promise<WatchedFolderState> {
    const text = await this.deps.readText(this.deps.storePath);
    const stored = text === null ? null : parseStored(text);
    if (stored?.folder) {
      this.folder = stored.folder;
      this.seen = new Set(stored.seen);
      this.watchFolder();
      await this.scan();
    }
    return this.state();
  }

  /** Sets (or with null clears) the folder; what is in it now is taken as seen. */
  async setFolder(folder: string | null): Promise<WatchedFolderState> {
    this.stopWatching();
    this.folder = folder;
    this.pending.clear();
    const entries = folder === null ? [] : ((await this.deps.list(folder)) ?? []);
    this.seen = new Set(entries.filter(isCandidate).map(keyOf));
    await this.persist();
    if (folder !== null) this.watchFolder();
    return this.state();
  }

  /** The renderer imported (or refused with a report) these files: they are seen. */
  async acknowledge(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      this.pending.delete(key);
      this.seen.add(key);
    }
    await this.persist();
  }

  stop(): void {
    this.stopWatching();
  }

  /** Looks for new files now (also run after each change, once the folder settles). */
  scan(): Promise<void> {
    this.scanning = this.scanning.then(() => this.scanOnce()).catch((error: unknown) => console.error('watched folder scan failed', error));
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    const folder = this.folder;
    if (folder === null) return;
    const entries = await this.deps.list(folder);
    if (entries === null) return;
    const fresh = entries.filter((entry) => isCandidate(entry) && !this.seen.has(keyOf(entry)) && !this.pending.has(keyOf(entry)));
    if (fresh.length === 0) return;
    const keys = fresh.map(keyOf);
    for (const key of keys) this.pending.add(key);
    const batch = await this.deps.readBatch(fresh.map((entry) => path.join(folder, entry.name)));
    this.deps.send({ batch, keys });
    this.deps.notify(fresh.length);
  }

  private watchFolder(): void {
    const folder = this.folder;
    if (folder === null) return;
    try {
      this.watcher = this.deps.watch(folder, () => this.scheduleScan());
    } catch (error) {
      console.error('cannot watch folder', folder, error);
      this.watcher = null;
    }
  }

  private scheduleScan(): void {
    const setTimer = this.deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    const clearTimer = this.deps.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    if (this.timer !== null) clearTimer(this.timer);
    this.timer = setTimer(() => {
      this.timer = null;
      void this.scan();
    }, this.deps.settleMs ?? SETTLE_MS);
  }

  private stopWatching(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private async persist(): Promise<void> {
    const seen = [...this.seen].slice(-MAX_SEEN);
    await this.deps.writeText(this.deps.storePath, JSON.stringify({ folder: this.folder, seen } satisfies Stored));
  }
}

function isCandidate(entry: Entry): boolean {
  return entry.isFile && !isClutterName(entry.name) && hasExtensionOf('bulletin', entry.name);
}

function parseStored(text: string): Stored | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { folder, seen } = value as Record<string, unknown>;
    return {
      folder: typeof folder === 'string' && folder !== '' ? folder : null,
      seen: Array.isArray(seen) ? seen.filter((key): key is string => typeof key === 'string') : [],
    };
  } catch {
    return null;
  }
}
