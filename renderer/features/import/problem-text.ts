// Why a file was not imported, in the words of the import report. The import itself (and
// its worker) reports problems as data; see renderer/data/import/types.ts.
import type { ImportProblem } from '../../data/import/index.ts';
import { zh } from '../../platform/i18n/index.ts';

/** What to do with a file of a kind the app does not import, by its extension. */
function adviceFor(fileName: string): string {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const advice = zh.importMessages.kindAdvice;
  if (['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic'].includes(extension)) return advice.image;
  if (['xls', 'xlsx', 'csv', 'et', 'ods'].includes(extension)) return advice.sheet;
  if (['ppt', 'pptx', 'dps', 'odp'].includes(extension)) return advice.slides;
  if (['zip', 'rar', '7z', 'gz', 'tar'].includes(extension)) return advice.archive;
  return advice.other;
}

export function importProblemText(fileName: string, problem: ImportProblem): string {
  const words = zh.importMessages;
  switch (problem.code) {
    case 'extract-refused':
      return zh.codes.extractProblem(fileName, problem.problem);
    case 'not-a-notice':
      return words.notANotice(fileName, zh.codes.refusals[problem.refusal]);
    case 'not-a-bulletin':
      return words.notABulletin(fileName, words.notABulletinWhy[problem.why]);
    case 'unreadable':
      return words.unreadable(fileName, problem.detail);
    case 'too-large':
      return words.textTooLarge(fileName, problem.size, problem.limit);
    case 'already-imported':
      return words.alreadyImported(fileName, problem.earlier, problem.importedAt);
    case 'same-bulletin':
      return words.sameBulletin(fileName, problem.earlier, problem.issue, problem.notices);
    case 'storage-full':
      return words.storageFull(fileName);
    case 'save-failed':
      return words.saveFailed(fileName, problem.detail);
    case 'cancelled':
      return words.cancelled(fileName);
    case 'not-read':
      return words.notRead(fileName, zh.importer.skipReasons[problem.reason], problem.reason === 'unsupported' ? adviceFor(fileName) : words.notReadAdvice[problem.reason]);
    case 'not-processed':
      return words.notProcessed(fileName, problem.cause === 'worker-failed' ? words.workerFailed(problem.detail) : words.workerStopped);
  }
}
