// Why a file could not be read, as a code the import pipeline can branch on and a
// Simplified Chinese message that names the file and says what to do next.

export type ExtractErrorCode =
  /** Zero bytes, or only white space. */
  | 'empty'
  /** Bytes that are neither a known document format nor text. */
  | 'binary'
  /** Named .pdf but the bytes are something else (an image, text, …). */
  | 'not-pdf'
  /** A PDF cut off before its end (interrupted download or copy). */
  | 'truncated-pdf'
  /** A PDF that needs a password to open. */
  | 'encrypted-pdf'
  /** A PDF whose structure pdf.js cannot read. */
  | 'corrupt-pdf'
  /** A PDF without a text layer (a scan). */
  | 'no-text'
  /** Named .docx but not a Word document (not a zip, or a zip without word/document.xml). */
  | 'not-docx'
  /** A .docx that mammoth cannot read (damaged zip or XML). */
  | 'corrupt-docx'
  /** Bigger than the limit for its format. */
  | 'too-large'
  /** A recognised format the app does not import (.doc, images, spreadsheets, …). */
  | 'unsupported';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(
    readonly code: ExtractErrorCode,
    message: string,
    /** The file name the message speaks about. */
    readonly fileName: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isExtractError(error: unknown): error is ExtractError {
  return error instanceof ExtractError;
}
