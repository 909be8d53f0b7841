// Reading a query: terms (all required), and for each term the ways it can match — its
// characters as typed, the same in simplified characters, and for plain letters full
// pinyin and pinyin initials. Each way is a "variant": a list of index features, of
// which the primary ones decide whether the term is present and the bonus ones only
// add evidence. Pure: no index needed, so a plan is made once per query.
import { docNumberKey } from '../text/normalize.ts';
import { docNumberQueryKey } from './doc-number-parts.ts';
import { initialsPayload, pairKey, pairPayload, singleKey, syllablePairPayload, Tag } from './features.ts';
import { toSimplified, splitTerms } from './fold-query.ts';
import { initialsOf, isWholePinyin, readingsOf, splitPinyin } from './pinyin.ts';
import { readsAsDocNumber, segmentTerm } from './segment.ts';
import { isKnownWord, otherForms, wordsSpelled, type OtherForm } from './thesaurus/expand.ts';
import { DIGITS_BASE, isAsciiUnit, isHanUnit, unitsOf } from './text-units.ts';

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
  /** Score multiplier: 1 for what was typed, less for a synonym searched too. */
  weight: number;
  /**
   * A guess at what was meant (a homophone of a short term): looked for only when few
   * notices match as typed, and a match through it is never exact.
   */
  fuzzy: boolean;
};

export type Term = {
  /** As typed, folded. */
  text: string;
  /** What Fuse compares with the short fields. */
  fuseText: string;
  variants: Variant[];
  /** Exact-map keys when the term reads as a 文号 on its own. */
  docNumberKeys: string[];
  /** What else this term is searched as (synonyms, agency names), shown to the user. */
  otherForms: string[];
  /**
   * Not required: the whole run of a query that was cut into words, adding to the score
   * of the notices that have it as typed.
   */
  optional: boolean;
  /** Whether a notice lacking it may still follow, in the wider pass (not a number, not a 文号). */
  missable: boolean;
};

export type QueryPlan = {
  query: string;
  terms: Term[];
  /** Exact-map keys when the whole query reads as a 文号 (with spaces inside). */
  docNumberKeys: string[];
  /** The terms that were also searched under other words (也搜索了). */
  otherForms: { term: string; forms: string[] }[];
  /**
   * The second pass's plan, made when first asked for (null in that plan itself): see
   * planQuery. `cut`: runs typed without spaces are cut into words. Null when it would
   * search nothing more than this plan.
   */
  wider: ((cut: boolean) => QueryPlan | null) | null;
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
  // (Two units: the pair is all there is to look for: 双11 is not 双 alone.)
  if (openEnd && n >= 3 && isAsciiUnit(units[n - 1] ?? 0)) {
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
    weight: 1,
    fuzzy: false,
  };
}

function pinyinVariant(syllables: number[], fuzzy = false): Variant {
  const features: QueryFeature[] = [];
  if (syllables.length === 1) {
    features.push({ bit: 0, lookups: [{ key: singleKey(Tag.pinyinUnigram, syllables[0] ?? 0), short: true }] });
  } else {
    for (let i = 0; i + 1 < syllables.length; i++) {
      features.push({ bit: i, lookups: [{ key: singleKey(Tag.pinyinBigram, syllablePairPayload(syllables[i] ?? 0, syllables[i + 1] ?? 0)), short: true }] });
    }
  }
  return { kind: 'pinyin', units: syllables, features, primaryMask: maskOf(features.length), bonusMask: 0, optionalMask: 0, tolerance: 0, hardMask: 0, weight: 1, fuzzy };
}

function initialsVariant(letters: number[]): Variant {
  const features: QueryFeature[] = [];
  for (let i = 0; i + 2 < letters.length; i++) {
    features.push({ bit: i, lookups: [{ key: singleKey(Tag.initialsTrigram, initialsPayload(letters[i] ?? 0, letters[i + 1] ?? 0, letters[i + 2] ?? 0)), short: true }] });
  }
  return { kind: 'initials', units: letters, features, primaryMask: maskOf(features.length), bonusMask: 0, optionalMask: 0, tolerance: 0, hardMask: 0, weight: 1, fuzzy: false };
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

/** Weight of a term searched under another word (a synonym, an agency's other name). */
export const OTHER_FORM_WEIGHT = 0.8;

/**
 * A term rewritten with another word of a group (`form`), weighted below what was typed.
 * A typo is only ever in what was typed, so the form is not read as mistyped (two bigrams
 * broken by a wrong character); but a notice may print something inside it, which breaks
 * one bigram: 交通(含高速公路)管理措施 for 交通管理措施. And a local department follows its
 * place with 省, 市 or 区 between, which a consultant leaves out: the bigram that joins
 * the place to the department (北京经信局 rewritten is 北京经济和信息化局, printed
 * 北京市经济和信息化局) only adds to the score.
 */
function otherFormVariant(form: OtherForm): Variant | null {
  const units = unitsOf(form.text).slice(0, MAX_TERM_UNITS);
  if (units.length === 0) return null;
  const variant = textVariant(units);
  variant.weight = OTHER_FORM_WEIGHT;
  variant.tolerance = Math.min(1, variant.tolerance);
  const placeUnits = form.localBody ? unitsOf(form.text.slice(0, form.start)).length : 0;
  const join = placeUnits > 0 && placeUnits < units.length ? 1 << (placeUnits - 1) : 0;
  // (A form all join, 省委 from 省 + 委, keeps it required.)
  if (join !== 0 && (variant.primaryMask & ~join) !== 0) {
    variant.primaryMask = (variant.primaryMask & ~join) >>> 0;
    variant.hardMask = (variant.hardMask & ~join) >>> 0;
    variant.optionalMask = (variant.optionalMask | join) >>> 0;
  }
  return variant;
}

/** Chinese-character terms this short also look for their homophones (其业 → 企业, 首台桃 → 首台套). */
const HOMOPHONE_MAX_UNITS = 4;

/**
 * The 文号 typed without its year (苏工信中小88号 for 苏工信中小〔2020〕88号): the code's
 * characters and the number are required, but not side by side, since the year stands
 * between them in the notice.
 */
function withoutYearVariant(units: number[]): Variant | null {
  const numberAt = units.findIndex(isAsciiUnit);
  if (units.length > 15 || numberAt < 2 || units.slice(0, numberAt).some((u) => !isHanUnit(u)) || units.slice(numberAt + 1).some(isAsciiUnit)) return null;
  const value = (units[numberAt] ?? 0) - DIGITS_BASE;
  if (value >= 1900 && value <= 2099) return null;
  const variant = textVariant(units);
  const joint = 1 << (numberAt - 1);
  variant.primaryMask = (variant.primaryMask & ~joint) >>> 0;
  variant.hardMask = (variant.hardMask & ~joint) >>> 0;
  if (numberAt === units.length - 1) {
    // Nothing after the number: it is required alone.
    variant.features.push({ bit: 15, lookups: [{ key: singleKey(Tag.shortUnigram, units[numberAt] ?? 0), short: true }, { key: singleKey(Tag.bodyAsciiUnigram, units[numberAt] ?? 0), short: false }] });
    variant.primaryMask = (variant.primaryMask | (1 << 15)) >>> 0;
    variant.hardMask = (variant.hardMask | (1 << 15)) >>> 0;
  }
  variant.tolerance = 0;
  return variant;
}

/** The commonest reading of each character: a homophone typed for one of them still matches. */
function homophoneVariant(units: number[]): Variant | null {
  if (units.length < 2 || units.length > HOMOPHONE_MAX_UNITS || !units.every(isHanUnit)) return null;
  const syllables: number[] = [];
  for (const unit of units) {
    const reading = readingsOf(unit)[0];
    if (reading === undefined) return null;
    syllables.push(reading);
  }
  return pinyinVariant(syllables, true);
}

/**
 * `wide`: the second pass's reading, which also searches other forms (synonyms, agency
 * names, known words spelled in pinyin) and guesses (homophones of short terms).
 */
type TermOptions = { openEnd: boolean; optional: boolean; wide: boolean };

function termsOf(raw: string, options: TermOptions): Term[] {
  const terms: Term[] = [];
  const simplified = toSimplified(raw);
  const forms = simplified === raw ? [raw] : [raw, simplified];
  const unitForms = forms.map(unitsOf).filter((units) => units.length > 0);
  if (unitForms.length === 0) return terms;
  const cut = unitForms.map(pieces);
  const pieceCount = Math.max(...cut.map((p) => p.length));
  for (let p = 0; p < pieceCount; p++) {
    const variants: Variant[] = [];
    const add = (variant: Variant | null): void => {
      if (!variant) return;
      const same = (v: Variant): boolean => v.kind === variant.kind && sameUnits(v.units, variant.units) && v.fuzzy === variant.fuzzy && v.primaryMask === variant.primaryMask;
      if (!variants.some(same)) variants.push(variant);
    };
    for (const formPieces of cut) {
      const units = formPieces[p];
      if (units) add(textVariant(units, options.openEnd && p === pieceCount - 1));
    }
    const searchedAs: string[] = [];
    /** Searches `form` too, below what was typed (a name too long for one term by its start). */
    const addForm = (form: OtherForm): void => {
      const variant = otherFormVariant(form);
      if (!variant) return;
      add(variant);
      if (!searchedAs.includes(form.text)) searchedAs.push(form.text);
    };
    if (pieceCount === 1) {
      // Letters that are a known acronym (dip, ppp, ipo) are the acronym, not pinyin.
      const letters = /^[a-z]+$/.test(raw) ? raw : null;
      const acronym = letters !== null && isKnownWord(letters);
      if (letters) {
        // A known word spelled in pinyin: searched as the word (and its other forms) everywhere.
        for (const word of options.wide ? wordsSpelled(letters) : []) for (const form of [{ text: word, start: 0, localBody: false }, ...otherForms(word)]) addForm(form);
        const syllables = acronym ? null : splitPinyin(letters);
        if (syllables && syllables.length <= MAX_TERM_UNITS) add(pinyinVariant(syllables));
        // Letters that are whole syllables (detong, zhi) were typed as pinyin, not as initials.
        const initials = acronym || isWholePinyin(letters) ? null : initialsOf(letters);
        if (initials && initials.length >= 3 && initials.length <= MAX_TERM_UNITS) add(initialsVariant(initials));
      }
      const units = unitForms[unitForms.length - 1] ?? [];
      add(withoutYearVariant(units));
      if (options.wide && !options.optional) {
        // Both readings: OpenCC also rewrites some simplified text (软著 → 软着).
        const added = new Set<string>();
        for (const form of forms.flatMap(otherForms)) {
          if (added.has(form.text)) continue;
          added.add(form.text);
          addForm(form);
        }
        add(homophoneVariant(units));
      }
    }
    terms.push({
      text: raw,
      fuseText: compactForFuse(simplified),
      variants,
      docNumberKeys: p === 0 ? [...new Set([...docNumberKeysOf(raw), ...docNumberKeysOf(simplified)])] : [],
      otherForms: searchedAs,
      optional: options.optional,
      // A number or a 文号 is exact: a notice without it is not "most of the query".
      missable: !/^[\p{N}\p{P}\s]+$/u.test(raw) && !readsAsDocNumber(raw),
    });
  }
  return terms;
}

function emptyPlan(query: string): QueryPlan {
  return {
    query,
    terms: [],
    docNumberKeys: [],
    otherForms: [],
    wider: null,
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
}

function finish(plan: QueryPlan): QueryPlan {
  plan.terms = plan.terms.slice(0, MAX_TERMS);
  for (const term of plan.terms) {
    if (term.otherForms.length > 0 && !plan.otherForms.some((e) => e.term === term.text)) plan.otherForms.push({ term: term.text, forms: term.otherForms });
    for (const variant of term.variants) if (!variant.fuzzy) collectHighlights(variant, plan.highlight);
  }
  return plan;
}

/**
 * The plan of a query: its terms as typed. Its `wider` plan, for when that finds few
 * notices, cuts runs typed without spaces into words (the run as typed kept as an
 * optional term) and also searches other forms and guesses.
 */
export function planQuery(query: string): QueryPlan {
  const plan = emptyPlan(query);
  const rawTerms = splitTerms(query);
  if (rawTerms.length > 1) {
    const joined = rawTerms.join('');
    plan.docNumberKeys = [...new Set([...docNumberKeysOf(joined), ...docNumberKeysOf(toSimplified(joined))])];
  }
  // Still typing the last word or number: nothing after it.
  const typing = /[0-9a-z]$/i.test(query.normalize('NFKC'));
  rawTerms.forEach((raw, termIndex) => {
    plan.terms.push(...termsOf(raw, { openEnd: typing && termIndex === rawTerms.length - 1, optional: false, wide: false }));
  });
  const wider = new Map<boolean, QueryPlan | null>();
  plan.wider = (cut) => {
    if (!wider.has(cut)) wider.set(cut, widerPlan(query, rawTerms, typing, plan.docNumberKeys, cut));
    return wider.get(cut) ?? null;
  };
  return finish(plan);
}

function widerPlan(query: string, rawTerms: readonly string[], typing: boolean, docNumberKeys: string[], cut: boolean): QueryPlan | null {
  const wider = emptyPlan(query);
  wider.docNumberKeys = docNumberKeys;
  let changed = false;
  rawTerms.forEach((raw, termIndex) => {
    const openEnd = typing && termIndex === rawTerms.length - 1;
    const words = cut ? segmentTerm(toSimplified(raw)) : [raw];
    if (words.length > 1) changed = true;
    for (const word of words.length > 1 ? words : [raw]) {
      if (wider.terms.length >= MAX_TERMS) return;
      wider.terms.push(...termsOf(word, { openEnd, optional: false, wide: true }));
    }
    // Cut into words: the run as typed still counts where a notice has it whole.
    if (words.length > 1 && wider.terms.length < MAX_TERMS) wider.terms.push(...termsOf(raw, { openEnd, optional: true, wide: false }));
  });
  if (wider.terms.some((term) => term.otherForms.length > 0 || term.variants.some((variant) => variant.fuzzy))) changed = true;
  if (!cut) {
    // The same terms as the first pass, whose matches despite a wrong character are kept:
    // looking for those again would only repeat its work.
    for (const term of wider.terms) for (const variant of term.variants) if (variant.kind === 'text' && variant.weight === 1) variant.tolerance = 0;
  }
  return changed ? finish(wider) : null;
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
