// Bytes of a user's file → the text of a bulletin, whatever the format: .txt/.md in
// UTF-8, UTF-16 or GB18030, .docx (mammoth), .pdf (pdf.js, handed in by the platform).
// What a file is comes from its bytes first and its name second; anything unreadable
// is refused with an ExtractError whose message names the file and what to do.
import { readDocx } from './docx/read-docx.ts';
import { ExtractError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { describeSniffed, messages } from './messages.ts';
import { readPdf } from './pdf/read-pdf.ts';
import { readPlainText } from './read-text.ts';
import { extensionOf, sniff, type Sniffed } from './sniff.ts';
import type { ExtractEnv, ExtractedText, ExtractFormat, ExtractInput } from './types.ts';

export type { ExtractEnv, ExtractedText, ExtractFormat, ExtractInput } from './types.ts';
export { ExtractError, isExtractError, type ExtractErrorCode } from './errors.ts';
export { LIMITS } from './limits.ts';

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

function checkSize(name: string, size: number, limit: number): void {
  if (size > limit) throw new ExtractError('too-large', messages.tooLarge(name, size, limit), name);
}

/** Refuses what is clearly not a bulletin document before any decoding. */
function refuseByBytes(name: string, extension: string, sniffed: Sniffed): void {
  const actually = describeSniffed(sniffed);
  if (sniffed.kind === 'zip' && !sniffed.complete && (extension === 'docx' || sniffed.hasWordDocument)) {
    throw new ExtractError('corrupt-docx', messages.truncatedDocx(name), name);
  }
  if (extension === 'pdf' && sniffed.kind !== 'pdf') throw new ExtractError('not-pdf', messages.notPdf(name, actually), name);
  if (extension === 'docx' && !(sniffed.kind === 'zip' && sniffed.hasWordDocument)) {
    throw new ExtractError('not-docx', messages.notDocx(name, actually), name);
  }
  switch (sniffed.kind) {
    case 'ole':
      throw new ExtractError('unsupported', messages.oldOffice(name), name);
    case 'image':
    case 'rtf':
    case 'archive':
      throw new ExtractError('unsupported', messages.unsupported(name, actually ?? ''), name);
    case 'zip':
      if (!sniffed.hasWordDocument) throw new ExtractError('unsupported', messages.unsupported(name, actually ?? ''), name);
      break;
    default:
      break;
  }
}

export async function extractText(file: ExtractInput, env: ExtractEnv): Promise<ExtractedText> {
  const { name, bytes } = file;
  if (bytes.byteLength === 0) throw new ExtractError('empty', messages.empty(name), name);
  const extension = extensionOf(name);
  const sniffed = sniff(bytes);
  refuseByBytes(name, extension, sniffed);

  // A PDF saved as .txt or a .docx named .doc is read for what it is, with a word to the user.
  const renamed = (format: ExtractFormat): string[] =>
    extension === '' || extension === format ? [] : [messages.renamed(name, format.toUpperCase())];

  if (sniffed.kind === 'pdf') {
    checkSize(name, bytes.byteLength, LIMITS.pdfBytes);
    const pdf = await readPdf(name, bytes, env);
    return { text: pdf.text, format: 'pdf', pages: pdf.pages, warnings: [...renamed('pdf'), ...pdf.warnings] };
  }
  if (sniffed.kind === 'zip') {
    checkSize(name, bytes.byteLength, LIMITS.docxBytes);
    const docx = await readDocx(name, bytes);
    return { text: docx.text, format: 'docx', warnings: [...renamed('docx'), ...docx.warnings] };
  }
  checkSize(name, bytes.byteLength, LIMITS.textBytes);
  const plain = readPlainText(name, bytes);
  const format: ExtractFormat = MARKDOWN_EXTENSIONS.has(extension) ? 'md' : 'txt';
  const large = bytes.byteLength > LIMITS.textWarnBytes ? [messages.largeText(name, bytes.byteLength)] : [];
  return { text: plain.text, format, encoding: plain.encoding, warnings: [...large, ...plain.warnings] };
}
