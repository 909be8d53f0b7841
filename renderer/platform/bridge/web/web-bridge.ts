// The bridge in a plain browser (`npm run web`, and the end-to-end tests): file pickers
// and drops read in the page, saving as downloads, links through the same check as the
// desktop app, and keyboard shortcuts in place of the menu.
import { version } from '../../../../package.json';
import { BatchBuilder, readBlobFiles, type FileBatch } from '../../../../shared/ipc/batch.ts';
import { APP_NAME, type OpenExternalResult } from '../../../../shared/ipc/contract.ts';
import { checkExternalUrl } from '../../../../shared/ipc/external-url.ts';
import { acceptAttribute, FILE_MIME_TYPES, safeFileName } from '../../../../shared/ipc/files.ts';
import type { Bridge } from '../types.ts';
import { BridgeError } from '../bridge-error.ts';
import { captureDrop, folderPickFiles, readCapturedDrop, type DroppedFiles } from './dropped-entries.ts';
import { downloadBytes } from './download.ts';
import { detectPlatform } from './detect-platform.ts';
import { pickFiles } from './pick-files.ts';
import { listenForShortcuts } from './shortcut-listener.ts';
import { zh } from '../../i18n/index.ts';

// The name offered when the UI suggests none; the desktop app words it in electron/strings.ts.
const FALLBACK_FILE_NAME = zh.app.name;

async function toBatch(dropped: DroppedFiles): Promise<FileBatch> {
  const batch = await readBlobFiles(dropped.items, new BatchBuilder('bulletin'));
  // A walk cut short still returns what it found before the cap.
  return dropped.truncated ? { ...batch, truncated: true } : batch;
}

export function createWebBridge(): Bridge {
  const platform = detectPlatform();
  return {
    runtime: 'web',

    openFiles: async ({ kind }) => {
      const files = await pickFiles({ accept: acceptAttribute(kind), multiple: kind === 'bulletin' });
      if (files === null) return null;
      return readBlobFiles(
        files.map((file) => ({ file, relativePath: file.name })),
        new BatchBuilder(kind),
      );
    },

    openFolder: async () => {
      const files = await pickFiles({ multiple: true, directory: true });
      return files === null ? null : toBatch(folderPickFiles(files));
    },

    readDropped: (data) => {
      // Synchronously, before the drop handler returns and the browser empties `data`.
      const captured = captureDrop(data);
      return readCapturedDrop(captured).then(toBatch);
    },

    saveFile: ({ kind, suggestedName, bytes }) => {
      const fileName = safeFileName(suggestedName, kind, FALLBACK_FILE_NAME);
      downloadBytes(bytes, fileName, FILE_MIME_TYPES[kind]);
      return Promise.resolve(fileName);
    },

    openExternal: ({ url }): Promise<OpenExternalResult> => {
      const check = checkExternalUrl(url);
      if (!check.ok) return Promise.resolve({ opened: false, reason: check.reason, notified: false });
      if (!check.trusted && !window.confirm(zh.bridge.confirmExternal(check.host, check.url))) return Promise.resolve({ opened: false, reason: 'declined', notified: true });
      window.open(check.url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ opened: true, url: check.url });
    },

    getAppInfo: () => Promise.resolve({ name: APP_NAME, version, platform, runtime: 'web', electronVersion: null }),

    onMenuCommand: (listener) => listenForShortcuts(window, platform === 'darwin', listener),

    // A web page cannot watch a folder: the setting says so, and these never run there.
    getWatchedFolder: () => Promise.resolve({ folder: null, watching: false }),
    chooseWatchedFolder: () => Promise.reject(new BridgeError('internal', zh.bridge.desktopOnly)),
    clearWatchedFolder: () => Promise.resolve({ folder: null, watching: false }),
    ackWatchedFiles: () => Promise.resolve(null),
    // A browser tab has the in-app banner only.
    remindDeadlines: () => Promise.resolve(null),
    onWatchedFiles: () => () => {},
  };
}
