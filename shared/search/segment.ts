// Cutting a query typed without spaces into the words a notice may hold apart:
// 专精特新补助申报截止 → 专精特新 · 补助 · 申报截止, 广东发改委 → 广东 · 发改委. Every word
// of a query is required, so a run kept whole would demand that its words stand side by
// side in the notice.
//
// The run is cut at the words search knows (thesaurus, agency names) and at place names,
// where they stand; what lies between stays whole (there is no general segmenter yet). A
// one-character piece (省, 市) joins its neighbour, since a one-character term is only
// looked for in titles.
import { placesIn } from '../model/region.ts';
import { docNumberParts } from './doc-number-parts.ts';
import { isKnownWord, wordsIn } from './thesaurus/expand.ts';

/** Runs shorter than this are never cut (技改, 首台套). */
const MIN_CUT_LENGTH = 4;

/** Only runs of Chinese characters are cut: a 文号 or a number stays as typed. */
const HAN_RUN = /^\p{Script=Han}+$/u;

/** The known words of `run` (thesaurus and agency words, place names), with where they start. */
function knownWords(run: string): { at: number; word: string }[] {
  const found = wordsIn(run);
  let from = 0;
  for (const place of placesIn(run)) {
    const at = run.indexOf(place.name, from);
    if (at < 0) continue;
    from = at + place.name.length;
    if (!found.some((w) => at < w.at + w.word.length && w.at < at + place.name.length)) found.push({ at, word: place.name });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The pieces of `run`: its known words, and what lies between them. */
function cutRun(run: string): string[] {
  const pieces: string[] = [];
  const rest = (text: string): void => {
    if (text.length > 0) pieces.push(text);
  };
  let at = 0;
  for (const word of knownWords(run)) {
    rest(run.slice(at, word.at));
    pieces.push(word.word);
    at = word.at + word.word.length;
  }
  rest(run.slice(at));
  return joinSingles(pieces.filter((piece) => piece.length > 0));
}

/** One-character pieces joined to the following piece (or the previous, at the end). */
function joinSingles(pieces: string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    if ([...piece].length === 1 && carry.length === 0) {
      carry = piece;
      continue;
    }
    out.push(carry + piece);
    carry = '';
  }
  if (carry.length > 0) {
    if (out.length > 0) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/** A 文号 or a fragment of one (苏工信中小88号, 工信部联节2016304号): kept whole, read by the 文号 rules. */
export function readsAsDocNumber(term: string): boolean {
  if (docNumberParts(term) !== null || /^\p{Script=Han}+\d+号$/u.test(term)) return true;
  // A code and a number (濮工信80), not a year typed after words (合肥技改补贴2023).
  const number = /^\p{Script=Han}+(\d+)$/u.exec(term)?.[1];
  return number !== undefined && !/^(19|20)\d{2}$/.test(number);
}

/**
 * The words of one query term. Chinese runs of four characters or more are cut; a number
 * or Latin word typed against them stands alone (合肥技改补贴2023 → 合肥 · 技改 · 补贴 ·
 * 2023); a 文号 stays whole.
 */
export function segmentTerm(term: string): string[] {
  if (HAN_RUN.test(term)) {
    if (term.length < MIN_CUT_LENGTH) return [term];
    const pieces = cutRun(term);
    return pieces.length > 1 ? pieces : [term];
  }
  if (readsAsDocNumber(term) || isKnownWord(term)) return [term];
  const runs = term.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [term];
  // Only a term mixing Chinese with a number or a Latin word of its own is cut.
  // (2023年, 第3批 stay whole: one character is not a word of its own.)
  const han = runs.filter((run) => HAN_RUN.test(run));
  if (runs.length < 2 || han.length === 0 || han.some((run) => run.length < 2)) return [term];
  if (runs.some((run) => !HAN_RUN.test(run) && !/^[\p{L}\p{N}]{2,}$/u.test(run))) return [term];
  const pieces = runs.flatMap((run) => (HAN_RUN.test(run) && run.length >= MIN_CUT_LENGTH ? cutRun(run) : [run]));
  return pieces.length > 1 ? pieces : [term];
}
