// The contract of file extraction: bytes in, bulletin text out. pdf.js differs per
// platform (legacy build + files on disk in Node, modern build + a worker + served
// files in the browser), so the platform hands it in through ExtractEnv and shared/
// stays free of DOM and Node.
import type { ExtractWarning } from './problems.ts';

export type ExtractFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'html' | 'mhtml' | 'doc';

export type ExtractInput = {
  /** The file name as the user sees it; used for the extension and in messages. */
  name: string;
  bytes: Uint8Array;
};

export type ExtractedText = {
  /** Text in the layout the bulletin parser reads (lines, blank lines between paragraphs, `#` headings). */
  text: string;
  /** What the bytes turned out to be (not necessarily what the extension said). */
  format: ExtractFormat;
  /** Character encoding of a text file. */
  encoding?: string;
  /** Page count of a PDF. */
  pages?: number;
  /** What a web page says about itself: its address and title (the parser's hints). */
  page?: { url: string | null; title: string | null };
  /** A web page's own HTML, decoded (kept so the reader can show the page as it looked). */
  html?: string;
  /** Things the user should know that did not stop the import, as data the UI words. */
  warnings: ExtractWarning[];
};

/** The slice of pdf.js's text-content item that line rebuilding reads. */
export type PdfTextItem = {
  str: string;
  /** [a, b, c, d, e, f]: scale in a/d, position of the baseline start in e/f (PDF units, y up). */
  transform: number[];
  width: number;
  height: number;
  dir?: string;
  hasEOL?: boolean;
};

export type PdfPageLike = {
  /** [x0, y0, x1, y1] of the page in PDF units. */
  view: number[];
  getTextContent: () => Promise<{ items: ReadonlyArray<PdfTextItem | { type: string }> }>;
  cleanup?: () => unknown;
};

export type PdfDocumentLike = {
  numPages: number;
  getPage: (pageNumber: number) => Promise<PdfPageLike>;
  destroy: () => Promise<void>;
};

/** The options of pdf.js `getDocument` that extraction sets. */
export type PdfOpenParams = {
  data: Uint8Array;
  cMapUrl: string;
  cMapPacked: boolean;
  standardFontDataUrl: string;
  /** Never compile fonts with `eval`/`new Function` (CSP, and text needs no glyph programs). */
  isEvalSupported: boolean;
  /** Text only: no @font-face, no system font lookups. */
  disableFontFace: boolean;
  useSystemFonts: boolean;
  /** Decides who fetches cMaps (the pdf.js worker or this thread); set by the env. */
  useWorkerFetch?: boolean;
  /** How this thread loads cMaps and fonts when the worker does not (see ExtractEnv). */
  BinaryDataFactory?: PdfBinaryDataFactoryClass;
  /** pdf.js log level: 0 errors only. */
  verbosity: number;
  stopAtErrors: boolean;
};

export type PdfLoadingTaskLike = {
  promise: Promise<PdfDocumentLike>;
  destroy: () => Promise<void>;
};

/** What extraction needs from the pdfjs-dist module. */
export type PdfjsLike = {
  getDocument: (params: PdfOpenParams) => PdfLoadingTaskLike;
};

/** pdf.js's `BinaryDataFactory` option: built with the folder URLs, asked for one file at a time. */
export type PdfBinaryDataFactoryClass = new (folders: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) => {
  fetch: (request: { kind: 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl'; filename: string }) => Promise<Uint8Array>;
};

export type ExtractEnv = {
  /** Loads (once) and configures pdf.js for this platform: build, worker, fetch. */
  loadPdfjs: () => Promise<PdfjsLike>;
  /** Folder of pdf.js's packed CJK cMaps (*.bcmap), ending in `/`; shipped with the app. */
  cMapUrl: string;
  /** Folder of pdf.js's standard font data, ending in `/`; shipped with the app. */
  standardFontDataUrl: string;
  /** Whether pdf.js's worker fetches cMaps itself rather than this thread. */
  useWorkerFetch?: boolean;
  /** Replaces pdf.js's default loader of cMaps and fonts in this thread (the renderer needs one in a worker). */
  BinaryDataFactory?: PdfBinaryDataFactoryClass;
};
