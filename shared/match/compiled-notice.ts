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

/** Qualification kinds (高新技术企业, 专精特新…): statuses a company holds or not. */
export const QUALIFICATION_MASK = ENTERPRISE_KINDS.reduce((mask, k, i) => (k.role === 'qualification' ? mask | (1 << i) : mask), 0);

/** Kinds of ownership a notice may be limited to, which no notice grants. */
const OWNERSHIP_MASK = (1 << kindIndex('foreign-invested')) | (1 << kindIndex('state-owned'));

/** CompiledNotice.noAction: what a notice that asks nothing is. */
export const NO_ACTION = { none: 0, results: 1, repeal: 2 } as const;

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
  /** A national notice's forwarder's area (NoticeFeatures.route) as province masks, city and district; masks 0 when none. */
  routeLo: number;
  routeHi: number;
  routeCity: string | null;
  routeDistrict: string | null;
  kindTarget: number;
  kindMention: number;
  /** Qualifications the conditions ask for (已认定的高新技术企业), not the one the title grants. */
  kindRequired: number;
  /** Organisation kinds the notice is only for (示范城市, 实施主体为…人民政府); 0 when companies can apply. */
  organisationsOnly: number;
  industryTarget: number;
  industryMention: number;
  money: boolean;
  /** NO_ACTION code: 0, or a 公示 of results / a repeal (nothing to apply for). */
  noAction: number;
  /** A call or funded policy open to enterprises of any industry (NoticeFeatures.openCall). */
  openCall: boolean;
  /** Day number (days since 1970-01-01) of the deadline, or NaN. */
  deadlineDay: number;
  /** The deadline's year, or NaN. */
  deadlineYear: number;
  /** The year its title names (2023年, 2023年度), or NaN: the round a call without a deadline is of. */
  titleYear: number;
  minAge: number;
  maxAge: number;
  keyText: string;
};

/** The notice's deadline as the library has it now (a later import may have filled it in). */
export function withDeadline(compiled: CompiledNotice, deadline: string | null): CompiledNotice {
  const deadlineDay = deadline ? dayNumber(deadline) : Number.NaN;
  return Object.is(deadlineDay, compiled.deadlineDay) ? compiled : { ...compiled, deadlineDay, deadlineYear: yearOf(deadline) };
}

/** The first year the title (keyText's first line) names: 关于征集2023年四川省… → 2023. */
function titleYearOf(keyText: string): number {
  const end = keyText.indexOf('\n');
  const found = /((?:19|20)\d{2})\s*年/u.exec(end < 0 ? keyText : keyText.slice(0, end));
  return found ? Number(found[1]) : Number.NaN;
}

function yearOf(iso: string | null): number {
  return iso ? Number(iso.slice(0, 4)) : Number.NaN;
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
  const route = features.route?.kind === 'regional' ? features.route.places : [];
  let routeLo = 0;
  let routeHi = 0;
  for (const place of route) {
    const bit = provinceBit(place.province);
    routeLo |= bit.lo;
    routeHi |= bit.hi;
  }
  const routePlace = route.length === 1 ? route[0] : undefined;
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
  // A notice whose title names nobody and that speaks of companies (申报主体为…企业, 示范工厂的
  // 企业) is not only for the organisations its conditions name.
  // A title that names 企业 itself (企业吸纳高校毕业生…) is for companies whatever else it names.
  const named = features.titleNamesCompanies ? 0 : titleKinds !== 0 ? titleKinds : features.speaksOfCompanies ? 0 : kindTarget;
  const organisationsOnly = named !== 0 && (named & ~ORGANISATION_MASK) === 0 ? named : 0;
  // What the conditions ask for; the title's own kinds too when it reviews those who hold them
  // (企业技术中心年度评价, 复核), not when it grants them (申报专精特新中小企业).
  // Who the company is (外资企业, 国有企业) is never granted: a notice for them asks it, title or not.
  const kindRequired = ((features.reviewsHolders ? kindTarget : kindTarget & ~titleKinds) & QUALIFICATION_MASK) | (kindTarget & OWNERSHIP_MASK);
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
    routeLo,
    routeHi,
    routeCity: routePlace?.city ?? null,
    routeDistrict: routePlace?.district ?? null,
    kindTarget,
    kindMention,
    kindRequired,
    organisationsOnly,
    industryTarget,
    industryMention,
    money: features.benefits.some((b) => MONEY_BENEFITS.has(b.benefit)),
    noAction: features.noAction ? NO_ACTION[features.noAction.kind] : NO_ACTION.none,
    openCall: features.openCall,
    deadlineDay: features.application.deadline ? dayNumber(features.application.deadline) : Number.NaN,
    deadlineYear: yearOf(features.application.deadline),
    titleYear: titleYearOf(features.keyText),
    minAge: features.ageLimit?.minYears ?? Number.NaN,
    maxAge: features.ageLimit?.maxYears ?? Number.NaN,
    keyText: keywordText(features),
  };
}
