// .txt / .md → text. Decoding (UTF-8, UTF-16, GB18030) is shared/text/decode.ts; this
// adds the checks an import needs: a file that decodes into control characters or
// replacement characters is binary data, refused rather than stored as mojibake.
import { decodeText, type DecodedText, type TextEncodingName } from '../text/decode.ts';
import { ExtractError } from './errors.ts';
import type { ExtractWarning } from './problems.ts';

export type PlainText = { text: string; encoding: TextEncodingName; warnings: ExtractWarning[] };

/**
 * Above this share of unreadable characters a file is binary, not text with a few bad
 * bytes (a stray control character from an old editor is removed with a warning).
 */
const BINARY_SHARE = 0.01;
const TOLERATED = 2;

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return,
// DEL, C1 controls, and U+FFFD (what a decoder puts for bytes it cannot read).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

function countUnreadable(text: string): number {
  let count = 0;
  UNREADABLE.lastIndex = 0;
  while (UNREADABLE.exec(text) !== null) count++;
  return count;
}

/**
 * How many bytes at the end start a UTF-8 character that the file does not finish
 * (a copy or download cut short), or 0.
 */
function unfinishedUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/**
 * decodeText reads any file that is not valid UTF-8 as GB18030. A UTF-8 file cut in
 * the middle of its last character is not valid UTF-8, but it is not GB18030 either:
 * without its unfinished last bytes it decodes as UTF-8, and that is what it is.
 */
function decodeCutShort(bytes: Uint8Array): { decoded: DecodedText; droppedBytes: number } {
  const decoded = decodeText(bytes);
  const tail = decoded.encoding === 'gb18030' ? unfinishedUtf8Tail(bytes) : 0;
  if (tail > 0) {
    const retried = decodeText(bytes.subarray(0, bytes.length - tail));
    if (retried.encoding === 'utf-8') return { decoded: retried, droppedBytes: tail };
  }
  return { decoded, droppedBytes: 0 };
}

export function readPlainText(name: string, bytes: Uint8Array): PlainText {
  const { decoded: { text: decoded, encoding }, droppedBytes } = decodeCutShort(bytes);
  const text = decoded.replace(/^\ufeff/, '');
  const unreadable = countUnreadable(text);
  if (unreadable > Math.max(TOLERATED, text.length * BINARY_SHARE)) throw new ExtractError('binary', { kind: 'binary' }, name);
  const warnings: ExtractWarning[] = droppedBytes > 0 ? [{ kind: 'unfinished-end' }] : [];
  let clean = text;
  if (unreadable > 0) {
    warnings.push({ kind: 'replaced-characters', count: unreadable });
    clean = text.replace(UNREADABLE, '');
  }
  clean = clean.replace(/\r\n?/g, '\n');
  if (clean.trim() === '') throw new ExtractError('empty', { kind: 'empty-text' }, name);
  return { text: clean, encoding, warnings };
}
