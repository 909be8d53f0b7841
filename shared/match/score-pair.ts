// Matching one notice against one client: excluded with the reason (仅限山西省), or a
// score with its reasons, each carrying the sentence it came from. One scoring path
// (scorePair) serves both the engine, which scores 10 million pairs and keeps numbers
// only, and explainMatch, which turns the same hits into reasons (data the UI and the
// command line word).
import type { Relevance } from '../model/library.ts';
import { dayNumber } from '../model/briefing.ts';
import { compileNotice, industryIndex, kindIndex, ORGANISATION_MASK, type CompiledNotice } from './compiled-notice.ts';
import { compileProfile, type CompiledProfile, type MatchProfile } from './profile.ts';
import type { NoticeFeatures } from './notice-features.ts';
import { checkReasons, excludedReason, reasonOfHit, type MatchReason } from './match-reasons.ts';
import { KEYWORD_AT, keywordAt, type KeywordAt } from './keyword-forms.ts';
import { ENTERPRISE_KINDS, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

/**
 * Points per reason: a fit (industry, qualification, keyword) is worth most, the region
 * is what makes a local notice worth more than a national one, an open deadline puts a
 * call that can still be applied for ahead of past rounds, and money adds a little. A
 * notice is suggested from SUGGEST_AT points with at least one fit (an industry or
 * qualification the title or conditions name, a business keyword, or a call open to every
 * industry of the client's area): a region alone, or words the body mentions in passing,
 * never make a notice relevant.
 */
export const POINTS = {
  regionLocal: 30,
  regionCityUnknown: 15,
  regionNational: 10,
  qualificationTarget: 25,
  qualificationMention: 8,
  industryTarget: 30,
  industryMention: 12,
  sizeTarget: 15,
  sizeMention: 5,
  sector: 15,
  keyword: 20,
  keywordTitle: 30,
  deadlineOpen: 25,
  money: 5,
  age: 5,
  openCall: 15,
} as const;

export const SUGGEST_AT = 40;
const MAX_QUALIFICATIONS = 2;
const MAX_KEYWORDS = 2;
const MIN_TITLE_KEYWORD = 3;

export type ReasonKind = 'region' | 'qualification' | 'industry' | 'size' | 'sector' | 'keyword' | 'deadline' | 'benefit' | 'age' | 'open' | 'check';
export type ExclusionKind = 'region' | 'organisation' | 'size' | 'age' | 'no-action' | 'before-founded';

/** What fired: the engine keeps none of these, explainMatch all (as reasons). */
export type Hit =
  | { kind: 'region'; points: number; scope: 'national' | 'local' | 'city-unknown' | 'unknown-client' }
  | { kind: 'qualification'; points: number; qualification: EnterpriseKindId; target: boolean }
  | { kind: 'industry'; points: number; industry: IndustryId; target: boolean }
  | { kind: 'size'; points: number; sizeKind: EnterpriseKindId; target: boolean }
  | { kind: 'sector'; points: number }
  | { kind: 'keyword'; points: number; keyword: string }
  | { kind: 'deadline'; points: number; daysLeft: number }
  | { kind: 'benefit'; points: number }
  | { kind: 'age'; points: number }
  | { kind: 'open'; points: number; national: boolean }
  /** A condition the client's profile does not answer: the consultant checks it (待核实). */
  | { kind: 'check'; points: 0; what: 'size'; sizeKind: EnterpriseKindId }
  | { kind: 'check'; points: 0; what: 'age' }
  | { kind: 'excluded'; points: 0; why: ExclusionKind; sizeKind?: EnterpriseKindId; organisations?: number };

/** Negative scores say why a pair is excluded. */
export const EXCLUDED = { region: -1, organisation: -2, size: -3, age: -4, noAction: -5, beforeFounded: -6 } as const;

const SIZE_MASK = ENTERPRISE_KINDS.reduce((mask, k, i) => (k.role === 'size' ? mask | (1 << i) : mask), 0);

/** Whether a national notice came forwarded by the client's own area (province, and city or district where both are known). */
function routedThrough(notice: CompiledNotice, client: CompiledProfile): boolean {
  if ((notice.routeLo & client.provinceLo) === 0 && (notice.routeHi & client.provinceHi) === 0) return false;
  if (notice.routeCity !== null && notice.routeCity !== client.city) return false;
  return notice.routeDistrict === null || notice.routeDistrict === client.district;
}

/** Medium or large, or 规上: a manufacturer national manufacturing calls are for. */
function ofStanding(client: CompiledProfile): boolean {
  return client.size === 'large' || client.size === 'medium' || (client.kindMask & ABOVE_SCALE_BIT) !== 0;
}

/** The kinds of a mask's bits, in vocabulary order. */
function missingKinds(mask: number): EnterpriseKindId[] {
  return ENTERPRISE_KINDS.filter((_, i) => (mask & (1 << i)) !== 0).map((k) => k.id);
}

/** The kind of the lowest bit of a mask (vocabulary order). */
function firstKind(mask: number): EnterpriseKindId {
  return ENTERPRISE_KINDS[31 - Math.clz32(mask & -mask)]?.id ?? 'sme';
}

/**
 * A pair's result as one number, so that scoring 10 million pairs allocates nothing:
 * negative is an EXCLUDED code; otherwise the score (0–100) plus FIT when a fit fired.
 */
const FIT = 1 << 8;
function packScore(score: number, fit: boolean): number {
  return fit ? score | FIT : score;
}
export function scoreOf(packed: number): number {
  return packed < 0 ? 0 : packed & (FIT - 1);
}
export function isExcluded(packed: number): boolean {
  return packed < 0;
}
const MANUFACTURING_BIT = 1 << kindIndex('manufacturer');
const ABOVE_SCALE_BIT = 1 << kindIndex('above-scale');

function popcount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The result of one pair, packed (see packScore): an EXCLUDED code (< 0), or the score
 * with the fit flag; isSuggested and scoreOf read it. `keywordHit(i)` says where the client's
 * keyword i occurs in the notice (KEYWORD_AT: not, in the text, in the title). `out`, when given, receives every hit.
 */
export function scorePair(
  notice: CompiledNotice,
  client: CompiledProfile,
  today: { day: number; year: number },
  keywordHit: (index: number) => KeywordAt,
  out?: Hit[],
): number {
  // Where: a notice of another province (or city, or district) is not for this client.
  let regionPoints: number;
  let local = false;
  if (notice.national && !routedThrough(notice, client)) {
    regionPoints = POINTS.regionNational;
    out?.push({ kind: 'region', points: regionPoints, scope: 'national' });
  } else if (notice.national) {
    // A national call forwarded by the client's own area: it applies through the forwarder.
    regionPoints = POINTS.regionLocal;
    local = true;
    out?.push({ kind: 'region', points: regionPoints, scope: 'local' });
  } else if (client.province === null) {
    regionPoints = 0;
    out?.push({ kind: 'region', points: 0, scope: 'unknown-client' });
  } else {
    const inProvince = (notice.provinceLo & client.provinceLo) !== 0 || (notice.provinceHi & client.provinceHi) !== 0;
    const otherCity = notice.city !== null && client.city !== null && notice.city !== client.city;
    const otherDistrict = notice.district !== null && client.district !== null && notice.district !== client.district;
    if (!inProvince || otherCity || otherDistrict) {
      out?.push({ kind: 'excluded', points: 0, why: 'region' });
      return EXCLUDED.region;
    }
    const cityUnknown = (notice.city !== null && client.city === null) || (notice.district !== null && client.district === null);
    regionPoints = cityUnknown ? POINTS.regionCityUnknown : POINTS.regionLocal;
    local = true;
    out?.push({ kind: 'region', points: regionPoints, scope: cityUnknown ? 'city-unknown' : 'local' });
  }
  // What: a 公示 of results or a repeal asks nothing of anyone.
  if (notice.noAction !== 0) {
    out?.push({ kind: 'excluded', points: 0, why: 'no-action' });
    return EXCLUDED.noAction;
  }
  // Whom: a notice only for cities, parks or service bodies is not for a company.
  if (notice.organisationsOnly !== 0 && (notice.organisationsOnly & client.kindMask) === 0) {
    out?.push({ kind: 'excluded', points: 0, why: 'organisation', organisations: notice.organisationsOnly });
    return EXCLUDED.organisation;
  }
  let score = regionPoints;
  let fit = false;
  // Size: a notice for 小微企业 is not for a 大型 company; one that includes the size counts.
  // A client of no known size has it to check.
  if (client.size === null && (notice.kindTarget & SIZE_MASK) !== 0) out?.push({ kind: 'check', points: 0, what: 'size', sizeKind: firstKind(notice.kindTarget & SIZE_MASK) });
  if (client.size !== null) {
    const sizeTargets = notice.kindTarget & SIZE_MASK;
    const fitsTarget = sizeTargets & client.sizeKindMask;
    if (sizeTargets !== 0 && fitsTarget === 0) {
      out?.push({ kind: 'excluded', points: 0, why: 'size', sizeKind: firstKind(sizeTargets) });
      return EXCLUDED.size;
    }
    const fits = fitsTarget !== 0 ? fitsTarget : notice.kindMention & client.sizeKindMask;
    if (fits !== 0) {
      const points = fitsTarget !== 0 ? POINTS.sizeTarget : POINTS.sizeMention;
      score += points;
      out?.push({ kind: 'size', points, sizeKind: firstKind(fits), target: fitsTarget !== 0 });
    }
  }
  // A call that closed before the client existed.
  if (client.foundedYear !== null && notice.deadlineYear < client.foundedYear) {
    out?.push({ kind: 'excluded', points: 0, why: 'before-founded' });
    return EXCLUDED.beforeFounded;
  }
  // Age: 成立满3年 and a client founded last year; one of no known founding year has it to check.
  if (client.foundedYear === null && (!Number.isNaN(notice.minAge) || !Number.isNaN(notice.maxAge))) out?.push({ kind: 'check', points: 0, what: 'age' });
  if (client.foundedYear !== null && (!Number.isNaN(notice.minAge) || !Number.isNaN(notice.maxAge))) {
    // Its age when the round ran (运营3年以上 in a 2023 call, for a company of 2022), not today.
    const callYear = Number.isNaN(notice.deadlineYear) ? notice.titleYear : notice.deadlineYear;
    const age = (Number.isNaN(callYear) ? today.year : Math.min(today.year, callYear)) - client.foundedYear;
    if ((!Number.isNaN(notice.minAge) && age < notice.minAge) || (!Number.isNaN(notice.maxAge) && age > notice.maxAge)) {
      out?.push({ kind: 'excluded', points: 0, why: 'age' });
      return EXCLUDED.age;
    }
    score += POINTS.age;
    out?.push({ kind: 'age', points: POINTS.age });
  }
  // Qualifications the client holds that the notice names (at most two count).
  // An organisation kind counts when the client is one (a 公共服务示范平台 for a platform's notice).
  const heldTarget = notice.kindTarget & client.kindMask;
  const heldMention = notice.kindMention & client.kindMask & ~ORGANISATION_MASK;
  if (heldTarget !== 0 || heldMention !== 0) {
    const targets = Math.min(popcount(heldTarget), MAX_QUALIFICATIONS);
    const mentions = Math.min(popcount(heldMention), MAX_QUALIFICATIONS - targets);
    score += targets * POINTS.qualificationTarget + mentions * POINTS.qualificationMention;
    if (targets > 0) fit = true;
    if (out) {
      let left = MAX_QUALIFICATIONS;
      for (const [mask, target] of [[heldTarget, true], [heldMention, false]] as const) {
        for (const { kind } of client.kinds) {
          if (left === 0 || (mask & (1 << kindIndex(kind))) === 0) continue;
          out.push({ kind: 'qualification', points: target ? POINTS.qualificationTarget : POINTS.qualificationMention, qualification: kind, target });
          left -= 1;
        }
      }
    }
  }
  // Industry: the best of the client's industries.
  const industryTarget = notice.industryTarget & client.industryMask;
  const industryMention = notice.industryMention & client.industryMask;
  if (industryTarget !== 0 || industryMention !== 0) {
    const target = industryTarget !== 0;
    score += target ? POINTS.industryTarget : POINTS.industryMention;
    if (target) fit = true;
    if (out) {
      const mask = target ? industryTarget : industryMention;
      const industry = client.industries.find((i) => (mask & (1 << industryIndex(i))) !== 0);
      if (industry) out.push({ kind: 'industry', points: target ? POINTS.industryTarget : POINTS.industryMention, industry, target });
    }
  }
  if ((notice.kindTarget & MANUFACTURING_BIT) !== 0 && client.manufacturer) {
    score += POINTS.sector;
    out?.push({ kind: 'sector', points: POINTS.sector });
  }
  // Business keywords in the title (the notice is about the client's business), headings or conditions.
  let keywords = 0;
  for (let i = 0; i < client.keywords.length && keywords < MAX_KEYWORDS; i += 1) {
    const at = keywordHit(i);
    if (at === KEYWORD_AT.none) continue;
    // A two-character keyword (出口, 储能) in a title says less than a phrase: it counts as in the text.
    const points = at === KEYWORD_AT.title && (client.keywords[i]?.length ?? 0) >= MIN_TITLE_KEYWORD ? POINTS.keywordTitle : POINTS.keyword;
    keywords += 1;
    score += points;
    fit = true;
    out?.push({ kind: 'keyword', points, keyword: client.keywords[i] ?? '' });
  }
  // A call open to every industry: in the client's own area, or national and for the
  // client's size (中小企业) or, for a manufacturer, for manufacturers. The client is eligible
  // unless it lacks a qualification the conditions ask for, or the call is for manufacturers
  // and it is not one.
  const sizeFits = client.size !== null && (notice.kindTarget & SIZE_MASK & client.sizeKindMask) !== 0;
  // A national call for manufacturers (智能制造, 服务型制造 示范) is for every manufacturer of
  // standing (medium or large, or 规上), as one for 中小企业 is every SME's.
  const makerFits = client.manufacturer && (notice.kindTarget & MANUFACTURING_BIT) !== 0 && ofStanding(client);
  if (!fit && notice.openCall && (local || (notice.national && (sizeFits || makerFits)))) {
    const required = notice.kindRequired;
    // A call whose conditions name service bodies or parks (公共服务平台) is theirs, not every company's.
    const forOrganisations = notice.kindTarget & ORGANISATION_MASK & ~client.kindMask;
    const manufacturersOnly = (notice.kindTarget & MANUFACTURING_BIT) !== 0 && client.industryKnown && !client.manufacturer;
    if ((required === 0 || (required & client.kindMask) !== 0) && !manufacturersOnly && forOrganisations === 0) {
      fit = true;
      score += POINTS.openCall;
      out?.push({ kind: 'open', points: POINTS.openCall, national: !local });
    }
  }
  if (!Number.isNaN(notice.deadlineDay)) {
    const left = notice.deadlineDay - today.day;
    const points = left >= 0 ? POINTS.deadlineOpen : 0;
    score += points;
    out?.push({ kind: 'deadline', points, daysLeft: left });
  }
  if (notice.money) {
    score += POINTS.money;
    out?.push({ kind: 'benefit', points: POINTS.money });
  }
  return packScore(Math.min(score, 100), fit);
}

export type { MatchReason, MatchReasonFacts } from './match-reasons.ts';

export type MatchResult =
  | { excluded: true; reason: MatchReason; score: 0; suggested: false; relevance: null; reasons: [] }
  | { excluded: false; score: number; suggested: boolean; relevance: Relevance; reasons: MatchReason[] };

/** 高 from 70 points, 中 from 50, else 低: what 采纳 pre-fills. */
export function relevanceOf(score: number): Relevance {
  return score >= 70 ? 'high' : score >= 50 ? 'medium' : 'low';
}

/** A suggestion: not excluded, at least SUGGEST_AT points and a fit among them. */
export function isSuggested(packed: number): boolean {
  return packed >= 0 && (packed & FIT) !== 0 && (packed & (FIT - 1)) >= SUGGEST_AT;
}

export function todayOf(iso: string): { day: number; year: number } {
  return { day: dayNumber(iso), year: Number(iso.slice(0, 4)) };
}

/** The whole answer for one notice and one client, with its reasons as data. Pure: same input, same output. */
export function explainMatch(features: NoticeFeatures, profile: MatchProfile | CompiledProfile, today: string): MatchResult {
  const client = 'kindMask' in profile ? profile : compileProfile(profile, kindIndex, industryIndex);
  const notice = compileNotice(features);
  const hits: Hit[] = [];
  const result = scorePair(notice, client, todayOf(today), (i) => keywordAt(notice.keyText, client.keywords[i] ?? '\u0000'), hits);
  if (isExcluded(result)) {
    const excluded = hits.find((h) => h.kind === 'excluded');
    return { excluded: true, reason: excludedReason(features, excluded), score: 0, suggested: false, relevance: null, reasons: [] };
  }
  return {
    excluded: false,
    score: scoreOf(result),
    suggested: isSuggested(result),
    relevance: relevanceOf(scoreOf(result)),
    // What the client must still check comes after why it fits.
    reasons: [
      ...[...hits.filter((hit) => hit.kind !== 'check'), ...hits.filter((hit) => hit.kind === 'check')].flatMap((hit) => reasonOfHit(hit, features)),
      ...checkReasons(features, missingKinds(notice.kindRequired & ~client.kindMask)),
    ],
  };
}
