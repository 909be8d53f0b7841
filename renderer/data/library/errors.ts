// Errors the library raises on purpose carry what went wrong as data (a stable code and
// the facts the user needs), never words: the data layer also runs inside workers, and
// the UI words a problem in one place (renderer/platform/i18n). The error's own message
// is for logs, in English.

export type LibraryProblem =
  | { code: 'not-found'; what: 'bulletin' | 'client' | 'notice' | 'tag-clients' | 'tag-notices' | 'tag' }
  | { code: 'invalid-input'; what: 'client-name-empty' }
  | { code: 'invalid-input'; what: 'client-name-taken'; name: string }
  /** A restore into an empty library found data there. */
  | { code: 'backup-not-empty' }
  /** Not a backup: not the export format, or not JSON at all. */
  | { code: 'backup-invalid'; what: 'format' | 'json' }
  /** A row that is not as the app writes it (a backup edited by hand): its table, id and field. */
  | { code: 'backup-invalid'; what: 'rows'; table: string; id: string; field: string }
  | { code: 'backup-other-app' }
  | { code: 'backup-newer-version' }
  /** The backup broke while it was read or written; `kept`: the library is as it was. */
  | { code: 'backup-failed'; detail: string; kept: boolean };

export type LibraryErrorCode = LibraryProblem['code'];

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly code: LibraryErrorCode;

  constructor(
    readonly problem: LibraryProblem,
    options?: { cause?: unknown },
  ) {
    super(`library ${Object.values(problem).join(' ')}`, options);
    this.code = problem.code;
  }
}
