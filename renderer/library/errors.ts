// Errors the library raises on purpose carry a stable code (for the UI and tests) and a
// Chinese message that can be shown to the consultant as it is.

export type LibraryErrorCode =
  | 'backup-not-empty'
  | 'backup-invalid'
  | 'backup-other-app'
  | 'backup-newer-version'
  | 'backup-failed'
  | 'not-found'
  | 'invalid-input';

export class LibraryError extends Error {
  override readonly name = 'LibraryError';

  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
