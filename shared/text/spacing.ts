// White space in Chinese text. Conversions and PDF extraction put spaces where the
// printed page had none: around numbers (`2018 年`), between a title's wrapped
// halves, and between the letters of spaced-out names (`财 政 部`). Chinese does not
// separate words with spaces, so these can go; spaces between Latin words stay.
// Each function is one pass over the text that looks at a space's neighbours.

const SPACES = /[\s\u3000]+/g;

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Chinese punctuation: 、。〔〕《》「」 （），：；！？ “” ‘’ — … */
function isCjkPunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2026
  );
}

function isCjk(code: number): boolean {
  return isIdeograph(code) || isCjkPunctuation(code) || (code >= 0x2e80 && code <= 0x30ff) || (code >= 0xff00 && code <= 0xffef);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Length of the run of digits ending at `end` (inclusive) or starting at `start`. */
function digitsBefore(text: string, end: number): number {
  let n = 0;
  while (end - n >= 0 && isDigit(text.charCodeAt(end - n))) n++;
  return n;
}
function digitsAfter(text: string, start: number): number {
  let n = 0;
  while (start + n < text.length && isDigit(text.charCodeAt(start + n))) n++;
  return n;
}

/** Rebuilds `text` (single-spaced) keeping only the spaces `keep` accepts. */
function filterSpaces(text: string, keep: (at: number) => boolean): string {
  if (!text.includes(' ')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (!keep(i)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

/** All runs of white space (including U+3000) become one space; ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** For one-line fields (titles, names): no space next to any Chinese character. */
export function removeCjkSpaces(text: string): string {
  const t = collapseSpaces(text);
  return filterSpaces(t, (i) => !isCjk(t.charCodeAt(i - 1)) && !isCjk(t.charCodeAt(i + 1)));
}

/**
 * For running text: spaces next to Chinese punctuation go, and between Chinese and a
 * short number (`2018 年`, `5 万元`); spaced-out letters close up (`总 则` → `总则`,
 * `财 政 部` → `财政部`). A space between two Chinese words stays (`赵波静 电话`), and
 * so do spaces around a phone number (`刘鑫 57587755`) or a Latin word (`提交 WORD 版本`).
 */
export function tidySpaces(text: string): string {
  const t = collapseSpaces(text);
  return filterSpaces(t, (i) => {
    const a = t.charCodeAt(i - 1);
    const b = t.charCodeAt(i + 1);
    if (isCjkPunctuation(a) || isCjkPunctuation(b)) return false;
    if (isIdeograph(a) && isIdeograph(b)) {
      // Single letters on both sides: 财 政 部.
      return isIdeograph(t.charCodeAt(i - 2)) || isIdeograph(t.charCodeAt(i + 2));
    }
    if (isIdeograph(a) && isDigit(b)) return digitsAfter(t, i + 1) > 4;
    if (isIdeograph(b) && a === 0x25 /* % */) return false;
    if (isIdeograph(b) && isDigit(a)) return digitsBefore(t, i - 1) > 4;
    return true;
  });
}

/** Printed width in character cells: Chinese characters 1, Latin letters and digits ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    width += code < 0x1100 ? 0.5 : 1;
  }
  return width;
}
