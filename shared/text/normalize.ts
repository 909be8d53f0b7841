// Text folding shared by the parser, the library (duplicate detection) and search.
// One place, so that "the same 文号" means the same thing everywhere.

/**
 * Full-width ASCII (ＡＢＣ１２３) to half-width, ideographic space to space, and the
 * compatibility forms NFKC folds. Chinese characters are unchanged.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Removes all white space, including the ideographic space (U+3000). */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

// Every bracket a 文号 year is printed in: 〔〕 [] ［］ （） () 【】 ｛｝.
const OPEN_BRACKETS = /[〔［【（([{｛]/g;
const CLOSE_BRACKETS = /[〕］】）)\]}｝]/g;

/**
 * A key under which every printed form of one 文号 is equal:
 * `工信部联节〔2016〕304号`, `工信部联节[2016]304号`, `工信部联节（2016）304 号`
 * all give `工信部联节(2016)304号`.
 */
export function docNumberKey(docNumber: string): string {
  return stripSpaces(foldWidth(docNumber)).replace(OPEN_BRACKETS, '(').replace(CLOSE_BRACKETS, ')');
}

/**
 * A key under which two printings of one title are equal: widths folded, spaces and
 * quotation/bracket style differences removed.
 */
export function titleKey(title: string): string {
  return stripSpaces(foldWidth(title))
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(/[“”"'‘’「」『』]/g, '');
}
