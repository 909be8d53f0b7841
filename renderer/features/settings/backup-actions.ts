// 备份资料库 and 从备份恢复. A backup is saved through the bridge (a save dialog in the
// desktop app, a download in a browser). A restore into an empty library goes ahead; a
// library with data is replaced only after the consultant confirms (RestoreDialog).
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import {
  countBulletins,
  countNotices,
  exportBackup,
  inspectBackup,
  isLibraryEmpty,
  restoreBackup,
  type LibraryDb,
} from '../../data/library/index.ts';
import { todayIso } from '../../ui/index.ts';
import { useBackup, type PendingRestore } from './store.ts';
import { toast, reportError } from '../../core/index.ts';

export async function backupLibrary(db: LibraryDb): Promise<void> {
  const store = useBackup.getState();
  if (store.busy) return;
  store.setBusy('backup');
  try {
    const blob = await exportBackup(db);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const bridge = getBridge();
    const saved = await bridge.saveFile({ kind: 'backup', suggestedName: zh.settings.backup.fileName(todayIso()), bytes });
    if (saved !== null) toast('success', bridge.runtime === 'web' ? zh.settings.backup.downloaded : zh.settings.backup.done(saved));
  } catch (error) {
    reportError(error);
  } finally {
    useBackup.getState().setBusy(null);
  }
}

/** Picks a backup file; restores at once into an empty library, else asks first. */
export async function startRestore(db: LibraryDb): Promise<void> {
  if (useBackup.getState().busy) return;
  try {
    const batch = await getBridge().openFiles({ kind: 'backup' });
    const file = batch?.files[0];
    if (!batch || !file) {
      if (batch && batch.skippedCount > 0) toast('error', zh.settings.backup.notABackup);
      return;
    }
    const blob = new Blob([file.bytes as BlobPart], { type: 'application/json' });
    const info = await inspectBackup(blob);
    if (await isLibraryEmpty(db)) {
      await runRestore(db, blob, 'into-empty');
      return;
    }
    const [bulletins, notices] = await Promise.all([countBulletins(db), countNotices(db)]);
    useBackup.getState().ask({ fileName: file.name, blob, info, current: { bulletins, notices } });
  } catch (error) {
    reportError(error);
  }
}

/** The consultant confirmed: replace the library with the backup. */
export async function confirmRestore(db: LibraryDb, pending: PendingRestore): Promise<void> {
  useBackup.getState().dismiss();
  await runRestore(db, pending.blob, 'replace');
}

async function runRestore(db: LibraryDb, blob: Blob, mode: 'into-empty' | 'replace'): Promise<void> {
  useBackup.getState().setBusy('restore');
  try {
    await restoreBackup(db, blob, { mode, onProgress: (progress) => useBackup.getState().setProgress(progress) });
    toast('success', zh.settings.backup.restored);
  } catch (error) {
    reportError(error);
  } finally {
    useBackup.getState().setBusy(null);
    useBackup.getState().setProgress(null);
  }
}
