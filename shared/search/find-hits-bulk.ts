// The fast path of the matcher for ranked pages of common-word queries (企业, 关于印发):
// matches counted eight documents at a time from bitmap bytes, only title matches scored
// one by one (see bulkStrict).
import type { MatchResult } from './find-hits.ts';
import { popcount, type MatchScratch, type OrdList, type VariantSlot } from './find-hits-slot.ts';

function popcount8(byte: number): number {
  return popcount(byte & 0xff);
}

/** A bitmap over ordinals 0 … count - 1 of the documents of `list` whose mask has `bit`. */
function bitmapOfMarks(list: OrdList, masks: Uint32Array, bit: number, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < list.length; i++) {
    const o = list.items[i] ?? 0;
    if (((masks[o] ?? 0) & bit) !== 0) out[o >>> 3] = (out[o >>> 3] ?? 0) | (1 << (o & 7));
  }
  return out;
}

type BulkFeature = { offsets: number[]; shortOffsets: number[]; marked: Uint8Array | null; markedShort: Uint8Array | null };

/**
 * The exact matches of a query whose every term has one variant and whose primary
 * features are common (bitmaps of one segment, and marks): counted eight documents at a
 * time by AND-ing bitmap bytes, without listing candidates. Only documents with a term
 * in a short field are scored one by one; the others (the body-only matches, which all
 * score the same) are listed just far enough to fill `need`. Null when the query does
 * not qualify, or when few documents match exactly (then typos are looked for, in the
 * general way).
 */
export function bulkStrict(
  slots: readonly VariantSlot[],
  termStart: readonly number[],
  terms: number,
  count: number,
  need: number,
  scratch: MatchScratch,
  fuzzyCutoff: number,
): MatchResult | null {
  if (terms === 0 || slots.length !== terms) return null;
  const bytes = Math.ceil(count / 8);
  let data: Uint8Array | null = null;
  const features: BulkFeature[][] = [];
  const shorts: { offsets: number[]; marked: Uint8Array | null }[] = [];
  for (let t = 0; t < terms; t++) {
    const slot = slots[termStart[t] ?? 0];
    if (!slot || slot.bitmapCount === 0 || slot.counted !== slot.primary || slot.primary === 0) return null;
    const shared = slot.sharedOver(count);
    if (!shared || (data !== null && shared.buffer !== data.buffer)) return null;
    data = shared;
    // Which bits some posting marked (rarer features, or rare short-field lookups).
    let markedBits = 0;
    for (let i = 0; i < slot.touched.length; i++) markedBits |= slot.all[slot.touched.items[i] ?? 0] ?? 0;
    const list: BulkFeature[] = [];
    for (let bit = 1; bit !== 0 && bit <= slot.primary; bit = (bit << 1) >>> 0) {
      if ((slot.primary & bit) === 0) continue;
      const offsets = slot.offsetsOf(bit, false);
      // A common primary feature, read as bitmaps; a rare one would be cheaper the usual way.
      if (offsets.length === 0) return null;
      const marked = (markedBits & bit) !== 0;
      list.push({
        offsets,
        shortOffsets: slot.offsetsOf(bit, true),
        marked: marked ? bitmapOfMarks(slot.touched, slot.all, bit, bytes) : null,
        markedShort: marked ? bitmapOfMarks(slot.shortTouched, slot.short, bit, bytes) : null,
      });
    }
    features.push(list);
    const markedShort = slot.shortTouched.length > 0 ? bitmapOfMarks(slot.shortTouched, slot.short, 0xffffffff, bytes) : null;
    shorts.push({ offsets: slot.shortOffsets(), marked: markedShort });
  }
  if (!data) return null;
  const lastMask = count % 8 === 0 ? 0xff : (1 << (count % 8)) - 1;
  const outOrds = scratch.ords;
  const outScores = scratch.scores;
  const outExact = scratch.exact;
  let listed = 0;
  let bodyOnlyListed = 0;
  let strict = 0;
  let strong = 0;
  // The score of a match with no term in a short field: the same for all of them.
  let bodyOnlyScore = 0;
  for (let t = 0; t < terms; t++) {
    const slot = slots[termStart[t] ?? 0] as VariantSlot;
    bodyOnlyScore += slot.score(slot.primary, 0);
  }
  const orOf = (offsets: readonly number[], at: number): number => {
    let b = 0;
    for (const offset of offsets) b |= data[offset + at] ?? 0;
    return b;
  };
  for (let at = 0; at < bytes; at++) {
    let strictByte = at === bytes - 1 ? lastMask : 0xff;
    let strongByte = strictByte;
    let shortByte = 0;
    for (let t = 0; t < terms && strictByte !== 0; t++) {
      const list = features[t] ?? [];
      for (let f = 0; f < list.length && strictByte !== 0; f++) {
        const feature = list[f] as BulkFeature;
        strictByte &= orOf(feature.offsets, at) | (feature.marked?.[at] ?? 0);
        strongByte &= orOf(feature.shortOffsets, at) | (feature.markedShort?.[at] ?? 0);
      }
      const short = shorts[t];
      shortByte |= orOf(short?.offsets ?? [], at) | (short?.marked?.[at] ?? 0);
    }
    if (strictByte === 0) continue;
    strict += popcount8(strictByte);
    strong += popcount8(strictByte & strongByte);
    let scored = strictByte & shortByte;
    while (scored !== 0) {
      const bit = 31 - Math.clz32(scored & -scored);
      scored &= scored - 1;
      const o = at * 8 + bit;
      let total = 0;
      for (let t = 0; t < terms; t++) {
        const slot = slots[termStart[t] ?? 0] as VariantSlot;
        const m = (slot.bitsAt(at, bit) | (slot.all[o] ?? 0)) >>> 0;
        total += slot.score(m, (slot.shortBits | (slot.short[o] ?? 0)) >>> 0);
      }
      outOrds[listed] = o;
      outScores[listed] = total;
      outExact[listed] = 1;
      listed += 1;
    }
    let bodyOnly = strictByte & ~shortByte;
    while (bodyOnly !== 0 && bodyOnlyListed < need) {
      const bit = 31 - Math.clz32(bodyOnly & -bodyOnly);
      bodyOnly &= bodyOnly - 1;
      outOrds[listed] = at * 8 + bit;
      outScores[listed] = bodyOnlyScore;
      outExact[listed] = 1;
      listed += 1;
      bodyOnlyListed += 1;
    }
  }
  // Typos are looked for (the general way) only when few match exactly and a term may have one.
  const typosPossible = slots.some((slot) => slot.tolerance > 0);
  if (typosPossible && (strict < fuzzyCutoff || strong < fuzzyCutoff)) return null;
  scratch.lacking.fill(0, 0, listed);
  return {
    count: strict,
    exactCount: strict,
    strongCount: strong,
    complete: false,
    ords: outOrds.subarray(0, listed),
    scores: outScores.subarray(0, listed),
    exact: outExact.subarray(0, listed),
    lacking: scratch.lacking.subarray(0, listed),
  };
}
