// Turns the bytes of a text file into a string. Bulletins arrive as UTF-8 (with or
// without a byte-order mark), as UTF-16 with a BOM (Word's "Unicode text"), or as
// GB18030/GBK from older Windows tools; GB18030 is the fallback whenever the bytes
// are not valid UTF-8, because every byte sequence is meaningful in it.

import { textDecoder, type TextDecoderLike } from '../platform.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = { text: string; encoding: TextEncodingName };

function decoder(label: TextEncodingName, fatal: boolean): TextDecoderLike {
  return textDecoder(label, fatal);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 text without a BOM (some Windows tools save "Unicode" that way). UTF-8 and
 * GB18030 text never contains NUL bytes, UTF-16 does: every ASCII character has a
 * zero high byte. Chinese characters put zeros in the other lane too (一 is U+4E00),
 * so neither lane is zero-free; what tells the byte order is which lane holds most of
 * the zeros, and the guess must then decode to plausible text.
 */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 65536);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (evenZeros + oddZeros < pairs * 0.01) return null;
  const guess: TextEncodingName | null = oddZeros >= 3 * evenZeros ? 'utf-16le' : evenZeros >= 3 * oddZeros ? 'utf-16be' : null;
  if (!guess) return null;
  return plausibleShare(decoder(guess, false).decode(bytes.subarray(0, sample))) >= 0.9 ? guess : null;
}

// Characters a bulletin is made of: CJK ideographs and punctuation, full-width forms,
// printable ASCII and ordinary white space.
const PLAUSIBLE = /[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2010-\u2027\u0020-\u007e\t\r\n]/u;

function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let plausible = 0;
  for (const char of text) if (PLAUSIBLE.test(char)) plausible++;
  return plausible / [...text].length;
}

/** Decodes file bytes, reporting which encoding was used. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decoder('utf-8', false).decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decoder('utf-16le', false).decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decoder('utf-16be', false).decode(bytes), encoding: 'utf-16be' };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decoder(utf16, false).decode(bytes), encoding: utf16 };
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decoder('gb18030', false).decode(bytes), encoding: 'gb18030' };
  }
}
