// Reading a query: terms (all required), and for each term the ways it can match — its
// characters as typed, the same in simplified characters, and for plain letters full
// pinyin and pinyin initials. Each way is a "variant": a list of index features, of
// which the primary ones decide whether the term is present and the bonus ones only
// add evidence. Pure: no index needed, so a plan is made once per query.
import { docNumberKey } from '../text/normalize.ts';
import { docNumberQueryKey } from './doc-number-parts.ts';
import { initialsPayload, pairKey, pairPayload, singleKey, syllablePairPayload, Tag } from './features.ts';
import { toSimplified, splitTerms } from './fold-query.ts';
import { initialsOf, isWholePinyin, splitPinyin } from './pinyin.ts';
import { isAsciiUnit, unitsOf } from './text-units.ts';

/** One index lookup of a feature: the key, and whether it lies in a short field. */
export type Lookup = { key: number; short: boolean };

export type QueryFeature = {
  bit: number;
  lookups: Lookup[];
};

export type VariantKind = 'text' | 'pinyin' | 'initials';

export type Variant = {
  kind: VariantKind;
  /** Units (text), syllable ids (pinyin) or letters 0..25 (initials). */
  units: number[];
  features: QueryFeature[];
  /** Bits of the features that decide presence. */
  primaryMask: number;
  /** Bits of the features that only add evidence (skip-bigrams). */
  bonusMask: number;
  /** Bits of features that count like primary ones when found but are not required (a number still being typed). */
  optionalMask: number;
  /** Missing primary features tolerated: one wrong or missing character in 4+ units. */
  tolerance: number;
  /**
   * Primary features that must be present even when others may miss: those with a
   * number or Latin word in them (2018 for 2019 is another year, not a typo).
   */
  hardMask: number;
};

export type Term = {
  /** As typed, folded. */
  text: string;
  /** What Fuse compares with the short fields. */
  fuseText: string;
  variants: Variant[];
  /** Exact-map keys when the term reads as a 文号 on its own. */
  docNumberKeys: string[];
};

export type QueryPlan = {
  query: string;
  terms: Term[];
  /** Exact-map keys when the whole query reads as a 文号 (with spaces inside). */
  docNumberKeys: string[];
  /** Payloads the highlighter marks. */
  highlight: {
    /** Units that begin one of the text payloads below: a cheap test before the others. */
    leads: Set<number>;
    bigrams: Set<number>;
    skips: Set<number>;
    unigrams: Set<number>;
    pinyinBigrams: Set<number>;
    pinyinUnigrams: Set<number>;
    initials: Set<number>;
  };
};

/**
 * Longest term in units: 16 bigrams and 15 skip-bigrams fit the 32 bits of a match mask.
 * A longer run (a pasted sentence) is cut into several terms, each required.
 */
export const MAX_TERM_UNITS = 17;
const MAX_TERMS = 8;

/** Missing primary features a term of `units` units tolerates. */
export function toleranceFor(units: number): number {
  if (units < 4) return 0;
  // A wrong character breaks the two bigrams it belongs to; longer terms allow a little more.
  return units < 8 ? 2 : Math.floor((units - 1) / 3);
}

/**
 * `openEnd`: the query ends in the middle of a number or word being typed (`计划（2`): the
 * last unit is probably a prefix of what the text has (2018), so the bigram ending in it
 * only adds evidence instead of being required.
 */
function textVariant(units: number[], openEnd = false): Variant {
  const features: QueryFeature[] = [];
  let primaryMask = 0;
  let bonusMask = 0;
  let hardMask = 0;
  const n = units.length;
  if (n === 1) {
    const u = units[0] ?? 0;
    const lookups: Lookup[] = [{ key: singleKey(Tag.shortUnigram, u), short: true }];
    if (isAsciiUnit(u)) lookups.push({ key: singleKey(Tag.bodyAsciiUnigram, u), short: false });
    features.push({ bit: 0, lookups });
    primaryMask = 1;
  } else {
    for (let i = 0; i + 1 < n; i++) {
      const a = units[i] ?? 0;
      const b = units[i + 1] ?? 0;
      features.push({
        bit: i,
        lookups: [
          { key: pairKey(Tag.shortBigram, a, b), short: true },
          { key: pairKey(Tag.bodyBigram, a, b), short: false },
        ],
      });
      primaryMask |= 1 << i;
      if (isAsciiUnit(a) || isAsciiUnit(b)) hardMask |= 1 << i;
    }
    if (n >= 4) {
      for (let i = 0; i + 2 < n; i++) {
        const bit = 16 + i;
        features.push({ bit, lookups: [{ key: pairKey(Tag.shortSkip, units[i] ?? 0, units[i + 2] ?? 0), short: true }] });
        bonusMask |= 1 << bit;
      }
    }
  }
  let tolerance = toleranceFor(n);
  let optionalMask = 0;
  if (openEnd && n >= 2 && isAsciiUnit(units[n - 1] ?? 0)) {
    optionalMask = 1 << (n - 2);
    primaryMask &= ~optionalMask;
    hardMask &= ~optionalMask;
    tolerance = toleranceFor(n - 1);
  }
  return {
    kind: 'text',
    units,
    features,
    primaryMask: primaryMask >>> 0,
    bonusMask: bonusMask >>> 0,
    optionalMask: optionalMask >>> 0,
    tolerance,
    hardMask: hardMask >>> 0,
  };
}

function pinyinVariant(syllables: number[]): Variant {
  const features: QueryFeature[] = [];
  if (syllables.length === 1) {
    features.push({ bit: 0, lookups: [{ key: singleKey(Tag.pinyinUnigram, syllables[0] ?? 0), short: true }] });
  } else {
    for (let i = 0; i + 1 < syllables.length; i++) {
      features.push({ bit: i, lookups: [{ key: singleKey(Tag.pinyinBigram, syllablePairPayload(syllables[i] ?? 0, syllables[i + 1] ?? 0)), short: true }] });
    }
  }
  return { kind: 'pinyin', units: syllables, features, primaryMask: maskOf(features.length), bonusMask: 0, optionalMask: 0, tolerance: 0, hardMask: 0 };
}

function initialsVariant(letters: number[]): Variant {
  const features: QueryFeature[] = [];
  for (let i = 0; i + 2 < letters.length; i++) {
    features.push({ bit: i, lookups: [{ key: singleKey(Tag.initialsTrigram, initialsPayload(letters[i] ?? 0, letters[i + 1] ?? 0, letters[i + 2] ?? 0)), short: true }] });
  }
  return { kind: 'initials', units: letters, features, primaryMask: maskOf(features.length), bonusMask: 0, optionalMask: 0, tolerance: 0, hardMask: 0 };
}

function maskOf(bits: number): number {
  return bits >= 32 ? 0xffffffff : ((1 << bits) - 1) >>> 0;
}

/** Units of `text` cut into pieces of at most MAX_TERM_UNITS. */
function pieces(units: number[]): number[][] {
  if (units.length <= MAX_TERM_UNITS) return [units];
  const out: number[][] = [];
  for (let i = 0; i < units.length; i += MAX_TERM_UNITS - 1) {
    // Pieces overlap by one unit so no bigram is lost at the cut.
    out.push(units.slice(i, Math.min(units.length, i + MAX_TERM_UNITS)));
    if (i + MAX_TERM_UNITS >= units.length) break;
  }
  return out;
}

function docNumberKeysOf(text: string): string[] {
  const keys: string[] = [];
  const exact = docNumberKey(text);
  if (/\d/.test(exact) && /\p{Script=Han}/u.test(exact)) keys.push(`=${exact}`);
  const parts = docNumberQueryKey(text);
  if (parts) keys.push(parts);
  return keys;
}

export function planQuery(query: string): QueryPlan {
  const plan: QueryPlan = {
    query,
    terms: [],
    docNumberKeys: [],
    highlight: {
      leads: new Set(),
      bigrams: new Set(),
      skips: new Set(),
      unigrams: new Set(),
      pinyinBigrams: new Set(),
      pinyinUnigrams: new Set(),
      initials: new Set(),
    },
  };
  const rawTerms = splitTerms(query);
  if (rawTerms.length > 1) {
    const joined = rawTerms.join('');
    plan.docNumberKeys = [...new Set([...docNumberKeysOf(joined), ...docNumberKeysOf(toSimplified(joined))])];
  }
  // Still typing the last word or number: nothing after it.
  const typing = /[0-9a-z]$/i.test(query.normalize('NFKC'));
  rawTerms.forEach((raw, termIndex) => {
    if (plan.terms.length >= MAX_TERMS) return;
    const simplified = toSimplified(raw);
    const forms = simplified === raw ? [raw] : [raw, simplified];
    const unitForms = forms.map(unitsOf).filter((units) => units.length > 0);
    if (unitForms.length === 0) return;
    const openEnd = typing && termIndex === rawTerms.length - 1;
    const cut = unitForms.map(pieces);
    const pieceCount = Math.max(...cut.map((p) => p.length));
    for (let p = 0; p < pieceCount; p++) {
      const variants: Variant[] = [];
      for (const formPieces of cut) {
        const units = formPieces[p];
        if (units && !variants.some((v) => sameUnits(v.units, units))) variants.push(textVariant(units, openEnd && p === pieceCount - 1));
      }
      const letters = /^[a-z]+$/.test(raw) ? raw : null;
      if (letters && p === 0) {
        const syllables = splitPinyin(letters);
        if (syllables && syllables.length <= MAX_TERM_UNITS) variants.push(pinyinVariant(syllables));
        // Letters that are whole syllables (detong, zhi) were typed as pinyin, not as initials.
        const initials = isWholePinyin(letters) ? null : initialsOf(letters);
        if (initials && initials.length >= 3 && initials.length <= MAX_TERM_UNITS) variants.push(initialsVariant(initials));
      }
      plan.terms.push({
        text: raw,
        fuseText: compactForFuse(simplified),
        variants,
        docNumberKeys: p === 0 ? [...new Set([...docNumberKeysOf(raw), ...docNumberKeysOf(simplified)])] : [],
      });
    }
  });
  for (const term of plan.terms) for (const variant of term.variants) collectHighlights(variant, plan.highlight);
  return plan;
}

function compactForFuse(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function sameUnits(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((u, i) => u === b[i]);
}

function collectHighlights(variant: Variant, into: QueryPlan['highlight']): void {
  const u = variant.units;
  if (variant.kind === 'text') {
    for (const unit of u) into.leads.add(unit);
    if (u.length === 1) into.unigrams.add(u[0] ?? 0);
    for (let i = 0; i + 1 < u.length; i++) into.bigrams.add(pairPayload(u[i] ?? 0, u[i + 1] ?? 0));
    if (u.length >= 4) for (let i = 0; i + 2 < u.length; i++) into.skips.add(pairPayload(u[i] ?? 0, u[i + 2] ?? 0));
  } else if (variant.kind === 'pinyin') {
    if (u.length === 1) into.pinyinUnigrams.add(u[0] ?? 0);
    for (let i = 0; i + 1 < u.length; i++) into.pinyinBigrams.add(syllablePairPayload(u[i] ?? 0, u[i + 1] ?? 0));
  } else {
    for (let i = 0; i + 2 < u.length; i++) into.initials.add(initialsPayload(u[i] ?? 0, u[i + 1] ?? 0, u[i + 2] ?? 0));
  }
}
