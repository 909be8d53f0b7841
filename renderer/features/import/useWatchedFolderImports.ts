// Files that arrived in the watched folder (Electron's main process sends them) go
// through the same import as picked files, with the usual report; once imported, main
// is told which they were, so that it does not send them again. While another import
// runs, the arrival waits its turn.
import { useEffect } from 'react';
import type { WatchedArrival } from '../../../shared/ipc/contract.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { reportError, toast, useLibrary } from '../../core/index.ts';
import type { LibraryDb } from '../../data/library/index.ts';
import { importBatch } from './import-files.ts';

const RETRY_MS = 2000;

export async function importArrival(db: LibraryDb, arrival: WatchedArrival, wait = (ms: number) => new Promise((done) => setTimeout(done, ms))): Promise<void> {
  toast('info', zh.settings.watchedFolder.arrived(arrival.batch.files.length));
  while (!(await importBatch(db, arrival.batch, { quietWhenBusy: true }))) await wait(RETRY_MS);
  await getBridge().ackWatchedFiles({ keys: arrival.keys });
}

export function useWatchedFolderImports(): void {
  const db = useLibrary();
  useEffect(() => {
    // One arrival after the other, in the order main sent them.
    let queue = Promise.resolve();
    return getBridge().onWatchedFiles((arrival) => {
      queue = queue.then(() => importArrival(db, arrival)).catch(reportError);
    });
  }, [db]);
}
