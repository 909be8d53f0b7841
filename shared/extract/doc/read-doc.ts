// Word 97–2003 (.doc) → text. The file is an OLE compound document, opened with SheetJS's
// `cfb` (maintained, pure JavaScript, runs in the worker and in Node alike). Its text
// is then read as [MS-DOC] §2.4.1 says: the FIB at the start of the WordDocument
// stream names the table stream (0Table or 1Table) and where its Clx lies; the Clx's
// piece table maps each run of characters to bytes of WordDocument, stored either as
// UTF-16LE or "compressed" as one byte a character. Only the main document's text
// (ccpText characters) is read: headers, footnotes and comments follow it.
import * as CFB from 'cfb';
import { textDecoder } from '../../platform.ts';

export class DocFormatError extends Error {
  constructor(
    message: string,
    readonly reason: 'encrypted' | 'not-word' | 'damaged',
  ) {
    super(message);
  }
}

// [MS-DOC] 2.5.2 FibBase and 2.5.4 FibRgLw97 / 2.5.6 FibRgFcLcb97, fixed offsets.
const W_IDENT = 0x0000;
const FLAGS = 0x000a;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_1 = 0x0200;
const CCP_TEXT = 0x004c;
const FC_CLX = 0x01a2;
const LCB_CLX = 0x01a6;
const WORD_IDENT = 0xa5ec;

function bytesOf(entry: CFB.CFB$Entry | null): Uint8Array | null {
  if (!entry?.content) return null;
  const content = entry.content as unknown;
  return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The piece table: character positions and, per piece, where its bytes are. */
function pieces(table: Uint8Array, fcClx: number, lcbClx: number): { cps: number[]; fcs: number[] } {
  const t = view(table);
  let at = fcClx;
  const end = fcClx + lcbClx;
  // Prc entries (formatting) come first, each 0x01 + a 2-byte size.
  while (at < end && table[at] === 0x01) at += 3 + t.getInt16(at + 1, true);
  if (table[at] !== 0x02) throw new DocFormatError('no piece table', 'damaged');
  const lcb = t.getUint32(at + 1, true);
  const plc = at + 5;
  const count = (lcb - 4) / 12;
  if (!Number.isInteger(count) || count < 1 || plc + lcb > table.length) throw new DocFormatError('bad piece table', 'damaged');
  const cps: number[] = [];
  for (let i = 0; i <= count; i++) cps.push(t.getUint32(plc + i * 4, true));
  const fcs: number[] = [];
  for (let i = 0; i < count; i++) fcs.push(t.getUint32(plc + (count + 1) * 4 + i * 8 + 2, true));
  return { cps, fcs };
}

// Word's control characters in running text ([MS-DOC] 2.8.25 and field characters).
const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';

/** Field codes out, field results kept; cell, row, page and line breaks as line ends. */
function plainText(raw: string): string {
  let out = '';
  // Per open field: whether its result (after the separator) is being read.
  const fields: boolean[] = [];
  for (const ch of raw) {
    if (ch === FIELD_BEGIN) fields.push(false);
    else if (ch === FIELD_SEPARATOR) fields[fields.length - 1] = true;
    else if (ch === FIELD_END) fields.pop();
    else if (fields.length > 0 && fields[fields.length - 1] === false) continue;
    else if (ch === '\r' || ch === '\u000b' || ch === '\u000c') out += '\n';
    else if (ch === '\u0007') out += '\n';
    else if (ch === '\u00a0') out += ' ';
    else if (ch < ' ' && ch !== '\t') continue;
    else out += ch;
  }
  return out;
}

export function readDocText(bytes: Uint8Array): string {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch (error) {
    throw new DocFormatError(error instanceof Error ? error.message : String(error), 'damaged');
  }
  const word = bytesOf(CFB.find(container, 'WordDocument'));
  if (!word || word.length < LCB_CLX + 4) throw new DocFormatError('no WordDocument stream', 'not-word');
  const w = view(word);
  if (w.getUint16(W_IDENT, true) !== WORD_IDENT) throw new DocFormatError('not a Word binary document', 'not-word');
  const flags = w.getUint16(FLAGS, true);
  if ((flags & FLAG_ENCRYPTED) !== 0) throw new DocFormatError('encrypted', 'encrypted');
  const table = bytesOf(CFB.find(container, (flags & FLAG_TABLE_1) !== 0 ? '1Table' : '0Table'));
  if (!table) throw new DocFormatError('no table stream', 'damaged');
  const ccpText = w.getUint32(CCP_TEXT, true);
  const { cps, fcs } = pieces(table, w.getUint32(FC_CLX, true), w.getUint32(LCB_CLX, true));
  const utf16 = textDecoder('utf-16le', false);
  // Compressed pieces are Windows-1252 with a few code points remapped ([MS-DOC] 2.4.1).
  const ansi = textDecoder('windows-1252', false);
  let raw = '';
  for (let i = 0; i < fcs.length; i++) {
    const start = cps[i] ?? 0;
    if (start >= ccpText) break;
    const length = Math.min(cps[i + 1] ?? start, ccpText) - start;
    const fc = fcs[i] ?? 0;
    const compressed = (fc & 0x40000000) !== 0;
    const offset = compressed ? (fc & 0x3fffffff) / 2 : fc & 0x3fffffff;
    const size = compressed ? length : length * 2;
    if (offset + size > word.length) throw new DocFormatError('piece outside the document', 'damaged');
    const slice = word.subarray(offset, offset + size);
    raw += compressed ? ansi.decode(slice) : utf16.decode(slice);
  }
  return plainText(raw);
}
