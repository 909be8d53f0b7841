// Cutting a query typed without spaces into the words a notice may hold apart:
// 专精特新补助申报截止 → 专精特新 · 补助 · 申报截止, 广东发改委 → 广东 · 发改委. Every word
// of a query is required (or, failing that, most of them), so a run kept whole would
// demand that its words stand side by side in the notice.
//
// Two cutters, one rule: the words the search knows (thesaurus, agency names, place
// names) are cut out where they stand; a general segmenter (jieba, installed by the
// search worker and the command line, see load-segmenter.ts) cuts the rest. Without it,
// the rest stays whole, as before. A one-character piece (省, 市) joins its neighbour, since
// a one-character term is only looked for in titles.
import { placesIn } from '../model/region.ts';
import { wordsIn } from './thesaurus/expand.ts';

/** A general segmenter: a run of text in, its words in order out (joined, they are the run). */
export type Segmenter = (run: string) => string[];

let general: Segmenter | null = null;

/** Installs the general segmenter (null: only the known words cut). */
export function installSegmenter(segmenter: Segmenter | null): void {
  general = segmenter;
}

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

/** The pieces of `run`: its known words, and what lies between them cut by the general segmenter. */
function cutRun(run: string): string[] {
  const pieces: string[] = [];
  const rest = (text: string): void => {
    if (text.length === 0) return;
    pieces.push(...(general && text.length >= 2 ? general(text) : [text]));
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

/** The words of one query term: itself when it is short or not all Chinese characters. */
export function segmentTerm(term: string): string[] {
  if (term.length < MIN_CUT_LENGTH || !HAN_RUN.test(term)) return [term];
  const pieces = cutRun(term);
  return pieces.length > 1 ? pieces : [term];
}
