// A client as matching sees it: where it is, what it does, what it holds, how big it is.
// The library's Client and the command line's CLIENT.json both become this.
import { placesIn, type ProvinceName } from '../model/region.ts';
import { provinceBit } from './compiled-notice.ts';
import { COMPANY_SIZES, ENTERPRISE_KINDS, SIZES_OF_KIND, inSection, industriesOfText, kindsOfQualification, roleOfKind, type CompanySize, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

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
  /** It makes things: an industry of GB/T 4754 section C, its industry says 制造/加工/生产, or it is listed as 制造业企业. */
  manufacturer: boolean;
  /** The consultant wrote an industry (whether or not the vocabulary knows it). */
  industryKnown: boolean;
  size: CompanySize | null;
  /** The size kinds (sme, small-micro) that include the client's size, as kind bits. */
  sizeKindMask: number;
  foundedYear: number | null;
  /** Distinct keywords of two characters or more. */
  keywords: string[];
};

/** An industry of making things, in the consultant's words (硬质合金制品及数控刀具制造, 海味零食加工). */
const MAKES = /制造|加工|生产/u;
/** A consulting firm, in the consultant's words (管理咨询, 质量品牌咨询与检验检测服务). */
const CONSULTS = /咨询/u;

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
  // Consultants also write what a client holds among its keywords (省级企业技术中心,
  // 2020年认定广东省专精特新中小企业): a keyword naming a qualification counts as held.
  const written = [...(profile.qualifications ?? []).map((q) => ({ text: q.trim(), keyword: false })), ...(profile.keywords ?? []).map((k) => ({ text: k.trim(), keyword: true }))];
  for (const { text, keyword } of written) {
    for (const kind of kindsOfQualification(text)) {
      if (keyword && roleOfKind(kind) !== 'qualification') continue;
      if (!kinds.some((k) => k.kind === kind)) kinds.push({ kind, qualification: text });
    }
  }
  const industries = industriesOfText(profile.industry ?? '');
  // A firm of technical or consulting services (检验检测, 质量品牌咨询) is what 服务机构 / 公共服务平台 calls are for.
  const serviceFirm = inSection(industries, 'M') || CONSULTS.test(profile.industry ?? '');
  if (serviceFirm && !kinds.some((k) => k.kind === 'service-org')) kinds.push({ kind: 'service-org', qualification: profile.industry ?? '' });
  const manufacturer = inSection(industries, 'C') || MAKES.test(profile.industry ?? '') || kinds.some((k) => k.kind === 'manufacturer');
  // A size written as a qualification (小微企业) stands for the size when none is chosen;
  // it is the size, not a qualification, so it never counts twice.
  const sizeKinds = kinds.filter((k) => roleOfKind(k.kind) === 'size');
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
    manufacturer,
    industryKnown: (profile.industry ?? '').trim() !== '',
    size,
    sizeKindMask,
    foundedYear: typeof profile.foundedYear === 'number' && Number.isFinite(profile.foundedYear) ? profile.foundedYear : null,
    keywords,
  };
}
