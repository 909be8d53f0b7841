// Runs an import of a batch of picked or dropped files: the import pipeline
// (renderer/data/import) does the work, in its worker; this feeds its progress to the UI
// store and tells the consultant, in words, what happened.
import { zh } from '../../platform/i18n/index.ts';
import type { FileBatch } from '../../../shared/ipc/contract.ts';
import type { LibraryDb } from '../../data/library/index.ts';
import { importFiles, type FileOutcome, type ImportReport } from '../../data/import/index.ts';
import { useImport } from './store.ts';
import { toast, reportError } from '../../core/index.ts';

/** Resolves to false when another import was running and this batch was not taken. */
export async function importBatch(db: LibraryDb, batch: FileBatch, options: { quietWhenBusy?: boolean } = {}): Promise<boolean> {
  const store = useImport.getState();
  if (store.running) {
    if (options.quietWhenBusy !== true) toast('info', zh.importer.busy);
    return false;
  }
  if (batch.truncated) toast('info', zh.importer.truncated);
  if (batch.files.length === 0 && batch.skipped.length === 0) {
    toast('info', zh.importer.nothingToImport);
    return true;
  }
  const controller = new AbortController();
  store.start(
    batch.files.map((file) => file.relativePath),
    () => controller.abort(),
  );
  try {
    const report = withFilesNotRead(
      await importFiles(
        db,
        batch.files.map((file) => ({ name: file.name, bytes: file.bytes })),
        { onProgress: (progress) => useImport.getState().progress(progress), signal: controller.signal },
      ),
      batch,
    );
    useImport.getState().finish(report);
    if (report.failed > 0) toast('error', zh.importer.failedToast(report.failed));
    else if (report.added.files === 0 && report.skipped > 0) toast('info', zh.importer.unchanged(report.skipped));
    else if (report.added.files > 0) {
      const bulletins = report.files.filter((file) => file.status === 'added' && file.reading === null).length;
      toast('success', zh.importer.done(bulletins, report.added.files - bulletins, report.added.notices));
    }
  } catch (error) {
    useImport.getState().fail();
    reportError(error);
  }
  return true;
}

/**
 * The report lists every file the consultant gave, the ones never read too (a scan, a
 * spreadsheet, a file too large), each with what to do about it.
 */
function withFilesNotRead(report: ImportReport, batch: FileBatch): ImportReport {
  const notRead: FileOutcome[] = batch.skipped.map((file) => ({ fileName: file.name, status: 'failed', problem: { code: 'not-read', reason: file.reason } }));
  return { ...report, files: [...report.files, ...notRead], failed: report.failed + notRead.length };
}
