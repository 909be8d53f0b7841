// A notice's features as matching reads them 10 million times: bit masks and numbers.
// Built once per notice from its NoticeFeatures (compileNotice), kept by the match engine.
import { dayNumber } from '../model/briefing.ts';
import { PROVINCES, type ProvinceName } from '../model/region.ts';
import { keywordText, type NoticeFeatures } from './notice-features.ts';
import { ENTERPRISE_KINDS, INDUSTRIES, MONEY_BENEFITS, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

const KIND_INDEX = new Map<EnterpriseKindId, number>(ENTERPRISE_KINDS.map((k, i) => [k.id, i]));
const INDUSTRY_INDEX = new Map<IndustryId, number>(INDUSTRIES.map((k, i) => [k.id, i]));
const PROVINCE_INDEX = new Map<ProvinceName, number>(PROVINCES.map((p, i) => [p.short, i]));

export const kindIndex = (kind: EnterpriseKindId): number => KIND_INDEX.get(kind) ?? 0;
export const industryIndex = (industry: IndustryId): number => INDUSTRY_INDEX.get(industry) ?? 0;

/** Bits of the organisation kinds (城市/政府, 园区, 服务机构, 科研院所): not companies. */
export const ORGANISATION_MASK = ENTERPRISE_KINDS.reduce((mask, k, i) => (k.role === 'organisation' ? mask | (1 << i) : mask), 0);

/** Provinces as two 32-bit masks: PROVINCES has 34. */
export function provinceBit(province: ProvinceName): { lo: number; hi: number } {
  const index = PROVINCE_INDEX.get(province) ?? 0;
  return index < 32 ? { lo: 1 << index, hi: 0 } : { lo: 0, hi: 1 << (index - 32) };
}

export type CompiledNotice = {
  national: boolean;
  provinceLo: number;
  provinceHi: number;
  /** A city or district the notice is limited to, else null. */
  city: string | null;
  district: string | null;
  kindTarget: number;
  kindMention: number;
  /** Organisation kinds the notice is only for (示范城市, 实施主体为…人民政府); 0 when companies can apply. */
  organisationsOnly: number;
  industryTarget: number;
  industryMention: number;
  money: boolean;
  /** Day number (days since 1970-01-01) of the deadline, or NaN. */
  deadlineDay: number;
  minAge: number;
  maxAge: number;
  keyText: string;
};

/** The notice's deadline as the library has it now (a later import may have filled it in). */
export function withDeadline(compiled: CompiledNotice, deadline: string | null): CompiledNotice {
  const deadlineDay = deadline ? dayNumber(deadline) : Number.NaN;
  return Object.is(deadlineDay, compiled.deadlineDay) ? compiled : { ...compiled, deadlineDay };
}

export function compileNotice(features: NoticeFeatures): CompiledNotice {
  let provinceLo = 0;
  let provinceHi = 0;
  let city: string | null = null;
  let district: string | null = null;
  if (features.scope.kind === 'regional') {
    for (const place of features.scope.places) {
      const bit = provinceBit(place.province);
      provinceLo |= bit.lo;
      provinceHi |= bit.hi;
    }
    if (features.scope.places.length === 1) {
      city = features.scope.places[0]?.city ?? null;
      district = features.scope.places[0]?.district ?? null;
    }
  }
  let kindTarget = 0;
  let kindMention = 0;
  let titleKinds = 0;
  for (const item of features.kinds) {
    const bit = 1 << kindIndex(item.kind);
    if (item.strength === 'target') kindTarget |= bit;
    else kindMention |= bit;
    if (item.evidence.place === 'title') titleKinds |= bit;
  }
  // Only for organisations: the title names organisations and no company, or (a title
  // naming nobody) the conditions name organisations and no company.
  const named = titleKinds !== 0 ? titleKinds : kindTarget;
  const organisationsOnly = named !== 0 && (named & ~ORGANISATION_MASK) === 0 ? named : 0;
  let industryTarget = 0;
  let industryMention = 0;
  for (const item of features.industries) {
    const bit = 1 << industryIndex(item.industry);
    if (item.strength === 'target') industryTarget |= bit;
    else industryMention |= bit;
  }
  return {
    national: features.scope.kind === 'national',
    provinceLo,
    provinceHi,
    city,
    district,
    kindTarget,
    kindMention,
    organisationsOnly,
    industryTarget,
    industryMention,
    money: features.benefits.some((b) => MONEY_BENEFITS.has(b.benefit)),
    deadlineDay: features.application.deadline ? dayNumber(features.application.deadline) : Number.NaN,
    minAge: features.ageLimit?.minYears ?? Number.NaN,
    maxAge: features.ageLimit?.maxYears ?? Number.NaN,
    keyText: keywordText(features),
  };
}
