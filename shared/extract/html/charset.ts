// The character set of a saved page: its BOM, else the <meta charset> (or http-equiv
// Content-Type) in the first bytes, as a browser reads it; GBK and GB2312 pages are
// read as GB18030, their superset. Without a declaration the bytes decide (decodeText).
import { textDecoder } from '../../platform.ts';
import { decodeText } from '../../text/decode.ts';

// Browsers look for the declaration in the first 1024 bytes; saved pages sometimes put
// long comments first, so a little more is read.
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)/i;

const GB_FAMILY = new Set(['gbk', 'gb2312', 'gb_2312-80', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn', 'hz-gb-2312']);

export type DecodedPage = { text: string; encoding: string };

function asciiPrefix(bytes: Uint8Array): string {
  let out = '';
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

export function declaredCharset(bytes: Uint8Array): string | null {
  const m = META_CHARSET.exec(asciiPrefix(bytes));
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function decodePage(bytes: Uint8Array, declared: string | null = declaredCharset(bytes)): DecodedPage {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom && declared !== null) {
    if (GB_FAMILY.has(declared)) return { text: textDecoder('gb18030', false).decode(bytes), encoding: 'gb18030' };
    if (declared === 'utf-8' || declared === 'utf8') return { text: textDecoder('utf-8', false).decode(bytes), encoding: 'utf-8' };
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text.replace(/^\ufeff/, ''), encoding: decoded.encoding };
}
