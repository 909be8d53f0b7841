// What a file really is, from its first bytes (magic numbers), whatever its name says.
// Users rename files, mail clients strip extensions, and a PNG saved as .pdf must be
// told apart from a damaged PDF.

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'zip'; hasWordDocument: boolean; complete: boolean; hint: 'xlsx' | 'pptx' | 'odf' | null }
  | { kind: 'ole' }
  | { kind: 'image'; type: 'PNG' | 'JPEG' | 'GIF' | 'BMP' | 'TIFF' | 'WebP' }
  | { kind: 'rtf' }
  | { kind: 'archive'; type: 'gzip' | '7z' | 'rar' }
  | { kind: 'unknown' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Index of an ASCII string inside bytes, or -1 (file names in a zip are stored uncompressed). */
export function indexOfAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): number {
  const needle = ascii(text);
  const first = needle[0];
  const end = Math.min(to, bytes.length) - needle.length;
  for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] === first && startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

/** The PDF header may follow some junk, but must be within the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

export function sniff(bytes: Uint8Array): Sniffed {
  if (indexOfAscii(bytes, '%PDF-', 0, PDF_HEADER_WINDOW) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const has = (name: string) => indexOfAscii(bytes, name) >= 0;
    const hint = has('xl/workbook.xml') ? 'xlsx' : has('ppt/presentation.xml') ? 'pptx' : has('mimetypeapplication/vnd.oasis') ? 'odf' : null;
    // A zip ends with its central directory (PK 05 06, then at most a 64 KB comment);
    // without it the file was cut off.
    const complete = indexOfAscii(bytes, 'PK\u0005\u0006', bytes.length - 22 - 0xffff) >= 0;
    return { kind: 'zip', hasWordDocument: has('word/document.xml'), complete, hint };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', type: 'PNG' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', type: 'JPEG' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { kind: 'image', type: 'GIF' };
  if (startsWith(bytes, ascii('BM')) && bytes.length > 26 && bytes[14] !== undefined && [12, 40, 52, 56, 64, 108, 124].includes(bytes[14])) {
    return { kind: 'image', type: 'BMP' };
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'image', type: 'TIFF' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'image', type: 'WebP' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { kind: 'rtf' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'archive', type: 'gzip' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: 'archive', type: '7z' };
  if (startsWith(bytes, ascii('Rar!'))) return { kind: 'archive', type: 'rar' };
  return { kind: 'unknown' };
}

/** Lower-case extension without the dot ('' when the name has none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The first characters of a file as ASCII, BOM and leading white space skipped, lower case. */
function leadingAscii(bytes: Uint8Array, length: number): string {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  let out = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out.toLowerCase();
}

/** A web page saved with another extension (or none): it starts with markup. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = leadingAscii(bytes, 64);
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s)/.test(head) || (head.startsWith('<?xml') && leadingAscii(bytes, 512).includes('<html'));
}

/** A web archive (MIME, multipart/related) saved with another extension. */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = leadingAscii(bytes, 2048);
  return /^(?:from|mime-version|subject|date|snapshot-content-location|content-type)\s*:/.test(head) && head.includes('multipart/related');
}
