// Final ranking with Fuse.js, the project's ranking library, over the few dozen best
// candidates only and over their short fields only: Fuse's approximate matching orders
// near-identical titles well (a typo, pinyin, a 文号 printed another way), but over
// 50,000 notices or over bodies it takes seconds per query (see tests/bench/search.ts).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { QueryPlan } from './query.ts';

/** How many of the best-scoring candidates Fuse re-ranks. */
export const RERANK_COUNT = 50;

/** The short fields of one candidate, folded like the query (compactText). */
export type RankRecord = {
  title: string;
  docNumber: string;
  agencies: string[];
  clients: string[];
  /** Commonest pinyin of the title, letters only (lvsezhizao…). */
  pinyin: string;
  /** Its initials (lszz…). */
  initials: string;
};

type RankKey = { name: keyof RankRecord; weight: number };

/**
 * The Fuse options of the project, in one place.
 * - keys: what Fuse compares the query with, and how much each field counts. The title
 *   is what a consultant remembers; the 文号 is typed to find one notice exactly;
 *   agencies and client names/tags narrow; pinyin and initials serve Latin-letter input
 *   (a term typed in Chinese characters is compared with the other keys only: bitap over
 *   100 letters of pinyin costs more than everything else in a query).
 * - ignoreLocation: a term may be anywhere in a title, not near its start.
 * - ignoreFieldNorm: a long title is not less relevant for containing the term.
 * - threshold 0.3: tolerates one wrong character in four, two in seven (bitap error
 *   ratio); every tolerated error is one more bitap pass over each field.
 * - shouldSort false: we combine Fuse's score with the index score ourselves.
 * - includeScore: that score is all we read from Fuse.
 */
export const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'docNumber', weight: 2 },
    { name: 'agencies', weight: 1.5 },
    { name: 'clients', weight: 1 },
    { name: 'pinyin', weight: 1 },
    { name: 'initials', weight: 0.7 },
  ] satisfies RankKey[],
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.3,
  shouldSort: false,
  includeScore: true,
  isCaseSensitive: false,
  minMatchCharLength: 1,
} as const satisfies IFuseOptions<RankRecord>;

const LETTER_ONLY_KEYS: ReadonlySet<string> = new Set(['pinyin', 'initials']);

/** Share of the final score Fuse can add: a perfect short-field match multiplies by 1 + this. */
export const FUSE_WEIGHT = 0.6;

/**
 * Multipliers (1 … 1 + FUSE_WEIGHT) for `records`, from how well each term of the query
 * matches their short fields according to Fuse (terms averaged).
 */
export function fuseFactors(plan: QueryPlan, records: readonly RankRecord[]): Float64Array {
  const similarity = new Float64Array(records.length);
  const terms = plan.terms.filter((term) => term.fuseText.length > 0);
  if (terms.length === 0 || records.length === 0) return similarity.fill(1);
  let hanFuse: Fuse<RankRecord> | null = null;
  let letterFuse: Fuse<RankRecord> | null = null;
  for (const term of terms) {
    let fuse: Fuse<RankRecord>;
    if (/^[a-z]+$/.test(term.fuseText)) {
      fuse = letterFuse ??= new Fuse(records, { ...FUSE_OPTIONS, keys: [...FUSE_OPTIONS.keys] });
    } else {
      fuse = hanFuse ??= new Fuse(records, { ...FUSE_OPTIONS, keys: FUSE_OPTIONS.keys.filter((key) => !LETTER_ONLY_KEYS.has(key.name)) });
    }
    for (const result of fuse.search(term.fuseText)) {
      similarity[result.refIndex] = (similarity[result.refIndex] ?? 0) + (1 - (result.score ?? 1));
    }
  }
  return similarity.map((s) => 1 + (FUSE_WEIGHT * s) / terms.length);
}
