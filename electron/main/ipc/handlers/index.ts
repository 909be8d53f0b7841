// One handler per request of the contract; the type makes a missing one a compile error.
import type { RequestHandlers } from '../register.ts';
import { getAppInfo } from './app-info.ts';
import { openExternal } from './open-external.ts';
import { openFiles } from './open-files.ts';
import { openFolder } from './open-folder.ts';
import { createReadPaths } from './read-paths.ts';
import { createSaveFile } from './save-file.ts';
import { createWatchedFolderHandlers } from './watched-folder.ts';
import type { WatchedFolder } from '../../watched-folder.ts';
import type { DroppedPathGrants } from '../../dropped-paths.ts';
import type { DeadlineReminder } from '../../deadline-reminder.ts';

export function createRequestHandlers(options: {
  documentsDirectory: () => string;
  watchedFolder: WatchedFolder;
  droppedPaths: DroppedPathGrants;
  reminder: DeadlineReminder;
}): RequestHandlers {
  return {
    openFiles,
    openFolder,
    readPaths: createReadPaths(options.droppedPaths),
    saveFile: createSaveFile(options.documentsDirectory),
    openExternal,
    getAppInfo,
    ...createWatchedFolderHandlers(options.watchedFolder),
    remindDeadlines: ({ summary }) => {
      options.reminder.update(summary);
      return Promise.resolve(null);
    },
  };
}
