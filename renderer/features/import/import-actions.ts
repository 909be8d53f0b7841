// The ways files reach the import: the 导入快讯 button (a file dialog), 导入文件夹 (menu),
// and files or folders dropped on the window. Each asks the bridge for a FileBatch and
// hands it to importBatch.
import { getBridge, type DroppedData } from '../../platform/bridge/index.ts';
import type { FileBatch } from '../../../shared/ipc/contract.ts';
import type { LibraryDb } from '../../data/library/index.ts';
import { importBatch } from './import-files.ts';

export async function importFromDialog(db: LibraryDb): Promise<void> {
  await importIfAny(db, await getBridge().openFiles({ kind: 'bulletin' }));
}

export async function importFolderFromDialog(db: LibraryDb): Promise<void> {
  await importIfAny(db, await getBridge().openFolder());
}

/** Call from the drop handler itself: the bridge must capture the drop before it returns. */
export function importDropped(db: LibraryDb, data: DroppedData): Promise<void> {
  const reading = getBridge().readDropped(data);
  return reading.then(async (batch) => {
    await importBatch(db, batch);
  });
}

async function importIfAny(db: LibraryDb, batch: FileBatch | null): Promise<void> {
  if (batch) await importBatch(db, batch);
}
