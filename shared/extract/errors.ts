// Why a file could not be read: a code the import pipeline can branch on, and the problem
// as data (shared/extract/problems.ts) that the UI and the command line word.
import type { ExtractProblem } from './problems.ts';

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
    /** What exactly is wrong, with its figures: the UI and the command line word it. */
    readonly problem: ExtractProblem,
    /** The file name the problem speaks about. */
    readonly fileName: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${problem.kind}`, options);
  }
}

export function isExtractError(error: unknown): error is ExtractError {
  return error instanceof ExtractError;
}
