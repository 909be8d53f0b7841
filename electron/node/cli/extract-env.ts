// ExtractEnv for Node (the command line and tests): pdf.js's legacy build, which runs
// on Node 20 without DOM globals, with its worker code run in this thread, and the CJK
// cMaps and standard fonts read from pdfjs-dist in node_modules. pdf.js reads these
// with fs.readFile, so they are folder paths (with a trailing separator), not URLs.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ExtractEnv, PdfjsLike } from '../../../shared/extract/types.ts';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let pdfjs: Promise<PdfjsLike> | null = null;

export function createNodeExtractEnv(): ExtractEnv {
  return {
    loadPdfjs: () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')),
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
    useWorkerFetch: false,
  };
}
