// What files the app reads and writes. One table for the
// Electron main process (dialog filters, folder walks), the preload (dropped files that
// have no path) and the web fallback (<input accept>, downloads), so both platforms
// accept and refuse the same files. How much of them: shared/limits.ts.
import { LIMITS } from '../limits.ts';

/** Files the user opens: bulletins to import, a library backup to restore, a 客户台账 to import. */
export const OPEN_KINDS = ['bulletin', 'backup', 'clientTable'] as const;
export type OpenKind = (typeof OPEN_KINDS)[number];

/** Files the app saves: a Word briefing, a library backup, a calendar of deadlines, a client's 政策清单. */
export const SAVE_KINDS = ['briefing', 'backup', 'calendar', 'policyList'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

export type FileKind = OpenKind | SaveKind;

/** Extensions (lower case, no dot) of each kind of file. The first is the one saved. */
export const FILE_EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  // Bulletins and single notices: text, Word (both formats), PDF, saved web pages. WPS
  // and OFD are taken so that the import report can say how to convert them.
  bulletin: ['txt', 'md', 'docx', 'doc', 'pdf', 'html', 'htm', 'mhtml', 'mht', 'wps', 'ofd'],
  // dexie-export-import writes the library as one JSON document.
  backup: ['json'],
  briefing: ['docx'],
  calendar: ['ics'],
  // .xls is taken so that the import can say to save it as .xlsx.
  clientTable: ['xlsx', 'csv', 'xls'],
  policyList: ['xlsx'],
};

/** MIME types for downloads in the browser and for <input accept>. */
export const FILE_MIME_TYPES: Readonly<Record<SaveKind, string>> = {
  briefing: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  backup: 'application/json',
  calendar: 'text/calendar',
  policyList: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function maxBytesFor(kind: OpenKind): number {
  return kind === 'backup' ? LIMITS.files.maxBackupBytes : LIMITS.files.maxBulletinBytes;
}

/** The lower-case extension of a file name without its dot, or '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function hasExtensionOf(kind: FileKind, name: string): boolean {
  return FILE_EXTENSIONS[kind].includes(extensionOf(name));
}

/** The `accept` attribute of a browser file input for a kind: ".txt,.md,.docx,.pdf". */
export function acceptAttribute(kind: OpenKind): string {
  return FILE_EXTENSIONS[kind].map((extension) => `.${extension}`).join(',');
}

/**
 * Files a folder walk passes over without a word: hidden files, Office lock files
 * (~$报告.docx, left while Word has the file open) and operating-system clutter.
 */
export function isClutterName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|icon\r)$/i.test(name);
}

/** File-name order for listings: 第2期 before 第10期, Chinese names as a Chinese user expects. */
export const compareFileNames: (a: string, b: string) => number = new Intl.Collator('zh-CN', { numeric: true }).compare;

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
// Characters Windows forbids in names, path separators, and every control character.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
const MAX_NAME_LENGTH = 120;

/**
 * A file name that is safe on every platform and ends in the kind's extension:
 * `北京绿源/简报?` → `北京绿源_简报_.docx`. `fallback` is used when nothing is left.
 */
export function safeFileName(suggested: string, kind: SaveKind, fallback: string): string {
  const extension = FILE_EXTENSIONS[kind][0] ?? '';
  let stem = suggested.normalize('NFC').replace(UNSAFE_NAME_CHARACTERS, '_').trim();
  if (extensionOf(stem) === extension) stem = stem.slice(0, -(extension.length + 1));
  // Windows drops trailing dots and spaces, which would change the name under us.
  stem = stem.replace(/[. ]+$/u, '').replace(/^[. ]+/u, '');
  if (stem === '' || /^_+$/.test(stem)) stem = fallback;
  if (RESERVED_WINDOWS_NAMES.test(stem)) stem = `_${stem}`;
  stem = Array.from(stem).slice(0, MAX_NAME_LENGTH).join('');
  return `${stem}.${extension}`;
}
