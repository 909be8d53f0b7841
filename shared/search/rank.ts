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
 *   agencies and client names/qualifications narrow; pinyin and initials serve Latin-letter input
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

/** The fields of a record a term is compared with. */
function fieldsOf(record: RankRecord, letters: boolean): string[] {
  const fields = [record.title, record.docNumber, ...record.agencies, ...record.clients];
  if (letters) fields.push(record.pinyin, record.initials);
  return fields;
}

/** Most errors Fuse tolerates in a pattern of `length` characters (its bitap error ratio). */
function toleratedErrors(length: number): number {
  return Math.floor(FUSE_OPTIONS.threshold * length + 1e-9);
}

/**
 * Multipliers (1 … 1 + FUSE_WEIGHT) for `records`, from how well each term of the query
 * matches their short fields according to Fuse (terms averaged).
 *
 * Fuse is asked only where its answer is not known beforehand: a record holding the term
 * exactly is a perfect match (Fuse scores it 0); a term too short for Fuse to tolerate an
 * error, or a record without any two adjacent characters of the term (every match within
 * Fuse's error ratio keeps one such pair), cannot match. Fuse scores the rest — typos,
 * partial and other forms — which is where its approximate matching matters.
 */
export function fuseFactors(plan: QueryPlan, records: readonly RankRecord[]): Float64Array {
  const similarity = new Float64Array(records.length);
  const terms = plan.terms.filter((term) => term.fuseText.length > 0);
  if (terms.length === 0 || records.length === 0) return similarity.fill(1);
  for (const term of terms) {
    const text = term.fuseText;
    const letters = /^[a-z]+$/.test(text);
    const pairs = Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));
    const fuzzy = toleratedErrors(text.length) > 0;
    const rest: number[] = [];
    records.forEach((record, i) => {
      const fields = fieldsOf(record, letters);
      if (fields.some((field) => field.includes(text))) similarity[i] = (similarity[i] ?? 0) + 1;
      else if (fuzzy && fields.some((field) => pairs.some((pair) => field.includes(pair)))) rest.push(i);
    });
    if (rest.length === 0) continue;
    const keys = letters ? [...FUSE_OPTIONS.keys] : FUSE_OPTIONS.keys.filter((key) => !LETTER_ONLY_KEYS.has(key.name));
    const fuse = new Fuse(
      rest.map((i) => records[i] as RankRecord),
      { ...FUSE_OPTIONS, keys },
    );
    for (const result of fuse.search(text)) {
      const i = rest[result.refIndex] ?? 0;
      similarity[i] = (similarity[i] ?? 0) + (1 - (result.score ?? 1));
    }
  }
  return similarity.map((s) => 1 + (FUSE_WEIGHT * s) / terms.length);
}
