// Where a notice applies when its agencies and title name no place. Many real copies say
// where only by level: 省工业和信息化厅, 市工业和信息化局, 自治区…, a 主送 line of 各盟市工信局,
// 本市 / 全省 in the body; WeChat copies drop the signature altogether. Such a notice is
// local, not national. Its place then comes from what the copy still shows: a gov.cn
// address of the province, or the places its text names (the province named most,
// clearly more than any other). A local notice whose place cannot be found stays local
// with no place: it is suggested to nobody rather than to every client in the country.
import { placesIn, type Place, type ProvinceName } from '../model/region.ts';

/** An agency named by its level alone: 省工业和信息化厅, 市科技局, 自治区商务厅, 区经信局. */
const LEVEL_ONLY_AGENCY = /^(省|市|区|县|自治区|自治州|盟|旗|高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|新区)(?!级)[\u4e00-\u9fa5]{1,16}(厅|局|委|委员会|办公室|办|人民政府|政府|管委会|中心)$/u;
/** A title opened by such an agency, or naming a provincial or municipal programme. */
const LEVEL_ONLY_TITLE = /^(省|市|区|县|自治区)[\u4e00-\u9fa5]{1,16}(厅|局|委|办公室)(关于|转发)|^(关于)?(组织)?(开展|申报|做好)?[\u4e00-\u9fa5]{0,8}(省级|市级|自治区级|区级|县级|全省|全市|本市|我市|我省|自治区)/u;
/** A 主送 line of a province's or a city's own subdivisions. */
const LOCAL_ADDRESSEE = /^各(市|区|县|盟市|州市|市州|设区市|地级以上市|区县|县区|县市区|市县|旗县|县市|乡镇|街道|园区|开发区|地市|市、县)/u;
/** A forwarded document of a province or city named by level: 现将《省工业和信息化厅关于…》转发. */
const FORWARDS_LOCAL = /现将[^《。]{0,40}《(省|市|自治区)[^》]{4,120}》[^。]{0,30}转发/u;
/** Words only a local document uses of its own area (本市, 我省, 各盟市). */
export const LOCAL_WORDS = /本市|本省|我市|我省|全市|全省|本区|我区|本地区|全区|本自治区|全自治区|各盟市|各设区市|各地级以上市|各市州|各州市/u;

// The gov.cn host of each province's government sites (sc.gov.cn, gxt.jl.gov.cn).
const PROVINCE_HOSTS: Readonly<Record<string, ProvinceName>> = {
  bj: '北京', beijing: '北京', tj: '天津', tianjin: '天津', hebei: '河北', he: '河北', shanxi: '山西', sx: '山西', nmg: '内蒙古', ln: '辽宁', jl: '吉林', hlj: '黑龙江',
  sh: '上海', shanghai: '上海', js: '江苏', jiangsu: '江苏', zj: '浙江', zhejiang: '浙江', ah: '安徽', fj: '福建', fujian: '福建', jx: '江西', jiangxi: '江西', sd: '山东', shandong: '山东',
  henan: '河南', ha: '河南', hubei: '湖北', hb: '湖北', hunan: '湖南', hn: '湖南', gd: '广东', gx: '广西', hainan: '海南', hi: '海南', cq: '重庆', sc: '四川', guizhou: '贵州', gz: '贵州',
  yn: '云南', xizang: '西藏', xz: '西藏', shaanxi: '陕西', sn: '陕西', gs: '甘肃', gansu: '甘肃', qh: '青海', qinghai: '青海', nx: '宁夏', xj: '新疆', xinjiang: '新疆',
};

export type LocalText = { title: string; agencies: readonly string[]; addressees?: readonly string[]; body: readonly string[]; url?: string | null };

/** The level a local notice speaks from: a province's (省/自治区) or a city's, district's or county's. */
export type LocalLevel = 'province' | 'city';
export type LocalMarker = { text: string; level: LocalLevel };

const PROVINCE_LEVEL = /^(省|自治区)|省级|自治区级|全省|我省|本省|本自治区|全自治区|各盟市|各设区市|各地级以上市|各市州|各州市|各市（州）|各市\(州\)|各地市/u;

function levelOf(text: string): LocalLevel {
  return PROVINCE_LEVEL.test(text) ? 'province' : 'city';
}

/** What says the notice is local (the text it says it in, and at which level), or null when nothing does. */
export function localMarker(notice: LocalText): LocalMarker | null {
  const agency = notice.agencies.find((a) => LEVEL_ONLY_AGENCY.test(a));
  if (agency) return { text: agency, level: levelOf(agency) };
  if (LEVEL_ONLY_TITLE.test(notice.title)) return { text: notice.title, level: levelOf(notice.title) };
  const addressee = notice.addressees?.find((a) => LOCAL_ADDRESSEE.test(a));
  if (addressee) return { text: addressee, level: levelOf(addressee) };
  // A 主送 line the copy ran into its first paragraph (各县（市、区）、开发区经信局，各有关企业：根据…).
  const opening = notice.body[0];
  if (opening !== undefined && LOCAL_ADDRESSEE.test(opening)) return { text: opening.slice(0, 40), level: levelOf(opening.slice(0, 20)) };
  // It forwards a province's or a city's document (现将《省工业和信息化厅关于…》转发给你们): it is below it.
  const forwarding = notice.body.slice(0, 3).find((p) => FORWARDS_LOCAL.test(p));
  if (forwarding) return { text: forwarding, level: 'city' };
  for (const paragraph of notice.body) {
    const found = LOCAL_WORDS.exec(paragraph);
    if (found) return { text: paragraph, level: levelOf(found[0]) };
  }
  return null;
}

/** 盟 (各盟市, 盟行政公署) is a unit only 内蒙古 has. */
const LEAGUE = /各盟市|盟市工业|盟市人民政府|盟行政公署/u;

function provinceOfUnit(texts: readonly string[]): ProvinceName | null {
  return texts.some((text) => LEAGUE.test(text)) ? '内蒙古' : null;
}

function provinceOfUrl(url: string | null | undefined): ProvinceName | null {
  const host = /^https?:\/\/([^/:?#]+)/iu.exec(url ?? '')?.[1]?.toLowerCase();
  if (!host?.endsWith('.gov.cn')) return null;
  const labels = host.slice(0, -'.gov.cn'.length).split('.');
  const last = labels[labels.length - 1] ?? '';
  return PROVINCE_HOSTS[last] ?? null;
}

export type InferredPlace = { province: ProvinceName; city: string | null };

/**
 * The province (and, for a city's notice, the city when one of it dominates) a local notice is of: from its
 * gov.cn address, else from the places its text names, counted per province; null when
 * no province clearly leads.
 */
export function inferPlace(notice: LocalText, level: LocalLevel): InferredPlace | null {
  const texts = [notice.title, ...notice.agencies, ...(notice.addressees ?? []), ...notice.body];
  const byUrl = provinceOfUrl(notice.url) ?? provinceOfUnit(texts);
  const counts = new Map<ProvinceName, { n: number; cities: Map<string, number> }>();
  for (const text of texts) {
    for (const place of placesIn(text)) count(counts, place);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const top = byUrl ? ranked.find(([province]) => province === byUrl) : ranked[0];
  if (!top) return byUrl ? { province: byUrl, city: null } : null;
  const [province, seen] = top;
  const second = ranked.find(([other]) => other !== province)?.[1].n ?? 0;
  if (!byUrl && (seen.n < 2 || seen.n < second * 2)) return null;
  const cities = [...seen.cities.entries()].sort((a, b) => b[1] - a[1]);
  const [city, cityCount] = cities[0] ?? [null, 0];
  const nextCity = cities[1]?.[1] ?? 0;
  const cityLeads = city !== null && cityCount >= 2 && cityCount >= nextCity * 2;
  return { province, city: level === 'city' && cityLeads ? city : null };
}

function count(counts: Map<ProvinceName, { n: number; cities: Map<string, number> }>, place: Place): void {
  let entry = counts.get(place.province);
  if (!entry) counts.set(place.province, (entry = { n: 0, cities: new Map() }));
  entry.n += 1;
  if (place.city && place.city !== place.province) entry.cities.set(place.city, (entry.cities.get(place.city) ?? 0) + 1);
}
