// Finding and scoring the notices that match a query plan. For every variant of every
// term, the postings of its features set one bit per feature in a per-document mask
// (all fields, and short fields only). A term is present in a document when one of its
// variants has all its primary bits (strict), or misses no more than its tolerance
// (one wrong or missing character). Scores sum the rarity (IDF) of the features found,
// more for short fields: summed rarity, not strict intersection, is what lets a query
// with a wrong character still find its notice, ranked by how much of it matched.
//
// A query like 企业 matches nearly every notice, so the loops here run over tens of
// thousands of documents per keystroke: they use typed arrays kept from query to query
// (MatchScratch) and no per-document objects or closures.
import type { DocTable } from './doc-table.ts';
import { bulkStrict } from './find-hits-bulk.ts';
import { MAX_BOOST, popcount, type MatchScratch, type OrdList, type VariantSlot } from './find-hits-slot.ts';
import type { QueryPlan, Variant } from './query.ts';
import { decodePostings, findKey, isBitmap, type Segment } from './postings.ts';

export { MatchScratch } from './find-hits-slot.ts';

/** Added when the query is the notice's 文号 (any printing). */
const DOC_NUMBER_BONUS = 1000;

/** What the matcher reads. */
export type MatchReader = {
  segments: readonly Segment[];
  docs: DocTable;
  /** Ordinals of the notices whose 文号 has this exact-map key. */
  docNumberOrds(key: string): readonly number[];
  /** For each client whose name or qualifications carry features of `variant`: the bits found and the client's notices' ordinals. */
  clientMatches(variant: Variant): { bits: number; ords: readonly number[] }[];
};

/** Views into the scratch arrays: valid until the next query. */
export type MatchResult = {
  /** Number of matching documents. */
  count: number;
  /**
   * False when `ords` holds only the best-scoring matches (at least the number asked
   * for), not all `count` of them.
   */
  complete: boolean;
  ords: Uint32Array;
  scores: Float64Array;
  /** 1 where every term matched exactly. */
  exact: Uint8Array;
  /** The terms each result lacks, one bit per term (0: it has them all). */
  lacking: Uint32Array;
  /** The query (or a term) read as a 文号 found its notice. */
  docNumberFound?: boolean;
  /** How many match every term exactly (as typed, no wrong character). */
  exactCount: number;
  /** How many of those have every term in a short field (a title, the agencies): the matches a reader sees as meant. */
  strongCount: number;
};

/**
 * How hard a pass looks. The first pass looks for what was typed (and its synonyms); when
 * it finds few notices, a second one also tries the guesses (homophones of short terms)
 * and accepts notices that lack up to `allowMissing` of the terms. `fuzzy`: whether it
 * also looks for terms with a wrong or missing character, when few match exactly (not
 * when an earlier pass already found many that way).
 */
export type MatchPass = { guesses: boolean; allowMissing: number; fuzzy: boolean };

export const FIRST_PASS: MatchPass = { guesses: false, allowMissing: 0, fuzzy: true };

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Sets `bit` (one or more bits) for each of `ords`; notes first-touched documents, and in
 * `seeds` / `fuzzySeeds` those that lacked any of it.
 */
function mark(
  ords: ArrayLike<number>,
  count: number,
  bit: number,
  inShort: boolean,
  slot: VariantSlot,
  seeds: OrdList | null,
  fuzzySeeds: OrdList | null,
): void {
  const all = slot.all;
  const short = slot.short;
  const touched = slot.touched;
  const shortTouched = slot.shortTouched;
  for (let i = 0; i < count; i++) {
    const o = ords[i] ?? 0;
    const m = all[o] ?? 0;
    if (m === 0) touched.push(o);
    if ((m & bit) !== bit) {
      if (seeds !== null) seeds.push(o);
      if (fuzzySeeds !== null) fuzzySeeds.push(o);
    }
    all[o] = m | bit;
    if (inShort) {
      const sm = short[o] ?? 0;
      if (sm === 0) shortTouched.push(o);
      short[o] = sm | bit;
    }
  }
}

/**
 * A feature in more than this share of the documents is not looked up when rarer ones of
 * its variant decide: its postings are the longest to read, its rarity weight is small,
 * and a document having every rare bigram of a phrase but not 关于 is not worth the time.
 */
const COMMON_SHARE = 0.25;
/**
 * The rarest primary features always looked up, however common: two, and enough for a
 * match with a wrong character to show (tolerance + 2), since the rarest ones may be the
 * very bigrams the typo made up.
 */
function alwaysKept(tolerance: number): number {
  return Math.max(2, tolerance + 2);
}
/** A match with a wrong character needs this share of the term's bigrams, or the characters around the typo in a short field. */
const FUZZY_MIN_COVERAGE = 0.6;

/** Marks the postings of the features of `variant` into `slot` and weighs the features. */
function prepare(source: MatchReader, variant: Variant, slot: VariantSlot, scratch: MatchScratch): void {
  const n = Math.max(1, source.docs.live);
  const segments = source.segments;
  slot.kind = variant.kind === 'text' ? 0 : variant.kind === 'pinyin' ? 1 : 2;
  slot.short8 = variant.units.length < 8;
  slot.weight = variant.weight;
  slot.fuzzy = variant.fuzzy;
  slot.hard = variant.hardMask;
  // Where each lookup's postings are, and how many documents have each feature.
  const features = variant.features.map((feature) => {
    let frequency = 0;
    const where = feature.lookups.map((lookup) =>
      segments.map((segment) => {
        const t = findKey(segment, lookup.key);
        if (t >= 0) frequency += segment.counts[t] ?? 0;
        return t;
      }),
    );
    const bit = (1 << feature.bit) >>> 0;
    return { feature, bit, where, frequency, primary: (variant.primaryMask & bit) !== 0 };
  });
  const byRarity = features.filter((f) => f.primary).sort((a, b) => a.frequency - b.frequency);
  const dropped = new Set(
    features.filter((f) => f.frequency > n * COMMON_SHARE && (!f.primary || byRarity.indexOf(f) >= alwaysKept(variant.tolerance))),
  );
  const kept = byRarity.filter((f) => !dropped.has(f));
  let droppedBits = 0;
  for (const f of dropped) droppedBits |= f.bit;
  slot.primary = (variant.primaryMask & ~droppedBits) >>> 0;
  slot.counted = ((variant.primaryMask | variant.optionalMask) & ~droppedBits) >>> 0;
  slot.bonus = (variant.bonusMask & ~droppedBits) >>> 0;
  // At least one looked-up primary feature must be found, however tolerant the term.
  slot.tolerance = Math.max(0, Math.min(variant.tolerance, kept.length - 1));
  // Every strict match has the rarest feature; every match with at most `tolerance`
  // missing has one of the tolerance + 1 rarest (pigeonhole).
  const seedFeature = kept[0];
  const fuzzySeedFeatures = new Set(kept.slice(0, slot.tolerance + 1));
  for (const f of features) {
    if (dropped.has(f)) continue;
    const w = idf(Math.min(n, f.frequency), n);
    const byte = f.feature.bit >>> 3;
    const bitInByte = 1 << (f.feature.bit & 7);
    for (let b = 0; b < 256; b++) if (b & bitInByte) slot.weights[byte * 256 + b] = (slot.weights[byte * 256 + b] ?? 0) + w;
    const seeds = f === seedFeature ? slot.seeds : null;
    const fuzzySeeds = fuzzySeedFeatures.has(f) ? slot.fuzzySeeds : null;
    // Bitmaps of this feature that seed candidates, by segment: a document in both the
    // short-field and the body bitmap is listed once.
    const seedBitmaps = new Map<Segment, Uint8Array[]>();
    f.feature.lookups.forEach((lookup, l) => {
      segments.forEach((segment, s) => {
        const t = f.where[l]?.[s] ?? -1;
        if (t < 0) return;
        const count = segment.counts[t] ?? 0;
        if (isBitmap(segment, t)) {
          // A common feature: tested per candidate; listed only where it seeds candidates.
          const bytes = segment.data.subarray(segment.starts[t] ?? 0, segment.starts[t + 1] ?? 0);
          slot.addBitmap(bytes, segment.base, segment.span, f.bit, lookup.short, count);
          if (seeds || fuzzySeeds) seedBitmaps.set(segment, [...(seedBitmaps.get(segment) ?? []), bytes]);
          return;
        }
        if (scratch.postings.length < count) scratch.postings = new Uint32Array(count * 2);
        decodePostings(segment, t, scratch.postings);
        mark(scratch.postings, count, f.bit, lookup.short, slot, seeds, fuzzySeeds);
      });
    });
    for (const [segment, list] of seedBitmaps) slot.pendingSeeds.push({ list, base: segment.base, seeds: seeds !== null, fuzzy: fuzzySeeds !== null });
  }
  slot.minFuzzyFound = Math.ceil(FUZZY_MIN_COVERAGE * popcount(slot.primary) - 1e-9);
  slot.fullWeight = 0;
  // Only what some notice has: a spelling no notice uses (软着 for 软著) sets no ceiling.
  for (const f of features) if (!dropped.has(f) && f.primary && f.frequency > 0) slot.fullWeight += idf(Math.min(n, f.frequency), n);
  for (const { bits, ords } of source.clientMatches(variant)) mark(ords, ords.length, bits & ~droppedBits, true, slot, slot.seeds, slot.fuzzySeeds);
}

/**
 * Every live document that `accept`s (null: all do) and matches all terms of `plan`, with
 * its score, unordered. When at least `fuzzyCutoff` documents have every term exactly in
 * a short field, only exact matches are returned (matches with a typo would only bury
 * them).
 */
export function matchPlan(
  plan: QueryPlan,
  source: MatchReader,
  scratch: MatchScratch,
  accept: ((o: number) => boolean) | null,
  fuzzyCutoff: number,
  /** The best `need` matches are enough (a ranked page), or null when all are wanted. */
  need: number | null = null,
  pass: MatchPass = FIRST_PASS,
): MatchResult {
  const docs = source.docs;
  scratch.ensure(docs.count);
  // Variants flattened; term t owns slots termStart[t] .. termStart[t + 1].
  const slots: VariantSlot[] = [];
  const termStart: number[] = [0];
  const optional = plan.terms.map((term) => term.optional);
  const missable = plan.terms.map((term) => term.missable);
  for (const term of plan.terms) {
    let typed = 0;
    for (const variant of term.variants) {
      if (variant.fuzzy && !pass.guesses) continue;
      const slot = scratch.slot(slots.length);
      prepare(source, variant, slot, scratch);
      if (variant.weight === 1 && variant.kind === 'text') typed = Math.max(typed, slot.fullWeight);
      slots.push(slot);
    }
    // A term searched under another word scores below the word as typed wherever that is
    // found: at most its weight times a body-only match of the typed word, however long
    // the other word and whatever fields hold it (a long official name in a title must
    // not outrank the short word typed, found in a body). Unscaled when nothing has the
    // typed word.
    for (let v = termStart[termStart.length - 1] ?? 0; v < slots.length; v++) {
      const slot = slots[v] as VariantSlot;
      if (slot.weight < 1 && typed > 0 && slot.fullWeight > 0) slot.weight *= Math.min(1, typed / (slot.fullWeight * MAX_BOOST));
    }
    termStart.push(slots.length);
  }
  // Exact 文号: the term (or the whole query) is present in full in those notices.
  const bonus = new Set<number>();
  const force = (t: number, ords: readonly number[]): void => {
    const slot = slots[termStart[t] ?? 0];
    if (!slot || termStart[t] === termStart[t + 1]) return;
    mark(ords, ords.length, slot.primary, true, slot, slot.seeds, slot.fuzzySeeds);
    for (const o of ords) bonus.add(o);
  };
  plan.terms.forEach((term, t) => {
    for (const key of term.docNumberKeys) force(t, source.docNumberOrds(key));
  });
  for (const key of plan.docNumberKeys) {
    const ords = source.docNumberOrds(key);
    plan.terms.forEach((_, t) => force(t, ords));
  }

  for (const slot of slots) slot.marked = slot.touched.length > 0;
  // A variant that found nothing (the traditional spelling of a term, when the notices
  // are in simplified characters) only costs time: dropped when its term has another.
  for (let t = plan.terms.length - 1; t >= 0; t--) {
    const from = termStart[t] ?? 0;
    const to = termStart[t + 1] ?? 0;
    const empty = slots.slice(from, to).map((slot) => !slot.marked && slot.bitmapCount === 0);
    if (empty.every(Boolean) || !empty.some(Boolean)) continue;
    const keep = slots.slice(from, to).filter((_, i) => !empty[i]);
    for (const slot of slots.slice(from, to)) if (!keep.includes(slot)) slot.clear();
    slots.splice(from, to - from, ...keep);
    for (let u = t + 1; u < termStart.length; u++) termStart[u] = (termStart[u] ?? 0) - (to - from - keep.length);
  }
  const terms = plan.terms.length;
  const anyOptional = optional.some(Boolean);
  if (need !== null && accept === null && bonus.size === 0 && docs.live === docs.count && !anyOptional && pass.allowMissing === 0) {
    const bulk = bulkStrict(slots, termStart, terms, docs.count, need, scratch, fuzzyCutoff);
    if (bulk) {
      for (const slot of slots) slot.clear();
      return bulk;
    }
  }
  for (const slot of slots) slot.listSeeds(scratch);
  const alive = docs.alive;
  const anyDead = docs.live < docs.count;
  const marks = scratch.stamp;
  let stamp = scratch.nextStamp();
  const outOrds = scratch.ords;
  const outScores = scratch.scores;
  const outExact = scratch.exact;
  const outLacking = scratch.lacking;
  let count = 0;
  let strictCount = 0;
  /** Strict with every term whole in a short field: the matches a typo'd term would only bury. */
  let strongCount = 0;

  /** Scores the documents of `lists` not seen before; keeps those lacking at most `allowMissing` required terms. */
  const evaluate = (lists: OrdList[], allowMissing: number): void => {
    for (const list of lists) {
      const items = list.items;
      for (let k = 0; k < list.length; k++) {
        const o = items[k] ?? 0;
        if (marks[o] === stamp) continue;
        marks[o] = stamp;
        if ((anyDead && !alive[o]) || (accept !== null && !accept(o))) continue;
        let total = 0;
        let allStrict = true;
        let allStrong = true;
        let lacking = 0;
        let missing = 0;
        let t = 0;
        for (; t < terms; t++) {
          let best = -1;
          let bestStrict = false;
          let bestStrong = false;
          for (let v = termStart[t] ?? 0, end = termStart[t + 1] ?? 0; v < end; v++) {
            const slot = slots[v] as VariantSlot;
            // A variant whose features are all common (bitmaps) marked nothing.
            let m = slot.marked ? (slot.all[o] ?? 0) : 0;
            let s = slot.marked ? (slot.short[o] ?? 0) : 0;
            if (slot.bitmapCount > 0) {
              m = (m | slot.bitmapBits(o)) >>> 0;
              s = (s | slot.shortBits) >>> 0;
            }
            const score = slot.score(m, s);
            if (score < 0) continue;
            // What was typed (or its synonym) found whole beats any guess, whatever the scores.
            if (best < 0 || (slot.strict && !bestStrict) || (slot.strict === bestStrict && score > best)) {
              best = score;
              bestStrict = slot.strict;
              bestStrong = slot.strong;
            }
          }
          if (optional[t]) {
            if (best > 0) total += best;
            continue;
          }
          if (best < 0) {
            missing += 1;
            lacking |= 1 << t;
            if (missing > allowMissing || !missable[t]) break;
            continue;
          }
          total += best;
          if (!bestStrict) allStrict = false;
          if (!bestStrong) allStrong = false;
        }
        if (t < terms) continue;
        if (bonus.size > 0 && bonus.has(o)) total += DOC_NUMBER_BONUS;
        outOrds[count] = o;
        outScores[count] = total;
        outExact[count] = allStrict && missing === 0 ? 1 : 0;
        outLacking[count] = lacking >>> 0;
        count += 1;
        if (missing > 0) continue;
        if (allStrict) strictCount += 1;
        if (allStrong) strongCount += 1;
      }
    }
  };
  /** The lists (`seeds` or `touched`) of the `among` required terms that have the fewest documents in them. */
  const fewest = (pick: (slot: VariantSlot) => OrdList, among = 1, only: readonly boolean[] | null = null): OrdList[] => {
    const sized: { lists: OrdList[]; size: number }[] = [];
    for (let t = 0; t < terms; t++) {
      if (optional[t] || (only !== null && !only[t])) continue;
      const lists = slots.slice(termStart[t], termStart[t + 1]).map(pick);
      sized.push({ lists, size: lists.reduce((sum, list) => sum + list.length, 0) });
    }
    return sized
      .sort((a, b) => a.size - b.size)
      .slice(0, among)
      .flatMap((entry) => entry.lists);
  };
  // Phase 1: documents where the term with the fewest seeds is strict. Every document
  // matching all terms exactly is among them, so their exact count is known after it.
  evaluate(fewest((slot) => slot.seeds), 0);
  // Phase 2, only when few match exactly: documents with a wrong or missing character,
  // anywhere; or when few have the terms whole in a title (many may have the bigrams of
  // a mistyped term scattered over their bodies), those with it in a short field.
  if (strictCount < fuzzyCutoff) {
    if (pass.fuzzy) evaluate(fewest((slot) => slot.fuzzySeeds), 0);
  } else if (strongCount < fuzzyCutoff) {
    evaluate(
      fewest((slot) => {
        slot.expandShortBitmaps();
        return slot.shortTouched;
      }),
      0,
    );
  }
  // Phase 3, in a second pass: documents lacking up to `allowMissing` terms; the documents
  // seen above are judged again under the looser rule. A term that no notice has even
  // with a wrong character (G20 where the notice says 重大活动) is lacked by every one, so
  // candidates come from the others: when each must then be there, the rarest lists them
  // all (with a wrong character too); else each has one of any `left` + 1 of them, as
  // typed (the rarest as typed list them: a notice that only shares bigrams with the
  // terms it has, lacking another, is noise, and would read most of the library).
  const canMiss = missable.filter((m, t) => m && !optional[t]).length;
  const mustHave = plan.terms.map((_, t) => !optional[t] && !missable[t]);
  const allowMissing = Math.min(pass.allowMissing, canMiss, optional.filter((o) => !o).length - 1);
  if (allowMissing > 0 && strictCount < fuzzyCutoff) {
    const absent = plan.terms.map((_, t) => !optional[t] && slots.slice(termStart[t], termStart[t + 1]).every((slot) => slot.fuzzySeeds.length === 0));
    const present = absent.map((a, t) => !a && !optional[t]);
    const left = allowMissing - absent.filter(Boolean).length;
    if (left >= 0 && present.some(Boolean) && !absent.some((a, t) => a && !missable[t])) {
      stamp = scratch.nextStamp();
      for (let i = 0; i < count; i++) marks[outOrds[i] ?? 0] = stamp;
      const lists = mustHave.some(Boolean)
        ? fewest((slot) => slot.fuzzySeeds, 1, mustHave)
        : left === 0
          ? fewest((slot) => slot.fuzzySeeds, 1, present)
          : fewest((slot) => slot.seeds, left + 1, present);
      evaluate(lists, allowMissing);
    }
  }
  for (const slot of slots) slot.clear();

  if (strongCount >= fuzzyCutoff && strictCount < count) {
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (!outExact[i]) continue;
      outOrds[n] = outOrds[i] ?? 0;
      outScores[n] = outScores[i] ?? 0;
      outExact[n] = 1;
      outLacking[n] = 0;
      n += 1;
    }
    count = n;
  }
  return {
    count,
    exactCount: strictCount,
    strongCount,
    complete: true,
    docNumberFound: bonus.size > 0 && outOrds.subarray(0, count).some((o) => bonus.has(o)),
    ords: outOrds.subarray(0, count),
    scores: outScores.subarray(0, count),
    exact: outExact.subarray(0, count),
    lacking: outLacking.subarray(0, count),
  };
}
