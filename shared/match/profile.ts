// A client as matching sees it: where it is, what it does, what it holds, how big it is.
// The library's Client and the command line's CLIENT.json both become this.
import { placesIn, type ProvinceName } from '../model/region.ts';
import { provinceBit } from './compiled-notice.ts';
import { COMPANY_SIZES, ENTERPRISE_KINDS, SIZES_OF_KIND, industriesOfText, kindsOfQualification, type CompanySize, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

export type MatchProfile = {
  name: string;
  region?: { province?: string; city?: string; district?: string };
  /** From the vocabulary or free text (环保设备制造 still reads as 节能环保). */
  industry?: string;
  /** What it holds or is, in the consultant's words or as codes: 高新技术企业, 专精特新, 瞪羚企业, … */
  qualifications?: readonly string[];
  size?: CompanySize | null;
  foundedYear?: number | null;
  keywords?: readonly string[];
};

/** The profile read once, so that scoring 50,000 notices does no string work per notice. */
export type CompiledProfile = {
  name: string;
  province: ProvinceName | null;
  /** The province as the bit masks compiled notices use (0 when unknown). */
  provinceLo: number;
  provinceHi: number;
  city: string | null;
  district: string | null;
  /** What the client holds (qualifications, organisation kinds): bits of ENTERPRISE_KINDS' indexes. */
  kindMask: number;
  /** The kinds it holds, in vocabulary order, with the qualification that says so. */
  kinds: { kind: EnterpriseKindId; qualification: string }[];
  industryMask: number;
  industries: IndustryId[];
  size: CompanySize | null;
  /** The size kinds (sme, small-micro) that include the client's size, as kind bits. */
  sizeKindMask: number;
  foundedYear: number | null;
  /** Distinct keywords of two characters or more. */
  keywords: string[];
};

/** 北京市 / 北京 → 北京; 海淀区 resolved within the province. */
function regionOf(region: MatchProfile['region']): Pick<CompiledProfile, 'province' | 'city' | 'district'> {
  const text = `${region?.province ?? ''}${region?.city ?? ''}${region?.district ?? ''}`;
  const places = placesIn(text);
  const province = places[0]?.province ?? null;
  const inProvince = places.filter((p) => p.province === province);
  const city = inProvince.map((p) => p.city).find((c): c is string => c !== null) ?? null;
  const district = inProvince.map((p) => p.district).find((d): d is string => d !== null) ?? (region?.district?.trim() || null);
  return { province, city, district };
}

export function compileProfile(profile: MatchProfile, kindIndex: (kind: EnterpriseKindId) => number, industryIndex: (industry: IndustryId) => number): CompiledProfile {
  const kinds: CompiledProfile['kinds'] = [];
  for (const written of profile.qualifications ?? []) {
    const qualification = written.trim();
    for (const kind of kindsOfQualification(qualification)) if (!kinds.some((k) => k.kind === kind)) kinds.push({ kind, qualification });
  }
  const industries = industriesOfText(profile.industry ?? '');
  // A size written as a qualification (小微企业) stands for the size when none is chosen;
  // it is the size, not a qualification, so it never counts twice.
  const sizeKinds = kinds.filter((k) => ENTERPRISE_KINDS.find((e) => e.id === k.kind)?.role === 'size');
  const chosenSize = profile.size && (COMPANY_SIZES as readonly string[]).includes(profile.size) ? profile.size : null;
  const size = chosenSize ?? (sizeKinds.some((k) => k.kind === 'small-micro') ? 'small' : sizeKinds.length > 0 ? 'medium' : null);
  const held = kinds.filter((k) => !sizeKinds.includes(k));
  const keywords = [...new Set((profile.keywords ?? []).map((k) => k.trim()).filter((k) => k.length >= 2))];
  const region = regionOf(profile.region);
  const bit = region.province ? provinceBit(region.province) : { lo: 0, hi: 0 };
  const sizeKindMask = size
    ? ENTERPRISE_KINDS.reduce((mask, k) => (k.role === 'size' && SIZES_OF_KIND[k.id]?.includes(size) ? mask | (1 << kindIndex(k.id)) : mask), 0)
    : 0;
  return {
    name: profile.name,
    ...region,
    provinceLo: bit.lo,
    provinceHi: bit.hi,
    kindMask: held.reduce((mask, k) => mask | (1 << kindIndex(k.kind)), 0),
    kinds: held,
    industryMask: industries.reduce((mask, i) => mask | (1 << industryIndex(i)), 0),
    industries,
    size,
    sizeKindMask,
    foundedYear: typeof profile.foundedYear === 'number' && Number.isFinite(profile.foundedYear) ? profile.foundedYear : null,
    keywords,
  };
}
