// What extraction tells the user, as data: why a file is refused (ExtractProblem, carried
// by ExtractError) and what the user should know of a file that was read (ExtractWarning).
// The import report (renderer/platform/i18n) and the command line (electron/node/cli/
// strings.ts) word them, naming the file and saying what to do next.
import type { Sniffed } from './sniff.ts';

export type ExtractProblem =
  /** Zero bytes. */
  | { kind: 'empty' }
  /** Only white space. */
  | { kind: 'empty-text' }
  /** Bytes that are neither a known format nor text. */
  | { kind: 'binary' }
  /** Named .pdf, but the bytes are `actually` something else (unknown: null). */
  | { kind: 'not-pdf'; actually: Sniffed }
  | { kind: 'truncated-pdf' }
  | { kind: 'encrypted-pdf' }
  /** pdf.js could not read the structure; `detail` is its message. */
  | { kind: 'corrupt-pdf'; detail: string }
  /** Every page of the PDF failed. */
  | { kind: 'pdf-pages-failed'; pages: number }
  /** A PDF without a text layer (a scan). */
  | { kind: 'no-text'; pages: number }
  | { kind: 'not-docx'; actually: Sniffed }
  | { kind: 'truncated-docx' }
  /** mammoth could not read it: damaged XML, a damaged zip, or else `detail`, its message. */
  | { kind: 'corrupt-docx'; damage: 'xml' | 'zip' | null; detail: string | null }
  /** Bigger than the limit of its format (shared/limits.ts). */
  | { kind: 'too-large'; size: number; limit: number }
  /** An old Excel or PowerPoint file. */
  | { kind: 'old-office' }
  | { kind: 'encrypted-doc' }
  | { kind: 'corrupt-doc'; detail: string }
  | { kind: 'wps' }
  | { kind: 'ofd' }
  /** `detail`: the reader's message, or null when the archive holds no page. */
  | { kind: 'corrupt-mhtml'; detail: string | null }
  | { kind: 'zip-entry-too-large'; part: string; size: number; limit: number }
  | { kind: 'zip-entry-ratio'; part: string; size: number; ratio: number }
  | { kind: 'zip-total-too-large'; size: number; limit: number }
  | { kind: 'unknown-extension'; extension: string }
  /** A recognised format the app does not import (an image, a spreadsheet, an archive). */
  | { kind: 'unsupported'; actually: Sniffed };

export type ExtractWarning =
  /** The extension did not match the content, which was read as `format` (PDF, DOCX, DOC). */
  | { kind: 'renamed'; format: string }
  | { kind: 'replaced-characters'; count: number }
  /** The last character was cut off. */
  | { kind: 'unfinished-end' }
  | { kind: 'large-text'; size: number }
  | { kind: 'pdf-missing-end' }
  | { kind: 'pdf-page-failed'; page: number }
  /** Word content mammoth could not fully convert. */
  | { kind: 'docx-notes'; count: number };
