// .txt / .md → text. Decoding (UTF-8, UTF-16, GB18030) is shared/text/decode.ts; this
// adds the checks an import needs: a file that decodes into control characters or
// replacement characters is binary data, refused rather than stored as mojibake.
import { decodeText, type TextEncodingName } from '../text/decode.ts';
import { ExtractError } from './errors.ts';
import { messages } from './messages.ts';

export type PlainText = { text: string; encoding: TextEncodingName; warnings: string[] };

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

export function readPlainText(name: string, bytes: Uint8Array): PlainText {
  const { text: decoded, encoding } = decodeText(bytes);
  const text = decoded.replace(/^\ufeff/, '');
  const unreadable = countUnreadable(text);
  if (unreadable > Math.max(TOLERATED, text.length * BINARY_SHARE)) throw new ExtractError('binary', messages.binary(name), name);
  const warnings: string[] = [];
  let clean = text;
  if (unreadable > 0) {
    warnings.push(messages.replacedCharacters(name, unreadable));
    clean = text.replace(UNREADABLE, '');
  }
  clean = clean.replace(/\r\n?/g, '\n');
  if (clean.trim() === '') throw new ExtractError('empty', messages.emptyText(name), name);
  return { text: clean, encoding, warnings };
}
