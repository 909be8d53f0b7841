// Size limits per format. A bulletin is 30–60 KB of text; these caps only stop files
// that would exhaust memory. A 50 MB text file (a thousand bulletins pasted together)
// is still read: decoding is fast and the caller runs this in a worker. Above the cap
// the file is refused with a message instead of freezing the app.

const MB = 1024 * 1024;

export const LIMITS = {
  /** Plain text: decoded to a JS string (2 bytes a character), then parsed. */
  textBytes: 128 * MB,
  /** Above this a text file is read, with a warning that it is unusually large. */
  textWarnBytes: 5 * MB,
  /** .docx is a zip, unpacked in memory by mammoth; images make them big, text does not. */
  docxBytes: 100 * MB,
  /** pdf.js reads the whole file; scans and embedded fonts make PDFs big. */
  pdfBytes: 200 * MB,
} as const;

/**
 * What the parts of a .docx may declare before anything is inflated (a zip bomb of 1 MB
 * can declare 600 MB). The text of a long bulletin is 1–3 MB of XML; images are stored
 * nearly as they are. XML deflates 5–20 times; 100 times is never reached by real text.
 */
export const ZIP_LIMITS = {
  entryBytes: 64 * MB,
  totalBytes: 256 * MB,
  ratio: 100,
  ratioFrom: 1 * MB,
} as const;
