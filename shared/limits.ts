// Every size limit of the app, in one table: what one pick, drop or folder may bring in
// (files), how big a file of each format may be before extraction refuses it (extract,
// zip), and what the import refuses before reading (import). The main process, the
// preload, the web fallback, the import and the command line all read them from here,
// so they accept and refuse the same files.

const MiB = 1024 * 1024;

export const LIMITS = {
  /**
   * Caps that keep one careless pick (a home folder, a 4 GB scan) from exhausting memory:
   * every picked file's bytes are held at once while they cross to the renderer.
   */
  files: {
    /** A bulletin bigger than this is reported as too large and not read. */
    maxBulletinBytes: 100 * MiB,
    /** A backup of 50,000 notices is a few hundred MB of JSON. */
    maxBackupBytes: 1024 * MiB,
    /** The most files one pick, folder or drop returns; the rest are left (truncated). */
    maxFilesPerBatch: 2000,
    /** The most bytes one batch returns; the rest are left (truncated). */
    maxBatchBytes: 1024 * MiB,
    /** Folder walks stop after visiting this many entries (someone dropped a whole disk). */
    maxWalkEntries: 50_000,
    /** Folder walks go no deeper than this. */
    maxWalkDepth: 16,
    /** The most skipped files listed by name in one batch. */
    maxSkippedListed: 500,
    /** The largest document the app saves (a backup). */
    maxSaveBytes: 2048 * MiB,
  },
  /**
   * Size limits per format. A bulletin is 30–60 KB of text; these caps only stop files
   * that would exhaust memory. A 50 MB text file (a thousand bulletins pasted together)
   * is still read: decoding is fast and the caller runs this in a worker. Above the cap
   * the file is refused with a message instead of freezing the app.
   */
  extract: {
    /** Plain text: decoded to a JS string (2 bytes a character), then parsed. */
    textBytes: 128 * MiB,
    /** Above this a text file is read, with a warning that it is unusually large. */
    textWarnBytes: 5 * MiB,
    /** .docx is a zip, unpacked in memory by mammoth; images make them big, text does not. */
    docxBytes: 100 * MiB,
    /** pdf.js reads the whole file; scans and embedded fonts make PDFs big. */
    pdfBytes: 200 * MiB,
  },
  /**
   * What the parts of a .docx may declare before anything is inflated (a zip bomb of 1 MB
   * can declare 600 MB). The text of a long bulletin is 1–3 MB of XML; images are stored
   * nearly as they are. XML deflates 5–20 times; 100 times is never reached by real text.
   */
  zip: {
    entryBytes: 64 * MiB,
    totalBytes: 256 * MiB,
    ratio: 100,
    ratioFrom: 1 * MiB,
  },
  /** What the app's import refuses before reading a file. */
  import: {
    /**
     * A text file larger than this is refused before it is read: a bulletin is 30–60 KB of
     * text, and parsing tens of MB as one bulletin would take minutes and yield nonsense.
     * (.docx and .pdf are bigger for their images; extraction caps those.)
     */
    textBytes: 20 * MiB,
  },
} as const;

/** The file caps as plain numbers, for code (and tests) that take smaller ones. */
export type FileLimits = { readonly [K in keyof typeof LIMITS.files]: number };
