// Errors in words, for toasts and error panels. The data layer raises problems as data
// (LibraryError, SearchError: it also runs in workers, which carry no UI strings); this
// is where they become the Chinese the consultant reads. The bridge's errors come worded
// by the main process; shared/extract's are written for the user where they are raised.
import { zh } from '../platform/i18n/index.ts';
import { BridgeError } from '../platform/bridge/index.ts';
import { LibraryError, type LibraryProblem } from '../data/library/index.ts';
import { SearchError, type SearchProblem } from '../data/search/index.ts';

export function libraryProblemText(problem: LibraryProblem): string {
  const words = zh.libraryMessages;
  switch (problem.code) {
    case 'not-found':
      return {
        bulletin: words.bulletinGone,
        client: words.clientGone,
        notice: words.noticeGone,
        'tag-clients': words.tagClientsGone,
        'tag-notices': words.tagNoticesGone,
        tag: words.tagGone,
      }[problem.what];
    case 'invalid-input':
      return problem.what === 'client-name-taken' ? words.clientNameTaken(problem.name) : words.clientNameEmpty;
    case 'backup-not-empty':
      return words.restoreWouldReplace;
    case 'backup-invalid':
      if (problem.what === 'rows') return words.backupEdited(words.backupTables[problem.table] ?? problem.table, problem.id, problem.field);
      return problem.what === 'json' ? words.backupNotJson : words.notABackup;
    case 'backup-other-app':
      return words.backupOfOtherApp;
    case 'backup-newer-version':
      return words.backupFromNewerVersion;
    case 'backup-failed':
      return problem.kept ? words.restoreBrokenKept(problem.detail) : words.restoreBroken(problem.detail);
  }
}

export function searchProblemText(problem: SearchProblem): string {
  const words = zh.searchMessages;
  switch (problem.code) {
    case 'not-open':
      return words.notOpen;
    case 'closed':
      return words.closed;
    case 'worker-failed':
      return words.workerFailed(problem.detail);
    case 'indexer-failed':
      return words.indexerFailed(problem.detail);
    case 'failed':
      return problem.detail;
  }
}

/** The message of anything thrown, in words for the consultant where the app knows it. */
export function messageOf(error: unknown): string {
  if (error instanceof LibraryError) return libraryProblemText(error.problem);
  if (error instanceof SearchError) return searchProblemText(error.problem);
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' ? error : String(error);
}

/** An error for a toast: the app's own in its words, anything else as unexpected. */
export function errorText(error: unknown): string {
  if (error instanceof BridgeError || error instanceof LibraryError || error instanceof SearchError) return messageOf(error);
  return zh.errors.unexpected(messageOf(error));
}
