// The watched folder with the real disk, fs.watch, the system notification and the
// window to send files to. Kept apart from watched-folder.ts, which the tests drive.
import { watch } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Notification, type BrowserWindow } from 'electron';
import { WATCHED_FILES_CHANNEL } from '../../shared/ipc/contract.ts';
import { readPathsToBatch } from '../node/files/read-batch.ts';
import { strings } from './strings.ts';
import { WatchedFolder } from './watched-folder.ts';

export const WATCHED_FOLDER_FILE = 'watched-folder.json';

export function createWatchedFolder(userData: string, window: () => BrowserWindow | null): WatchedFolder {
  return new WatchedFolder({
    storePath: path.join(userData, WATCHED_FOLDER_FILE),
    readText: (file) => readFile(file, 'utf8').catch(() => null),
    writeText: async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    },
    list: async (folder) => {
      try {
        const names = await readdir(folder);
        return await Promise.all(
          names.map(async (name) => {
            const info = await stat(path.join(folder, name)).catch(() => null);
            return { name, isFile: info?.isFile() ?? false, size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0 };
          }),
        );
      } catch {
        return null;
      }
    },
    watch: (folder, onChange) => watch(folder, { persistent: false }, onChange),
    readBatch: (paths) => readPathsToBatch(paths, 'bulletin'),
    send: (arrival) => {
      const target = window();
      if (target !== null && !target.isDestroyed()) target.webContents.send(WATCHED_FILES_CHANNEL, arrival);
    },
    notify: (count) => {
      if (Notification.isSupported()) new Notification({ title: strings.watchedFolder.title, body: strings.watchedFolder.arrived(count) }).show();
    },
  });
}
