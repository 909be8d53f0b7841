// The pdf.js environment of the import worker. It will be the renderer's
// (renderer/extract/extract-env.ts, from the extraction area) once that lands; until
// then a PDF in the app is refused with this message, while .txt, .md and .docx import.
import type { ExtractEnv } from '../../shared/extract/types.ts';

export function workerExtractEnv(): ExtractEnv {
  return {
    loadPdfjs: () => Promise.reject(new Error('此版本尚未接入 PDF 读取')),
    cMapUrl: './',
    standardFontDataUrl: './',
  };
}
