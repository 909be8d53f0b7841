// What a notice offers and to whom, read from its text: where it applies, whom it is for,
// its industries, what it gives and the largest amount, whether it asks for an
// application and by when, and its conditions. Every item keeps the sentence that
// proves it. Pure and deterministic: computed at import and stored with the notice.
import { extractRegion, placesIn, PROVINCES, type Place, type ProvinceName } from '../model/region.ts';
import type { ForwardingDocument } from '../model/notice.ts';
import { inferPlace, LOCAL_WORDS, localMarker } from './local-scope.ts';
import { findAgeLimit, type AgeLimit } from './age-limit.ts';
import { findThresholds, type Threshold } from './thresholds.ts';
import { asksOfApplicants, governmentAddressees, namesApplicants, speaksOfCompanies } from './applicants.ts';
import { UNTITLED, withForwardedTitle } from './forwarded-title.ts';
import { withoutDepartments, withoutIssuer } from './text-masks.ts';
import { findConditions, type Conditions } from './conditions.ts';
import { WordScanner } from './word-scanner.ts';
import { evidenceAt, findWord, sentencesOf, type Evidence, type EvidencePlace, type Sentence } from './evidence.ts';
import {
  BENEFITS,
  ECONOMIC_ZONES,
  ENTERPRISE_KINDS,
  INDUSTRIES,
  MONEY_BENEFITS,
  roleOfKind,
  type BenefitId,
  type EnterpriseKindId,
  type IndustryId,
} from './vocabulary.ts';

/**
 * Bump when the extraction changes: stored features of an older version are computed again.
 * The stored record (compiled-notice.ts) holds kinds and industries as bits of their place in
 * the vocabulary, not their codes: renaming a code needs no bump, reordering or inserting does.
 */
export const FEATURES_VERSION = 8;

export type ScopePlace = { province: ProvinceName; city: string | null; district: string | null };

export type RegionScope =
  | { kind: 'national' }
  | {
      kind: 'regional';
      /** The places it is limited to (one, or the provinces of an economic zone). */
      places: ScopePlace[];
      /** How the limit reads in a reason: 山西省, 深圳市, 长江经济带. */
      label: string;
      evidence: Evidence;
    };

/** target: in the title or the conditions (whom it is for); mention: elsewhere in the body. */
export type Strength = 'target' | 'mention';

export type KindItem = { kind: EnterpriseKindId; strength: Strength; evidence: Evidence };
export type IndustryItem = { industry: IndustryId; strength: Strength; evidence: Evidence };
export type BenefitItem = { benefit: BenefitId; evidence: Evidence };
export type Amount = { wan: number; text: string; evidence: Evidence };

/** A notice that asks nothing of anyone: a 公示 or list of results, a repeal. */
export type NoAction = { kind: 'results' | 'repeal'; evidence: Evidence };

export type NoticeFeatures = {
  version: number;
  scope: RegionScope;
  /**
   * A national notice that came attached to a local 转发: the forwarder's area. Applicants
   * there go through the forwarder (a local notice for them); elsewhere it stays national.
   */
  route: RegionScope | null;
  noAction: NoAction | null;
  /**
   * A call or a funded policy for enterprises of any industry (none named as whom it is
   * for): every enterprise of its area that meets its conditions may apply.
   */
  openCall: boolean;
  /** The title is for those who already hold what it names: a review (年度评价, 复核, 统计调查) or a national tier (国家企业技术中心). */
  reviewsHolders: boolean;
  /** A round that comes back: 2024年度, 第六批, 每年. */
  recurring: boolean;
  /** The title, conditions or body name 企业: companies are among those it speaks to. */
  speaksOfCompanies: boolean;
  /** The title names 企业 as whom it is for (not its issuer, a department, or what a cluster gathers). */
  titleNamesCompanies: boolean;
  kinds: KindItem[];
  industries: IndustryItem[];
  benefits: BenefitItem[];
  /** The largest sum the notice grants (万元), not a threshold it sets; null when none is named. */
  maxAmount: Amount | null;
  application: { asks: boolean; deadline: string | null; evidence: Evidence | null };
  conditions: Conditions | null;
  /** How long an applicant must have existed (成立满3年), where the text says. */
  ageLimit: AgeLimit | null;
  /** Figures an applicant must reach (营业收入不低于1000万元, 研发费用占比不低于3%): the consultant checks them. */
  thresholds: Threshold[];
  /** Title and headings, one per line: with the conditions, the text business keywords are looked for in (keywordText). */
  keyText: string;
  /** Where each line of keyText stands, for the evidence of a keyword. */
  keyPlaces: EvidencePlace[];
};

export type NoticeText = {
  title: string;
  agencies: readonly string[];
  body: readonly string[];
  deadline: string | null;
  /** Where the copy came from: a province's gov.cn address tells a local notice's place. */
  url?: string | null;
  /** 主送机关: 各盟市工业和信息化局 says the notice is a region's own. */
  addressees?: readonly string[];
  /** The document this one came attached to (a 转发): its area is the forwarder's. */
  forwardedBy?: ForwardingDocument;
};

const FULL_PROVINCE = new Map<string, string>(PROVINCES.map((p) => [p.short, p.full]));
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

/** 深圳 → 深圳市; names that carry their own suffix (黔东南苗族侗族自治州) stay as they are. */
function cityLabel(city: string): string {
  // 苏州, 杭州 are cities (苏州市); 黔东南苗族侗族自治州, 锡林郭勒盟, 阿里地区 carry their own kind.
  return /(市|自治州|盟|地区|区)$/u.test(city) ? city : `${city}市`;
}

/** 山西省, 深圳市, 北京市海淀区: how a place reads in a reason. */
export function placeLabel(place: ScopePlace): string {
  const province = FULL_PROVINCE.get(place.province) ?? place.province;
  const municipality = MUNICIPALITIES.has(place.province);
  const city = place.city && !municipality ? cityLabel(place.city) : null;
  if (place.district) return `${city ?? province}${place.district}`;
  return city ?? province;
}

export function deriveFeatures(printed: NoticeText): NoticeFeatures {
  // Where it applies is read from the notice as printed; what it is about, from the
  // document it forwards when it has no title of its own.
  const notice = withForwardedTitle(printed);
  const sentences = sentencesOf(notice);
  const conditions = findConditions(notice.body);
  const inConditions = new Set(conditions?.paragraphs.map((p) => p.index) ?? []);
  // A review of holders (火炬统计调查, 年度评价) says in its opening whom it reviews (2018—2020年认定的高新技术企业).
  const reviewLead = REVIEW_TITLE.test(notice.title) ? REVIEW_LEAD_PARAGRAPHS : 0;
  const targets = new Set(
    sentences.filter(
      (sentence) =>
        sentence.place === 'title' ||
        (typeof sentence.place === 'number' && (inConditions.has(sentence.place) || sentence.place < reviewLead || namesApplicants(sentence.full))),
    ),
  );
  const hits = firstHits(sentences, (sentence) => targets.has(sentence));
  const industries = industriesOf(hits[INDUSTRY] ?? new Map<string, FirstHit>());
  const benefits = benefitsOf(hits[BENEFIT] ?? new Map<string, FirstHit>());
  const application = applicationOf(notice, sentences);
  const noAction = noActionOf(notice);
  const named = kindsOf(hits[KINDS] ?? new Map<string, FirstHit>());
  // A title naming a kind of company (智能制造试点示范: manufacturers) speaks of companies too.
  const companies = speaksOfCompanies(notice, conditions) || named.some((k) => k.evidence.place === 'title' && roleOfKind(k.kind) !== 'organisation');
  const scope = scopeOf(printed, printed === notice ? sentences : sentencesOf(printed));
  const kinds = [...named, ...governmentAddressees(notice, companies, /印发/u.test(notice.title) || POLICY_TITLE.test(notice.title))];
  const funded = benefits.some((b) => MONEY_BENEFITS.has(b.benefit)) || ENTERPRISE_SUPPORT_TITLE.test(notice.title);
  return {
    version: FEATURES_VERSION,
    scope,
    route: scope.kind === 'national' ? routeOf(printed) : null,
    noAction,
    openCall:
      noAction === null &&
      (application.asks || (POLICY_TITLE.test(notice.title) && (funded || kinds.some((k) => k.strength === 'target' && SIZE_KINDS.has(k.kind))))) &&
      // A call of a trade (named in its title or conditions, or all through its body) is that trade's.
      industries.length === 0 &&
      // For enterprises: it speaks of them, and its title is not for people.
      companies &&
      !FOR_PEOPLE_TITLE.test(notice.title),
    kinds,
    reviewsHolders: REVIEW_TITLE.test(notice.title) || UPPER_TIER_TITLE.test(notice.title),
    recurring: RECURRING_TITLE.test(notice.title),
    speaksOfCompanies: companies,
    titleNamesCompanies: withoutDepartments(withoutIssuer(notice.title)).includes('企业'),
    industries,
    benefits,
    maxAmount: largestAmount(sentences),
    application,
    conditions,
    ageLimit: findAgeLimit(sentences),
    thresholds: findThresholds(sentences.filter((sentence) => typeof sentence.place === 'number' && (targets.has(sentence) || asksOfApplicants(sentence.full)))),
    ...keyTextOf(notice, conditions),
  };
}

// Body phrases that limit a notice to a place: 注册地在北京市, 在本市行政区域内, 海淀区内注册.
const REGISTERED_IN = [
  /注册地?(?:在|为|位于|于|属于)([^，。；、]{2,16}?)(?:的|行政区域内|辖区内|内|[，。；、]|$)/,
  /(?:在|于|位于)([^，。；、]{2,16}?)(?:行政区域内|辖区内|区域内|范围内)/,
  /在([^，。；、]{2,12}?)内(?:注册|登记|依法设立)/,
  /在([^，。；、]{2,12}?)(?:工商)?(?:注册登记|注册|登记注册)/,
];
/** Cheap test before the three patterns: most sentences say nothing of registration. */
const REGISTRATION_HINT = /注册|区域内|辖区内|范围内/;

// A title announcing results (公示, 名单, 认定…的通知 of those already chosen) or a repeal:
// nothing to apply for. One that also calls for applications (征集, 组织申报) is a call.
const RESULTS_TITLE = /公示|名单的(通知|公告)|公布.{0,30}名单|拟(认定|推荐|入选|命名)|(认定|评审|评选|遴选|验收|考核|复核|评价)结果|入选名单|通过.{0,12}(名单|复核|验收)的|^关于(认定|命名|公布)第?.{0,30}(批|年度)/u;
const CALL_TITLE = /申报|征集|组织推荐|推荐.{0,10}工作|组织开展|开展.{0,20}(工作|活动)的通知/u;
const REPEAL_TITLE = /废止|宣布失效|予以失效|停止执行/u;
/** A policy that funds: 印发…措施 / 细则 / 办法 / 若干政策. */
const POLICY_TITLE = /措施|细则|办法|政策|若干|实施意见|实施方案|扶持|帮扶|纾困|减免|优惠/u;

/** A title of a round that comes back: 2024年度, 第六批, 第31批, 每年, 年度…申报. */
const RECURRING_TITLE = /\d{4}年度|年度|第[一二三四五六七八九十百\d]+批|每年/u;

/** A title that reviews holders: 年度评价, 复核, 年报, 统计调查, 监测, 考核. */
const REVIEW_TITLE = /中心评价|评价工作|年度评价|运行评价|复核|年报|统计调查|监测|考核/u;
/**
 * A title of a national tier applied for by holders of the provincial one: 国家企业技术中心
 * (省级技术中心), 国家技术创新示范企业 (省级示范企业), 专精特新“小巨人” (省级专精特新).
 */
const UPPER_TIER_TITLE = /国家(级)?(企业技术中心|技术创新示范企业)|小巨人/u;

/** The opening paragraphs of a review that name whom it reviews. */
const REVIEW_LEAD_PARAGRAPHS = 3;

/** A title for people, not companies: students, residents, individuals paying in. */
const FOR_PEOPLE_TITLE = /大学生|城乡居民|居民医保|个人|学生|参保缴费|退役军人/u;

/** A policy titled as support for enterprises (支持企业高质量发展, 惠企政策): for every company of its area. */
const ENTERPRISE_SUPPORT_TITLE = /(支持|扶持|促进|帮扶|惠|助|稳|服务)[^，。《》]{0,4}企业|企业[^，。《》]{0,4}(发展|纾困|减负)/u;

/** The size kinds (中小企业, 小微企业): a policy for them is for every company of that size. */
const SIZE_KINDS: ReadonlySet<EnterpriseKindId> = new Set(ENTERPRISE_KINDS.filter((k) => k.role === 'size').map((k) => k.id));

function noActionOf(notice: NoticeText): NoAction | null {
  // A copy with no title says what it is in its first lines.
  const heads = notice.title.startsWith(UNTITLED) ? [notice.title, ...notice.body.slice(0, 2)] : [notice.title];
  for (const [i, text] of heads.entries()) {
    const place: EvidencePlace = i === 0 ? 'title' : i - 1;
    if (REPEAL_TITLE.test(text) && /决定|通知|公告/u.test(text)) return { kind: 'repeal', evidence: { text: text.slice(0, 90), place } };
    if (RESULTS_TITLE.test(text) && !CALL_TITLE.test(text)) return { kind: 'results', evidence: { text: text.slice(0, 90), place } };
  }
  // Its opening announces who was chosen (现认定…等1083家企业为…): a list of results.
  if (CALL_TITLE.test(notice.title)) return null;
  for (const [index, paragraph] of notice.body.slice(0, 3).entries()) {
    const found = RESULTS_LEAD.exec(paragraph);
    if (found) return { kind: 'results', evidence: evidenceAt({ text: paragraph, full: paragraph, place: index }, found.index, found[0].length) };
  }
  return null;
}

/** An opening that announces results: 现认定…等1083家企业为, 现将…名单予以公布, 现将拟补助企业予以公示. */
const RESULTS_LEAD = /现(予以)?(认定|命名|确定|公布)[^。；]{0,80}等\s*\d+\s*(家|个|项|户)|(名单|结果)(予以)?(公布|公告|公示)如下|现将[^。；]{0,60}名单(予以)?(公布|印发|公告)|现(将|对)[^。；]{0,80}(予以|进行)公示|现予(以)?公示|拟[^。；]{0,40}(名单|项目|企业)[^。；]{0,20}公示如下/u;

/** An agency of the state (a ministry, a 总局, the State Council): its notice is national. */
const NATIONAL_AGENCY = /^(国务院|国家|中国|中华全国|全国|中央)|部(办公厅|办公室)?$|总局(办公厅)?$|总署$/u;

/** For a national notice that came attached to a local 转发, the forwarder's area; else null. */
function routeOf(notice: NoticeText): RegionScope | null {
  const by = notice.forwardedBy;
  if (!by) return null;
  const forwarder: NoticeText = { title: by.title, agencies: by.agencies, addressees: by.addressees, body: by.lead, deadline: null, url: by.url ?? notice.url ?? null };
  const route = scopeOf(forwarder, sentencesOf(forwarder));
  return route.kind === 'regional' && route.places.length > 0 ? route : null;
}

/** A notice that names no place but says it is local (市工业和信息化局, 各盟市, 全省): its place from what the text shows. */
function unnamedLocalScope(notice: NoticeText): RegionScope | null {
  if (notice.agencies.some((agency) => NATIONAL_AGENCY.test(agency) && placesIn(agency).length === 0)) return null;
  const marker = localMarker(notice);
  if (marker === null) return null;
  const place = inferPlace(notice, marker.level);
  const paragraph = notice.body.findIndex((p) => p.includes(marker.text));
  const evidence: Evidence = { text: marker.text.slice(0, 90), place: notice.agencies.includes(marker.text) ? 'agencies' : paragraph >= 0 ? paragraph : 'title' };
  if (!place) return { kind: 'regional', places: [], label: UNNAMED_LOCAL, evidence };
  // 我市, 各县市区 with no city in the copy.
  if (marker.level === 'city' && !place.city && !MUNICIPALITIES.has(place.province)) return unnamedCityScope(place.province, evidence);
  const limit: ScopePlace = { province: place.province, city: place.city && !MUNICIPALITIES.has(place.province) ? place.city : null, district: null };
  return { kind: 'regional', places: [limit], label: placeLabel(limit), evidence };
}

/** How a local notice whose place the copy does not show reads in a reason. */
export const UNNAMED_LOCAL = '未写明的地区';

function scopeOf(notice: NoticeText, sentences: readonly Sentence[]): RegionScope {
  // An economic zone named in the title: the notice is for its provinces.
  const zone = ECONOMIC_ZONES.find((z) => notice.title.includes(z.name));
  if (zone) {
    return {
      kind: 'regional',
      places: zone.provinces.map((province) => ({ province, city: null, district: null })),
      label: zone.name,
      evidence: findWord(sentences, zone.name) ?? { text: notice.title, place: 'title' },
    };
  }
  const region = extractRegion(notice);
  // A body sentence that says where applicants must be registered refines the limit
  // (注册地在北京市海淀区), or proves it (在我省行政区域内注册).
  let restriction: Evidence | null = null;
  for (const sentence of sentences) {
    if (typeof sentence.place !== 'number' || !REGISTRATION_HINT.test(sentence.full)) continue;
    const match = REGISTERED_IN.map((pattern) => pattern.exec(sentence.full)).find((m) => m !== null);
    if (!match) continue;
    if (LOCAL_WORDS.test(match[1] ?? '')) restriction ??= evidenceAt(sentence, match.index, match[0].length);
    const places = placesIn(match[1] ?? '');
    const place = places[places.length - 1];
    if (!place || (region.province && place.province !== region.province)) continue;
    const limit: ScopePlace = { province: place.province, city: place.city, district: place.district };
    return { kind: 'regional', places: [limit], label: placeLabel(limit), evidence: evidenceAt(sentence, match.index, match[0].length) };
  }
  if (!region.province) return unnamedLocalScope(notice) ?? { kind: 'national' };
  // A city-level notice (深圳市科技创新委员会, 淮北市…) is for that city; a provincial one for the province.
  const cityLevel = region.city !== null && !MUNICIPALITIES.has(region.province) && namesCity(notice, region.city);
  // A district's or county's own notice (丰都县…, 北京市海淀区科学技术委员会) is for that district;
  // one naming several (吴中区、相城区、姑苏区科技局) for its city.
  const districtPlace = oneDistrict(notice.agencies, region.province) ?? (notice.agencies.length === 0 ? oneDistrict([notice.title], region.province) : null);
  // A notice addressed to a city's own districts (各辖市（区）, 各区县) speaks for that city
  // even when its opening names only the province (现将江苏省…转发给你们).
  const cityOfDistricts = !cityLevel && !districtPlace && !MUNICIPALITIES.has(region.province) ? cityAddressingDistricts(notice, region.province) : null;
  if (cityOfDistricts && cityOfDistricts.city === null) return unnamedCityScope(region.province, { text: notice.title, place: 'title' });
  const limit: ScopePlace = districtPlace
    ? { province: region.province, city: districtPlace.city, district: districtPlace.district }
    : { province: region.province, city: cityLevel ? region.city : (cityOfDistricts?.city ?? null), district: null };
  // The proof: the agencies line or the title that names the place, else a body sentence
  // saying 本市 / 我省.
  const naming = sentences.find((s) => (s.place === 'agencies' || s.place === 'title') && placesIn(s.full).some((p) => p.province === region.province));
  const local = sentences.find((s) => typeof s.place === 'number' && LOCAL_WORDS.test(s.full));
  const evidence = restriction ?? naming ?? (local ? evidenceAt(local, LOCAL_WORDS.exec(local.full)?.index ?? 0, 2) : { text: notice.title, place: 'title' as const });
  return { kind: 'regional', places: [limit], label: placeLabel(limit), evidence: { text: evidence.text, place: evidence.place } };
}

/** A 主送 of a city's subdivisions: 各辖市（区）, 各区县, 各县（市、区）, 各镇（街道）. */
const CITY_SUBDIVISIONS = /^(（无标题）)?各(辖市|县（市、区）|县\(市、区\)|区县|县区|县市区|市（区）|区、县|镇|街道|乡镇)/u;

/** How the area of a city's notice that does not say which city reads: 江苏省某市（未写明）. */
export const UNNAMED_CITY = '某市（未写明）';

/**
 * A city's, district's or county's own notice whose city the copy does not show is for one
 * city of the province, not all of them: like a local notice of no place, suggested to nobody.
 */
function unnamedCityScope(province: ProvinceName, evidence: Evidence): RegionScope {
  return { kind: 'regional', places: [], label: `${FULL_PROVINCE.get(province) ?? province}${UNNAMED_CITY}`, evidence };
}

/**
 * For a notice addressed to a city's districts, the city its text names most (null when
 * none leads); null when it is not addressed to a city's districts.
 */
function cityAddressingDistricts(notice: NoticeText, province: ProvinceName): { city: string | null } | null {
  const addressed = [notice.title, ...(notice.addressees ?? []), ...notice.body.slice(0, 2)].some((text) => CITY_SUBDIVISIONS.test(text));
  if (!addressed) return null;
  const place = inferPlace({ ...notice, url: null }, 'city');
  return { city: place && place.province === province ? place.city : null };
}

/** The one district the texts name in this province, or null when they name none or several. */
function oneDistrict(texts: readonly string[], province: ProvinceName): Place | null {
  // Read within the province: 鼓楼区 is a district of 福州, 南京, 开封 and 徐州.
  const full = FULL_PROVINCE.get(province) ?? province;
  const districts = texts.flatMap((text) => placesIn(`${full}${text}`)).filter((place) => place.district !== null && place.province === province);
  return districts.length > 0 && districts.every((place) => place.district === districts[0]?.district) ? (districts[0] ?? null) : null;
}

/** Whether the agencies or the title name the city itself (深圳市…), not only its province. */
function namesCity(notice: NoticeText, city: string): boolean {
  return [...notice.agencies, notice.title].some((text) => {
    const places = placesIn(text);
    return places[0]?.city === city && places[0].name !== FULL_PROVINCE.get(places[0].province);
  });
}

// The three vocabularies read in one pass over each sentence.
const KINDS = 0;
const INDUSTRY = 1;
const BENEFIT = 2;
const WORDS = new WordScanner([
  ENTERPRISE_KINDS.map((k) => ({ id: k.id, words: k.synonyms })),
  INDUSTRIES.map((i) => ({ id: i.id, words: i.synonyms })),
  BENEFITS.map((b) => ({ id: b.id, words: b.synonyms })),
]);

type FirstHit = { sentence: Sentence; at: number; length: number; target: boolean; count: number };

/** Per group and id, the first sentence holding one of its words (a target sentence wins), and how many sentences do. */
function firstHits(sentences: readonly Sentence[], isTarget: (s: Sentence) => boolean): Map<string, FirstHit>[] {
  const found = [new Map<string, FirstHit>(), new Map<string, FirstHit>(), new Map<string, FirstHit>()];
  for (const sentence of sentences) {
    if (sentence.place === 'agencies') continue;
    const seen = new Set<string>();
    const target = isTarget(sentence);
    const text = sentence.place === 'title' ? withoutIssuer(sentence.full) : sentence.full;
    for (const hit of WORDS.scan(withoutDepartments(text))) {
      const key = `${hit.group}:${hit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const group = found[hit.group];
      if (!group) continue;
      const before = group.get(hit.id);
      if (!before) group.set(hit.id, { sentence, at: hit.at, length: hit.word.length, target, count: 1 });
      else if (target && !before.target) group.set(hit.id, { sentence, at: hit.at, length: hit.word.length, target, count: before.count + 1 });
      else before.count += 1;
    }
  }
  return found;
}

function kindsOf(hits: Map<string, FirstHit>): KindItem[] {
  return ENTERPRISE_KINDS.flatMap((kind) => {
    const hit = hits.get(kind.id);
    return hit ? [{ kind: kind.id, strength: hit.target ? ('target' as const) : ('mention' as const), evidence: evidenceAt(hit.sentence, hit.at, hit.length) }] : [];
  });
}

/** An industry counts when the title or conditions name it, or three body sentences do. */
const BODY_SENTENCES_FOR_INDUSTRY = 3;

function industriesOf(hits: Map<string, FirstHit>): IndustryItem[] {
  return INDUSTRIES.flatMap((industry) => {
    const hit = hits.get(industry.id);
    if (!hit || (!hit.target && hit.count < BODY_SENTENCES_FOR_INDUSTRY)) return [];
    return [{ industry: industry.id, strength: hit.target ? ('target' as const) : ('mention' as const), evidence: evidenceAt(hit.sentence, hit.at, hit.length) }];
  });
}

function benefitsOf(hits: Map<string, FirstHit>): BenefitItem[] {
  return BENEFITS.flatMap((benefit) => {
    const hit = hits.get(benefit.id);
    return hit ? [{ benefit: benefit.id, evidence: evidenceAt(hit.sentence, hit.at, hit.length) }] : [];
  });
}

// 500万元, 500-3000万元, 1.5亿元. A clause naming income, sales or investment sets a
// threshold (年主营业务收入500万元至2000万元的企业), not a grant; one naming a grant word grants.
const AMOUNT = /(\d+(?:\.\d+)?)(?:\s*(?:-|—|–|～|~|至|到)\s*(\d+(?:\.\d+)?))?\s*(亿元|万元)/g;
const GRANT_WORDS = /补助|奖励|资助|补贴|贴息|给予|支持|最高|不超过|奖补|扶持/;
const THRESHOLD_WORDS = /收入|营业额|销售额|产值|投资额|总投资|资产|税收|利润|注册资本|规模/;

function largestAmount(sentences: readonly Sentence[]): Amount | null {
  let best: Amount | null = null;
  for (const sentence of sentences) {
    if (typeof sentence.place !== 'number' || !sentence.full.includes('元')) continue;
    for (const match of sentence.full.matchAll(AMOUNT)) {
      const clauseStart = Math.max(sentence.full.lastIndexOf('，', match.index), sentence.full.lastIndexOf(',', match.index)) + 1;
      const clauseEnd = (() => {
        const end = sentence.full.slice(match.index).search(/[，,。；]/);
        return end < 0 ? sentence.full.length : match.index + end;
      })();
      const clause = sentence.full.slice(clauseStart, clauseEnd);
      if (!GRANT_WORDS.test(clause) || THRESHOLD_WORDS.test(clause)) continue;
      const value = Number(match[2] ?? match[1]) * (match[3] === '亿元' ? 10_000 : 1);
      if (!Number.isFinite(value) || (best && best.wan >= value)) continue;
      best = { wan: value, text: match[0].replace(/\s+/g, ''), evidence: evidenceAt(sentence, match.index, match[0].length) };
    }
  }
  return best;
}

const APPLICATION_TITLE = /申报|申请|征集|推荐|评选|遴选|认定|评价工作|试点示范|示范.*(?:名单|企业|项目)的通知/;

function applicationOf(notice: NoticeText, sentences: readonly Sentence[]): NoticeFeatures['application'] {
  const asks = notice.deadline !== null || APPLICATION_TITLE.test(notice.title) || sentences.some((s) => /申报材料|申报时间|申报程序|申报方式/.test(s.full));
  let evidence: Evidence | null = null;
  if (notice.deadline) {
    const [, month, day] = notice.deadline.split('-').map(Number);
    evidence = findWord(sentences, `${month}月${day}日`) ?? findWord(sentences, '截止');
  }
  if (!evidence && asks) evidence = findWord(sentences, '申报') ?? null;
  return { asks, deadline: notice.deadline, evidence };
}

/** Title and headings; the conditions are kept once, in `conditions`, and read with them. */
const MAX_KEY_TEXT = 400;

function keyTextOf(notice: NoticeText, conditions: Conditions | null): { keyText: string; keyPlaces: EvidencePlace[] } {
  const inConditions = new Set(conditions?.paragraphs.map((p) => p.index) ?? []);
  const lines: { text: string; place: EvidencePlace }[] = [{ text: notice.title, place: 'title' }];
  notice.body.forEach((paragraph, index) => {
    if (paragraph.length <= 40 && !inConditions.has(index)) lines.push({ text: paragraph, place: index });
  });
  const kept: typeof lines = [];
  let length = 0;
  for (const line of lines) {
    if (length >= MAX_KEY_TEXT) break;
    const text = line.text.slice(0, MAX_KEY_TEXT - length);
    kept.push({ text, place: line.place });
    length += text.length + 1;
  }
  return { keyText: kept.map((l) => l.text).join('\n'), keyPlaces: kept.map((l) => l.place) };
}

/** The text business keywords are looked for in: title, headings and conditions. */
export function keywordText(features: Pick<NoticeFeatures, 'keyText' | 'conditions'>): string {
  return features.conditions ? `${features.keyText}\n${features.conditions.text}` : features.keyText;
}
