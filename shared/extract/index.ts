// Bytes of a user's file → the text of a bulletin or notice, whatever the format: .txt/.md
// in UTF-8, UTF-16 or GB18030, .docx (mammoth), .doc (cfb and the piece table), .pdf
// (pdf.js, handed in by the platform), saved web pages .html/.mhtml (Readability).
// What a file is comes from its bytes first and its name second; anything unreadable
// is refused with an ExtractError carrying the problem as data (problems.ts).
import { readDocx } from './docx/read-docx.ts';
import { zipEntries, zipOverLimits } from './docx/zip-entries.ts';
import { ExtractError } from './errors.ts';
import { LIMITS } from '../limits.ts';
import type { ExtractWarning } from './problems.ts';
import { readPdf } from './pdf/read-pdf.ts';
import { readPlainText } from './read-text.ts';
import { extensionOf, looksLikeHtml, looksLikeMhtml, sniff, type Sniffed } from './sniff.ts';
import type { ExtractEnv, ExtractedText, ExtractFormat, ExtractInput } from './types.ts';

export type { ExtractEnv, ExtractedText, ExtractFormat, ExtractInput } from './types.ts';
export { ExtractError, isExtractError, type ExtractErrorCode } from './errors.ts';
export type { ExtractProblem, ExtractWarning } from './problems.ts';

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MHTML_EXTENSIONS = new Set(['mhtml', 'mht']);
// Read as text when the bytes are not a known format. Any other extension (.xyz, .csv,
// .xlsx saved oddly) is refused rather than imported as garbled text; a name without an
// extension (a mail client stripped it) is still read.
const TEXT_EXTENSIONS = new Set(['', 'txt', 'text', ...MARKDOWN_EXTENSIONS]);

function checkSize(name: string, size: number, limit: number): void {
  if (size > limit) throw new ExtractError('too-large', { kind: 'too-large', size, limit }, name);
}

/** Refuses what is clearly not a bulletin document before any decoding. */
function refuseByBytes(name: string, extension: string, sniffed: Sniffed): void {
  if (sniffed.kind === 'zip' && !sniffed.complete && (extension === 'docx' || sniffed.hasWordDocument)) {
    throw new ExtractError('corrupt-docx', { kind: 'truncated-docx' }, name);
  }
  if (extension === 'pdf' && sniffed.kind !== 'pdf') throw new ExtractError('not-pdf', { kind: 'not-pdf', actually: sniffed }, name);
  if (extension === 'docx' && !(sniffed.kind === 'zip' && sniffed.hasWordDocument)) {
    throw new ExtractError('not-docx', { kind: 'not-docx', actually: sniffed }, name);
  }
  // Formats of their own that need converting first, whatever their bytes look like.
  if (extension === 'wps') throw new ExtractError('unsupported', { kind: 'wps' }, name);
  if (extension === 'ofd') throw new ExtractError('unsupported', { kind: 'ofd' }, name);
  switch (sniffed.kind) {
    case 'image':
    case 'rtf':
    case 'archive':
      throw new ExtractError('unsupported', { kind: 'unsupported', actually: sniffed }, name);
    case 'zip':
      if (!sniffed.hasWordDocument) throw new ExtractError('unsupported', { kind: 'unsupported', actually: sniffed }, name);
      break;
    default:
      break;
  }
}

/** Refuses a zip whose parts declare sizes no real document has, before mammoth inflates them. */
function checkZipEntries(name: string, bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const problem = zipOverLimits(entries, LIMITS.zip);
  if (!problem) return;
  if (problem.reason === 'total-size') throw new ExtractError('too-large', { kind: 'zip-total-too-large', size: problem.totalBytes, limit: LIMITS.zip.totalBytes }, name);
  const { entry } = problem;
  if (problem.reason === 'entry-size') throw new ExtractError('too-large', { kind: 'zip-entry-too-large', part: entry.name, size: entry.uncompressedSize, limit: LIMITS.zip.entryBytes }, name);
  const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
  throw new ExtractError('too-large', { kind: 'zip-entry-ratio', part: entry.name, size: entry.uncompressedSize, ratio }, name);
}

// The readers of web pages (linkedom, Readability) and Word 97 files (cfb) load when such
// a file arrives: a PDF or a text import does not pay for them (linkedom alone is ~25 MB).
async function readDoc(name: string, bytes: Uint8Array): Promise<string> {
  const { DocFormatError, readDocText } = await import('./doc/read-doc.ts');
  try {
    return readDocText(bytes);
  } catch (error) {
    if (!(error instanceof DocFormatError)) throw error;
    if (error.reason === 'encrypted') throw new ExtractError('unsupported', { kind: 'encrypted-doc' }, name);
    if (error.reason === 'not-word') throw new ExtractError('unsupported', { kind: 'old-office' }, name);
    throw new ExtractError('corrupt-docx', { kind: 'corrupt-doc', detail: error.message }, name);
  }
}

export async function extractText(file: ExtractInput, env: ExtractEnv): Promise<ExtractedText> {
  const { name, bytes } = file;
  if (bytes.byteLength === 0) throw new ExtractError('empty', { kind: 'empty' }, name);
  const extension = extensionOf(name);
  const sniffed = sniff(bytes);
  refuseByBytes(name, extension, sniffed);

  // A PDF saved as .txt or a .docx named .doc is read for what it is, with a word to the user.
  const renamed = (format: ExtractFormat): ExtractWarning[] =>
    extension === '' || extension === format ? [] : [{ kind: 'renamed', format: format.toUpperCase() }];

  if (sniffed.kind === 'pdf') {
    checkSize(name, bytes.byteLength, LIMITS.extract.pdfBytes);
    const pdf = await readPdf(name, bytes, env);
    return { text: pdf.text, format: 'pdf', pages: pdf.pages, warnings: [...renamed('pdf'), ...pdf.warnings] };
  }
  if (sniffed.kind === 'zip') {
    checkSize(name, bytes.byteLength, LIMITS.extract.docxBytes);
    checkZipEntries(name, bytes);
    const docx = await readDocx(name, bytes);
    return { text: docx.text, format: 'docx', warnings: [...renamed('docx'), ...docx.warnings] };
  }
  if (sniffed.kind === 'ole') {
    checkSize(name, bytes.byteLength, LIMITS.extract.docxBytes);
    return { text: await readDoc(name, bytes), format: 'doc', warnings: renamed('doc') };
  }
  checkSize(name, bytes.byteLength, LIMITS.extract.textBytes);
  if (MHTML_EXTENSIONS.has(extension) || looksLikeMhtml(bytes)) {
    const { readMhtml } = await import('./html/read-mhtml.ts');
    const page = readMhtml(name, bytes);
    return { text: page.text, format: 'mhtml', encoding: page.encoding, page: { url: page.url, title: page.title }, html: page.html, warnings: [] };
  }
  if (HTML_EXTENSIONS.has(extension) || looksLikeHtml(bytes)) {
    const { readHtml } = await import('./html/read-html.ts');
    const page = readHtml(bytes);
    return { text: page.text, format: 'html', encoding: page.encoding, page: { url: page.url, title: page.title }, html: page.html, warnings: [] };
  }
  if (!TEXT_EXTENSIONS.has(extension)) throw new ExtractError('unsupported', { kind: 'unknown-extension', extension }, name);
  const plain = readPlainText(name, bytes);
  const format: ExtractFormat = MARKDOWN_EXTENSIONS.has(extension) ? 'md' : 'txt';
  const large: ExtractWarning[] = bytes.byteLength > LIMITS.extract.textWarnBytes ? [{ kind: 'large-text', size: bytes.byteLength }] : [];
  return { text: plain.text, format, encoding: plain.encoding, warnings: [...large, ...plain.warnings] };
}
