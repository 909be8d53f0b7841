// Matching one notice against one client: excluded with the reason (仅限山西省), or a
// score with its reasons, each carrying the sentence it came from. One scoring path
// (scorePair) serves both the engine, which scores 10 million pairs and keeps numbers
// only, and explainMatch, which turns the same hits into worded reasons.
import type { Relevance } from '../model/library.ts';
import { dayNumber } from '../model/briefing.ts';
import { compileNotice, industryIndex, kindIndex, ORGANISATION_MASK, provinceBit, type CompiledNotice } from './compiled-notice.ts';
import type { Evidence } from './evidence.ts';
import { compileProfile, type CompiledProfile, type MatchProfile } from './profile.ts';
import type { PolicyFeatures } from './notice-features.ts';
import { excludedReason, wordHit } from './reason-text.ts';
import { ENTERPRISE_KINDS, INDUSTRIES, SIZES_OF_KIND, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

/**
 * Points per reason: a fit (industry, qualification, keyword) is worth most, the region
 * is what makes a local notice worth more than a national one, an open deadline and money
 * add a little. A notice is suggested from SUGGEST_AT points with at least one fit (an
 * industry or qualification the title or conditions name, or a business keyword):
 * a region alone, or words the body mentions in passing, never make a notice relevant.
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
  sector: 8,
  keyword: 20,
  deadlineOpen: 10,
  money: 5,
  age: 5,
} as const;

export const SUGGEST_AT = 40;
const MAX_QUALIFICATIONS = 2;
const MAX_KEYWORDS = 2;

export type ReasonKind = 'region' | 'qualification' | 'industry' | 'size' | 'sector' | 'keyword' | 'deadline' | 'benefit' | 'age';
export type ExclusionKind = 'region' | 'organisation' | 'size' | 'age';

/** What fired, before it is worded: the engine keeps none of these, explainMatch all. */
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
  | { kind: 'excluded'; points: 0; why: ExclusionKind; sizeKind?: EnterpriseKindId; organisations?: number };

/** Negative scores say why a pair is excluded. */
export const EXCLUDED = { region: -1, organisation: -2, size: -3, age: -4 } as const;

const SIZE_KINDS = ENTERPRISE_KINDS.map((k, i) => ({ ...k, bit: 1 << i })).filter((k) => k.role === 'size');
const MANUFACTURING_BIT = 1 << kindIndex('制造业企业');
const MANUFACTURING_INDUSTRIES = INDUSTRIES.reduce((mask, industry, i) => (industry.section === 'C' ? mask | (1 << i) : mask), 0);

function popcount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The score of one pair (≥ 0), or an EXCLUDED code (< 0); a score counts as a suggestion
 * when `fit` is set in the returned flags. `keywordHit(i)` says whether the client's
 * keyword i occurs in the notice. `out`, when given, receives every hit.
 */
export function scorePair(
  notice: CompiledNotice,
  client: CompiledProfile,
  today: { day: number; year: number },
  keywordHit: (index: number) => boolean,
  out?: Hit[],
): { score: number; fit: boolean } {
  // Where: a notice of another province (or city, or district) is not for this client.
  let regionPoints: number;
  if (notice.national) {
    regionPoints = POINTS.regionNational;
    out?.push({ kind: 'region', points: regionPoints, scope: 'national' });
  } else if (client.province === null) {
    regionPoints = 0;
    out?.push({ kind: 'region', points: 0, scope: 'unknown-client' });
  } else {
    const bit = provinceBit(client.province);
    const inProvince = (notice.provinceLo & bit.lo) !== 0 || (notice.provinceHi & bit.hi) !== 0;
    const otherCity = notice.city !== null && client.city !== null && notice.city !== client.city;
    const otherDistrict = notice.district !== null && client.district !== null && notice.district !== client.district;
    if (!inProvince || otherCity || otherDistrict) {
      out?.push({ kind: 'excluded', points: 0, why: 'region' });
      return { score: EXCLUDED.region, fit: false };
    }
    const cityUnknown = (notice.city !== null && client.city === null) || (notice.district !== null && client.district === null);
    regionPoints = cityUnknown ? POINTS.regionCityUnknown : POINTS.regionLocal;
    out?.push({ kind: 'region', points: regionPoints, scope: cityUnknown ? 'city-unknown' : 'local' });
  }
  // Whom: a notice only for cities, parks or service bodies is not for a company.
  if (notice.organisationsOnly !== 0 && (notice.organisationsOnly & client.kindMask) === 0) {
    out?.push({ kind: 'excluded', points: 0, why: 'organisation', organisations: notice.organisationsOnly });
    return { score: EXCLUDED.organisation, fit: false };
  }
  let score = regionPoints;
  let fit = false;
  // Size: a notice for 小微企业 is not for a 大型 company; one that includes the size counts.
  if (client.size !== null) {
    let sizeTargets = 0;
    let sizeFits: (typeof SIZE_KINDS)[number] | null = null;
    let fitsTarget = false;
    for (const kind of SIZE_KINDS) {
      const target = (notice.kindTarget & kind.bit) !== 0;
      const mention = (notice.kindMention & kind.bit) !== 0;
      if (!target && !mention) continue;
      if (target) sizeTargets += 1;
      if (SIZES_OF_KIND[kind.id]?.includes(client.size) && (!sizeFits || (target && !fitsTarget))) {
        sizeFits = kind;
        fitsTarget = target;
      }
    }
    if (sizeTargets > 0 && !(sizeFits && fitsTarget)) {
      const first = SIZE_KINDS.find((k) => (notice.kindTarget & k.bit) !== 0);
      out?.push({ kind: 'excluded', points: 0, why: 'size', ...(first ? { sizeKind: first.id } : {}) });
      return { score: EXCLUDED.size, fit: false };
    }
    if (sizeFits) {
      const points = fitsTarget ? POINTS.sizeTarget : POINTS.sizeMention;
      score += points;
      out?.push({ kind: 'size', points, sizeKind: sizeFits.id, target: fitsTarget });
    }
  }
  // Age: 成立满3年 and a client founded last year.
  if (client.foundedYear !== null && (!Number.isNaN(notice.minAge) || !Number.isNaN(notice.maxAge))) {
    const age = today.year - client.foundedYear;
    if ((!Number.isNaN(notice.minAge) && age < notice.minAge) || (!Number.isNaN(notice.maxAge) && age > notice.maxAge)) {
      out?.push({ kind: 'excluded', points: 0, why: 'age' });
      return { score: EXCLUDED.age, fit: false };
    }
    score += POINTS.age;
    out?.push({ kind: 'age', points: POINTS.age });
  }
  // Qualifications the client holds that the notice names (at most two count).
  const heldTarget = notice.kindTarget & client.kindMask & ~ORGANISATION_MASK;
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
  if ((notice.kindTarget & MANUFACTURING_BIT) !== 0 && (client.industryMask & MANUFACTURING_INDUSTRIES) !== 0) {
    score += POINTS.sector;
    out?.push({ kind: 'sector', points: POINTS.sector });
  }
  // Business keywords in the title, headings or conditions.
  let keywords = 0;
  for (let i = 0; i < client.keywords.length && keywords < MAX_KEYWORDS; i += 1) {
    if (!keywordHit(i)) continue;
    keywords += 1;
    score += POINTS.keyword;
    fit = true;
    out?.push({ kind: 'keyword', points: POINTS.keyword, keyword: client.keywords[i] ?? '' });
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
  return { score: Math.min(score, 100), fit };
}

export type MatchReason = {
  kind: ReasonKind | 'excluded';
  /** 地区：北京市, 资质：高新技术企业（申报条件第二条）, 截止 2019-01-08，剩 12 天, 仅限山西省. */
  text: string;
  /** The sentence it came from; null for what comes from the client alone. */
  evidence: Evidence | null;
  points: number;
};

export type MatchResult =
  | { excluded: true; reason: MatchReason; score: 0; suggested: false; relevance: null; reasons: [] }
  | { excluded: false; score: number; suggested: boolean; relevance: Relevance; reasons: MatchReason[] };

/** 高 from 70 points, 中 from 50, else 低: what 采纳 pre-fills. */
export function relevanceOf(score: number): Relevance {
  return score >= 70 ? '高' : score >= 50 ? '中' : '低';
}

export function isSuggested(result: { score: number; fit: boolean }): boolean {
  return result.score >= SUGGEST_AT && result.fit;
}

export function todayOf(iso: string): { day: number; year: number } {
  return { day: dayNumber(iso), year: Number(iso.slice(0, 4)) };
}

/** The whole answer for one notice and one client, worded. Pure: same input, same output. */
export function explainMatch(features: PolicyFeatures, profile: MatchProfile | CompiledProfile, today: string): MatchResult {
  const client = 'kindMask' in profile ? profile : compileProfile(profile, kindIndex, industryIndex);
  const notice = compileNotice(features);
  const hits: Hit[] = [];
  const result = scorePair(notice, client, todayOf(today), (i) => notice.keyText.includes(client.keywords[i] ?? '\u0000'), hits);
  if (result.score < 0) {
    const excluded = hits.find((h) => h.kind === 'excluded');
    return { excluded: true, reason: excludedReason(features, excluded), score: 0, suggested: false, relevance: null, reasons: [] };
  }
  return {
    excluded: false,
    score: result.score,
    suggested: isSuggested(result),
    relevance: relevanceOf(result.score),
    reasons: hits.flatMap((hit) => wordHit(hit, features)),
  };
}
