// ExtractEnv for the renderer (the app in Electron and in a browser), used by the
// import worker. pdf.js is the modern build; its own worker runs as a nested dedicated
// worker handed over as `workerPort` (pdf.js cannot create one itself inside a worker:
// it looks at `window.location`), and cMaps / standard fonts come from the app's own
// files (see the pdfjs-assets plugin in vite.config.ts), never from the network.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { cMapUrl, standardFontDataUrl } from 'virtual:pdfjs-assets';
import type { ExtractEnv, PdfjsLike } from '../../../shared/extract/types.ts';
import { AppBinaryDataFactory } from './binary-data.ts';

let pdfjs: Promise<PdfjsLike> | null = null;

async function loadPdfjs(): Promise<PdfjsLike> {
  const module = await import('pdfjs-dist');
  // One pdf.js worker for the life of this thread; pdf.js reuses it for every document.
  module.GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module', name: 'pdf.js' });
  return module;
}

export function createRendererExtractEnv(): ExtractEnv {
  return {
    loadPdfjs: () => (pdfjs ??= loadPdfjs()),
    cMapUrl,
    standardFontDataUrl,
    // This thread loads them (AppBinaryDataFactory) and passes them to pdf.js's worker.
    useWorkerFetch: false,
    BinaryDataFactory: AppBinaryDataFactory,
  };
}
