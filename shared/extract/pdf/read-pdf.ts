// PDF → text with pdf.js (handed in by the platform through ExtractEnv).
import { ExtractError } from '../errors.ts';
import type { ExtractWarning } from '../problems.ts';
import { indexOfAscii } from '../sniff.ts';
import type { ExtractEnv, PdfDocumentLike, PdfTextItem } from '../types.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { layoutText } from './running-text.ts';
import { rebuildLines, type PdfLine } from './page-lines.ts';

export type PdfText = { text: string; pages: number; warnings: ExtractWarning[] };

/** Every complete PDF ends with %%EOF (possibly followed by a little white space or junk). */
const hasEndMarker = (bytes: Uint8Array) => indexOfAscii(bytes, '%%EOF', bytes.length - 2048) >= 0;

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isTextItem = (item: PdfTextItem | { type: string }): item is PdfTextItem => 'str' in item;

async function openDocument(name: string, bytes: Uint8Array, env: ExtractEnv): Promise<PdfDocumentLike> {
  const pdfjs = await env.loadPdfjs();
  // pdf.js transfers (detaches) the buffer it is given, and refuses Node's Buffer:
  // hand it a plain Uint8Array copy, the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: env.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: env.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    ...(env.useWorkerFetch === undefined ? {} : { useWorkerFetch: env.useWorkerFetch }),
    ...(env.BinaryDataFactory === undefined ? {} : { BinaryDataFactory: env.BinaryDataFactory }),
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    switch (errorName(error)) {
      case 'PasswordException':
        throw new ExtractError('encrypted-pdf', { kind: 'encrypted-pdf' }, name, { cause: error });
      case 'InvalidPDFException':
        if (!hasEndMarker(bytes)) throw new ExtractError('truncated-pdf', { kind: 'truncated-pdf' }, name, { cause: error });
        throw new ExtractError('corrupt-pdf', { kind: 'corrupt-pdf', detail: errorMessage(error) }, name, { cause: error });
      default:
        throw new ExtractError('corrupt-pdf', { kind: 'corrupt-pdf', detail: errorMessage(error) }, name, { cause: error });
    }
  }
}

export async function readPdf(name: string, bytes: Uint8Array, env: ExtractEnv): Promise<PdfText> {
  const document = await openDocument(name, bytes, env);
  const warnings: ExtractWarning[] = [];
  if (!hasEndMarker(bytes)) warnings.push({ kind: 'pdf-missing-end' });
  try {
    const pages: PdfLine[][] = [];
    let failed = 0;
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(rebuildLines(content.items.filter(isTextItem), number));
        page.cleanup?.();
      } catch {
        // One broken page should not cost the user the other pages.
        warnings.push({ kind: 'pdf-page-failed', page: number });
        pages.push([]);
        failed++;
      }
    }
    if (failed > 0 && failed === document.numPages) {
      throw new ExtractError('corrupt-pdf', { kind: 'pdf-pages-failed', pages: failed }, name);
    }
    const text = layoutText(dropPageFurniture(pages));
    if (text.trim() === '') {
      throw new ExtractError('no-text', { kind: 'no-text', pages: document.numPages }, name);
    }
    return { text, pages: document.numPages, warnings };
  } finally {
    await document.destroy();
  }
}
