// The unit stream search works on. Text is read as a sequence of units: every Chinese
// character (and any other non-ASCII letter or digit) is one unit; a run of ASCII
// letters and digits (`2016`, `ppp`, `n1146295`) is one unit. Punctuation and white
// space are dropped, so `办法（试行）`, `办法(试行)` and `办法 试行` give the same units
// and Chinese/ASCII punctuation variants never matter. Folding happens here too, per
// character so positions in the original text stay known (for highlights): full-width
// forms and other compatibility characters through NFKC (foldWidth), ASCII case.
//
// Units are integers below 2^25 (UNIT_LIMIT), so two of them and a feature tag fit in
// one exact double (features.ts). This loop reads every character of 50,000 bodies
// when the index is built, so it is written for speed: no closures, no allocation.
import { foldWidth } from '../text/normalize.ts';

/** Units are below this. */
export const UNIT_LIMIT = 2 ** 25;
/** A run of at most 7 digits is the unit DIGITS_BASE + its value: exact, no hashing. */
export const DIGITS_BASE = 2 ** 21;
/** Other ASCII runs are hashed into [WORDS_BASE, UNIT_LIMIT). */
const WORDS_BASE = DIGITS_BASE + 2 ** 24;
const WORDS_SPAN = UNIT_LIMIT - WORDS_BASE;

const SEPARATOR = 1;
const LETTER = 2;
/** NFKC makes several characters of it (①→1 is one; ㈠→(一) is three). */
const FOLD = 3;
const ASCII = 4;
/** NFKC makes it one ASCII letter or digit (ＡＢＣ１２３): read as folded[code]. */
const FOLD_ASCII = 5;
/** NFKC makes it one other letter (a CJK compatibility ideograph): read as folded[code]. */
const FOLD_LETTER = 6;

// Character classes of the Basic Multilingual Plane, filled on first sight of each
// character: a regex test per punctuation mark would cost more than the rest of indexing.
const classes = new Uint8Array(0x10000);
const folded1 = new Uint16Array(0x10000);

function isLetterOrDigit(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function classify(code: number): number {
  let cls: number;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) cls = ASCII;
  else if (code < 0x80) cls = SEPARATOR;
  else if (code >= 0xd800 && code <= 0xdfff) cls = LETTER; // surrogates: decided by the pair
  else {
    const ch = String.fromCharCode(code);
    const folded = foldWidth(ch);
    if (folded === ch) cls = isLetterOrDigit(ch) ? LETTER : SEPARATOR;
    else if (folded.length !== 1) cls = [...folded].some(isLetterOrDigit) ? FOLD : SEPARATOR;
    else if (/^[A-Za-z0-9]$/.test(folded)) cls = FOLD_ASCII;
    else if (isLetterOrDigit(folded)) cls = FOLD_LETTER;
    else cls = SEPARATOR; // full-width punctuation: （，。 and the like
    if (folded.length === 1) folded1[code] = folded.charCodeAt(0);
  }
  classes[code] = cls;
  return cls;
}

/** Units of a text and where each came from: [starts[i], ends[i]) of the text. Reused between calls. */
export class UnitBuffer {
  units = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    const i = this.length++;
    this.units[i] = unit;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Int32Array(size);
    units.set(this.units);
    this.units = units;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}

/** Reads the units of `text` into `out` (cleared first) and returns how many there are. */
export function readUnits(text: string, out: UnitBuffer): number {
  out.length = 0;
  let runStart = -1;
  let runHash = 0;
  let runDigits = 0;
  let runValue = 0;
  let runLetters = false;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    let code = i < length ? text.charCodeAt(i) : 0x20;
    let cls = classes[code] ?? 0;
    if (cls === 0) cls = classify(code);
    let folded: string | null = null;
    if (cls === FOLD_ASCII) {
      // Full-width ＡＢＣ１２３ join the ASCII run they belong to.
      code = folded1[code] ?? code;
      cls = ASCII;
    } else if (cls === FOLD_LETTER) {
      code = folded1[code] ?? code;
      cls = LETTER;
    } else if (cls === FOLD) {
      // Other compatibility forms (①, ㈠, ﬁ) are read as what NFKC makes of them.
      folded = foldWidth(text[i] ?? '');
    }
    if (cls === ASCII) {
      if (code <= 0x5a && code >= 0x41) code += 32;
      if (runStart < 0) {
        runStart = i;
        runHash = 0x811c9dc5;
        runDigits = 0;
        runValue = 0;
        runLetters = false;
      }
      runHash = Math.imul(runHash ^ code, 0x01000193);
      if (code <= 0x39) {
        runDigits += 1;
        if (runDigits <= 7) runValue = runValue * 10 + (code - 0x30);
      } else {
        runLetters = true;
      }
      continue;
    }
    if (runStart >= 0) {
      out.push(!runLetters && runDigits <= 7 ? DIGITS_BASE + runValue : WORDS_BASE + ((runHash >>> 0) % WORDS_SPAN), runStart, i);
      runStart = -1;
    }
    if (cls === SEPARATOR || i === length) continue;
    if (folded !== null) {
      // A compatibility character that NFKC expands: its letters and digits, each alone.
      for (const ch of folded) {
        if (/[\p{L}\p{N}]/u.test(ch)) out.push(/^[A-Za-z0-9]$/.test(ch) ? wordOrDigit(ch) : (ch.codePointAt(0) ?? 0), i, i + 1);
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const point = text.codePointAt(i) ?? code;
      if (point > 0xffff) {
        if (/[\p{L}\p{N}]/u.test(String.fromCodePoint(point))) out.push(point, i, i + 2);
        i += 1;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) continue; // a lone surrogate
    out.push(code, i, i + 1);
  }
  return out.length;
}

function wordOrDigit(ch: string): number {
  const code = ch.toLowerCase().charCodeAt(0);
  if (code <= 0x39) return DIGITS_BASE + (code - 0x30);
  return WORDS_BASE + ((Math.imul(0x811c9dc5 ^ code, 0x01000193) >>> 0) % WORDS_SPAN);
}

const shared = new UnitBuffer();

/** The units of `text`, without positions (a fresh array). */
export function unitsOf(text: string): number[] {
  const n = readUnits(text, shared);
  return Array.from(shared.units.subarray(0, n));
}

/** True when the unit is a Chinese character (where pinyin applies). */
export function isHanUnit(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x20000 && unit < 0x32000);
}

/** True when the unit came from a run of ASCII letters and digits. */
export function isAsciiUnit(unit: number): boolean {
  return unit >= DIGITS_BASE;
}
