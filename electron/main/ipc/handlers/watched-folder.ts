// 自动导入文件夹's requests: what is watched, choose a folder (dialog), stop watching, and
// the renderer's acknowledgement of files it imported.
import { pickFolder } from '../../dialogs.ts';
import type { WatchedFolder } from '../../watched-folder.ts';
import type { RequestHandlers } from '../register.ts';

type WatchedFolderHandlers = Pick<RequestHandlers, 'getWatchedFolder' | 'chooseWatchedFolder' | 'clearWatchedFolder' | 'ackWatchedFiles'>;

export function createWatchedFolderHandlers(watched: WatchedFolder): WatchedFolderHandlers {
  return {
    getWatchedFolder: () => Promise.resolve(watched.state()),
    chooseWatchedFolder: async (_args, { window }) => {
      const folder = await pickFolder(window);
      return folder === null ? watched.state() : watched.setFolder(folder);
    },
    clearWatchedFolder: () => watched.setFolder(null),
    ackWatchedFiles: async ({ keys }) => {
      await watched.acknowledge(keys);
      return null;
    },
  };
}
