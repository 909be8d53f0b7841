// The unit stream search works on. Text is read as a sequence of units: every Chinese
// character (and any other non-ASCII letter or digit) is one unit; a run of ASCII
// letters and digits (`2016`, `ppp`, `n1146295`) is one unit. Punctuation and white
// space are dropped, so `办法（试行）`, `办法(试行)` and `办法 试行` give the same units
// and Chinese/ASCII punctuation variants never matter. Folding happens here too, per
// character so positions in the original text stay known (for highlights): full-width
// forms and other compatibility characters through NFKC (foldWidth), ASCII case.
//
// Units are numbers below 2^25 (see UNIT_LIMIT), so two of them fit in one exact
// double together with a feature tag (features.ts).
import { foldWidth } from '../text/normalize.ts';

/** Units are below this. */
export const UNIT_LIMIT = 2 ** 25;
/** A run of at most 7 digits is the unit DIGITS_BASE + its value: exact, no hashing. */
const DIGITS_BASE = 2 ** 21;
/** Other ASCII runs are hashed into [WORDS_BASE, UNIT_LIMIT). */
const WORDS_BASE = DIGITS_BASE + 2 ** 24;
const WORDS_SPAN = UNIT_LIMIT - WORDS_BASE;

const enumClass = { unknown: 0, separator: 1, letter: 2, fold: 3, asciiUpper: 4, asciiLower: 5, digit: 6 } as const;

// Character classes of the Basic Multilingual Plane, filled on first sight of each
// character: a regex test per punctuation mark would cost more than the rest of indexing.
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let cls = classes[code] ?? enumClass.unknown;
  if (cls !== enumClass.unknown) return cls;
  if (code >= 0x30 && code <= 0x39) cls = enumClass.digit;
  else if (code >= 0x61 && code <= 0x7a) cls = enumClass.asciiLower;
  else if (code >= 0x41 && code <= 0x5a) cls = enumClass.asciiUpper;
  else if (code < 0x80) cls = enumClass.separator;
  else if (code >= 0xd800 && code <= 0xdfff) cls = enumClass.letter; // surrogates: decided by the pair
  else {
    const ch = String.fromCharCode(code);
    const folded = foldWidth(ch);
    if (folded !== ch) cls = enumClass.fold;
    else cls = /[\p{L}\p{N}]/u.test(ch) ? enumClass.letter : enumClass.separator;
  }
  classes[code] = cls;
  return cls;
}

/** FNV-1a over the characters of an ASCII run, reduced to the word range. */
function wordUnit(hash: number): number {
  return WORDS_BASE + ((hash >>> 0) % WORDS_SPAN);
}

/**
 * Receives each unit: its value and the range [start, end) of the original text it
 * came from.
 */
export type UnitVisitor = (unit: number, start: number, end: number) => void;

/** Calls `visit` for every unit of `text`, in order. */
export function forEachUnit(text: string, visit: UnitVisitor): void {
  let runStart = -1;
  let runHash = 0;
  let runDigits = 0;
  let runValue = 0;
  let runAllDigits = true;
  const endRun = (end: number): void => {
    if (runStart < 0) return;
    visit(runAllDigits && runDigits <= 7 ? DIGITS_BASE + runValue : wordUnit(runHash), runStart, end);
    runStart = -1;
  };
  const addAscii = (code: number, at: number): void => {
    if (runStart < 0) {
      runStart = at;
      runHash = 0x811c9dc5;
      runDigits = 0;
      runValue = 0;
      runAllDigits = true;
    }
    runHash = Math.imul(runHash ^ code, 0x01000193);
    if (code <= 0x39) {
      runDigits += 1;
      runValue = runDigits <= 7 ? runValue * 10 + (code - 0x30) : runValue;
    } else {
      runAllDigits = false;
    }
  };
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === enumClass.asciiLower || cls === enumClass.digit) {
      addAscii(code, i);
      continue;
    }
    if (cls === enumClass.asciiUpper) {
      addAscii(code + 32, i);
      continue;
    }
    if (cls === enumClass.separator) {
      endRun(i);
      continue;
    }
    if (cls === enumClass.fold) {
      // Full-width ＡＢＣ１２３ join the ASCII run they belong to; other compatibility
      // forms (①, ㈠, ﬁ) are read as what NFKC makes of them.
      const folded = foldWidth(text[i] ?? '');
      for (let k = 0; k < folded.length; k++) {
        const f = folded.charCodeAt(k);
        const fc = classify(f);
        if (fc === enumClass.asciiLower || fc === enumClass.digit) addAscii(f, i);
        else if (fc === enumClass.asciiUpper) addAscii(f + 32, i);
        else if (fc === enumClass.letter) {
          endRun(i);
          visit(f, i, i + 1);
        } else endRun(i);
      }
      continue;
    }
    // A letter outside ASCII: one unit of its own (Chinese characters, mostly).
    endRun(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const point = text.codePointAt(i) ?? code;
      if (point > 0xffff) {
        if (/[\p{L}\p{N}]/u.test(String.fromCodePoint(point))) visit(point, i, i + 2);
        i += 1;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) continue; // a lone surrogate
    visit(code, i, i + 1);
  }
  endRun(length);
}

/** The units of `text`, without positions. */
export function unitsOf(text: string): number[] {
  const units: number[] = [];
  forEachUnit(text, (unit) => units.push(unit));
  return units;
}

/** True when the unit is a Chinese character (where pinyin applies). */
export function isHanUnit(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x20000 && unit < 0x32000);
}

/** True when the unit came from a run of ASCII letters and digits. */
export function isAsciiUnit(unit: number): boolean {
  return unit >= DIGITS_BASE;
}
