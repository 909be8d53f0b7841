// Which province (and city) a notice is about, read from its issuing agencies and title.
// One extractor for the search filters (shared/search) and the UI's facets, so that a
// facet count and a filter always agree. Pure: names in, names out.
//
// Provinces are named by their short names (北京, 内蒙古, 广西, …), the form titles and
// agencies begin with and the library's `province` field uses.
import { listDivisions } from './divisions.ts';

export type ProvinceName = (typeof PROVINCES)[number]['short'];

/** The 34 province-level divisions: short name, full name, GB/T 2260 code. */
export const PROVINCES = [
  { short: '北京', full: '北京市', code: '11' },
  { short: '天津', full: '天津市', code: '12' },
  { short: '河北', full: '河北省', code: '13' },
  { short: '山西', full: '山西省', code: '14' },
  { short: '内蒙古', full: '内蒙古自治区', code: '15' },
  { short: '辽宁', full: '辽宁省', code: '21' },
  { short: '吉林', full: '吉林省', code: '22' },
  { short: '黑龙江', full: '黑龙江省', code: '23' },
  { short: '上海', full: '上海市', code: '31' },
  { short: '江苏', full: '江苏省', code: '32' },
  { short: '浙江', full: '浙江省', code: '33' },
  { short: '安徽', full: '安徽省', code: '34' },
  { short: '福建', full: '福建省', code: '35' },
  { short: '江西', full: '江西省', code: '36' },
  { short: '山东', full: '山东省', code: '37' },
  { short: '河南', full: '河南省', code: '41' },
  { short: '湖北', full: '湖北省', code: '42' },
  { short: '湖南', full: '湖南省', code: '43' },
  { short: '广东', full: '广东省', code: '44' },
  { short: '广西', full: '广西壮族自治区', code: '45' },
  { short: '海南', full: '海南省', code: '46' },
  { short: '重庆', full: '重庆市', code: '50' },
  { short: '四川', full: '四川省', code: '51' },
  { short: '贵州', full: '贵州省', code: '52' },
  { short: '云南', full: '云南省', code: '53' },
  { short: '西藏', full: '西藏自治区', code: '54' },
  { short: '陕西', full: '陕西省', code: '61' },
  { short: '甘肃', full: '甘肃省', code: '62' },
  { short: '青海', full: '青海省', code: '63' },
  { short: '宁夏', full: '宁夏回族自治区', code: '64' },
  { short: '新疆', full: '新疆维吾尔自治区', code: '65' },
  { short: '台湾', full: '台湾省', code: '71' },
  { short: '香港', full: '香港特别行政区', code: '81' },
  { short: '澳门', full: '澳门特别行政区', code: '82' },
] as const;

/** The four municipalities are cities too: their notices get the same name as city. */
const MUNICIPALITIES: readonly ProvinceName[] = ['北京', '天津', '上海', '重庆'];

/**
 * Major cities by short name and province: the capitals, the cities with separate
 * planning status, and the large prefecture-level cities that issue many notices.
 * Names that are also common words or other places (中山, 吉林市) are left out on purpose:
 * a wrong region is worse than none.
 */
export const CITIES: readonly { short: string; province: ProvinceName }[] = [
  ...MUNICIPALITIES.map((province) => ({ short: province, province })),
  ...cities('河北', '石家庄 唐山 保定 邯郸 廊坊 沧州 秦皇岛 雄安'),
  ...cities('山西', '太原 大同 长治 晋城 运城'),
  ...cities('内蒙古', '呼和浩特 包头 鄂尔多斯 赤峰'),
  ...cities('辽宁', '沈阳 大连 鞍山 锦州'),
  ...cities('吉林', '长春'),
  ...cities('黑龙江', '哈尔滨 大庆 齐齐哈尔'),
  ...cities('江苏', '南京 苏州 无锡 常州 南通 徐州 扬州 镇江 盐城 泰州 连云港 宿迁 淮安'),
  ...cities('浙江', '杭州 宁波 温州 绍兴 嘉兴 金华 湖州 衢州 舟山 丽水'),
  ...cities('安徽', '合肥 芜湖 蚌埠 马鞍山 安庆 阜阳'),
  ...cities('福建', '福州 厦门 泉州 漳州 莆田'),
  ...cities('江西', '南昌 赣州 九江 上饶 景德镇'),
  ...cities('山东', '济南 青岛 烟台 潍坊 临沂 淄博 济宁 威海 日照 德州 聊城 东营'),
  ...cities('河南', '郑州 洛阳 开封 新乡 南阳 许昌'),
  ...cities('湖北', '武汉 宜昌 襄阳 十堰 荆州'),
  ...cities('湖南', '长沙 株洲 湘潭 岳阳 衡阳 常德'),
  ...cities('广东', '广州 深圳 佛山 东莞 珠海 惠州 汕头 江门 湛江 肇庆'),
  ...cities('广西', '南宁 柳州 桂林 北海'),
  ...cities('海南', '海口 三亚'),
  ...cities('四川', '成都 绵阳 德阳 宜宾 泸州'),
  ...cities('贵州', '贵阳 遵义'),
  ...cities('云南', '昆明 曲靖 玉溪'),
  ...cities('西藏', '拉萨'),
  ...cities('陕西', '西安 宝鸡 咸阳 榆林'),
  ...cities('甘肃', '兰州 天水'),
  ...cities('青海', '西宁'),
  ...cities('宁夏', '银川'),
  ...cities('新疆', '乌鲁木齐 克拉玛依'),
  ...cities('台湾', '台北'),
];

function cities(province: ProvinceName, names: string): { short: string; province: ProvinceName }[] {
  return names.split(' ').map((short) => ({ short, province }));
}

export type Region = {
  /** Short province name, or null for national notices and when nothing says. */
  province: ProvinceName | null;
  /** Short city name (深圳, 北京), or null. */
  city: string | null;
};

/** A place named in a text: its province, and its city and district where the name says. */
export type Place = { name: string; province: ProvinceName; city: string | null; district: string | null };

const PROVINCE_BY_CODE: ReadonlyMap<string, ProvinceName> = new Map(PROVINCES.map((p) => [p.code, p.short]));

// Every spelling that can be found, longest first under its first character, so that
// 内蒙古自治区 wins over 内蒙古 and 石家庄 is not read as something shorter. A district
// name can belong to several cities (朝阳区: 北京 and 长春); placesIn resolves it.
const PLACES_BY_FIRST_CHAR: ReadonlyMap<string, readonly Place[]> = (() => {
  const places: Place[] = [];
  for (const { short, full } of PROVINCES) {
    const city = MUNICIPALITIES.includes(short) ? short : null;
    places.push({ name: full, province: short, city, district: null }, { name: short, province: short, city, district: null });
  }
  const curated = new Set<string>();
  for (const { short, province } of CITIES) {
    curated.add(short);
    if (!MUNICIPALITIES.includes(short as ProvinceName)) places.push({ name: short, province, city: short, district: null });
  }
  for (const division of listDivisions()) {
    const province = PROVINCE_BY_CODE.get(division.provinceCode);
    if (!province) continue;
    const district = division.level === 'district' ? division.name : null;
    places.push({ name: division.name, province, city: division.city, district });
  }
  const map = new Map<string, Place[]>();
  for (const place of places) {
    const first = place.name[0] ?? '';
    const list = map.get(first) ?? [];
    list.push(place);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.name.length - a.name.length);
  return map;
})();

/** 吉林市场监管局 is not 吉林市: a city name ending in 市 must not be the start of 市场. */
function endsInsideWord(text: string, place: Place, at: number): boolean {
  return place.name.endsWith('市') && text[at + place.name.length] === '场';
}

/**
 * Picks the place a name means at `at`: the longest name that fits; of several places
 * with that name (a district name used in two cities), the one in the province (and
 * city) named just before, else the only one, else none.
 */
function placeAt(text: string, at: number, context: Place | undefined): { place: Place | null; length: number } {
  const candidates = PLACES_BY_FIRST_CHAR.get(text[at] ?? '');
  if (!candidates) return { place: null, length: 0 };
  for (const candidate of candidates) {
    if (!text.startsWith(candidate.name, at) || endsInsideWord(text, candidate, at)) continue;
    const same = candidates.filter((other) => other.name === candidate.name);
    if (same.length === 1) return { place: candidate, length: candidate.name.length };
    const inContext = context
      ? (same.find((p) => p.province === context.province && (!context.city || p.city === context.city)) ??
        same.find((p) => p.province === context.province))
      : undefined;
    // A curated or province name is never ambiguous with a district of the same spelling.
    const primary = same.find((p) => p.district === null);
    const chosen = inContext ?? primary ?? null;
    return { place: chosen, length: candidate.name.length };
  }
  return { place: null, length: 0 };
}

/** The places named in `text`, in reading order, never overlapping. */
export function placesIn(text: string): Place[] {
  const found: Place[] = [];
  let i = 0;
  while (i < text.length) {
    const { place, length } = placeAt(text, i, found[found.length - 1]);
    if (place) found.push(place);
    i += length > 0 ? length : 1;
  }
  return found;
}

/**
 * The region of a notice: the issuing agencies decide (北京市财政局 → 北京), else the title
 * (山西关于做好… → 山西). Within the text that decides, a city of that province is kept
 * when one is named (广东省深圳市… → 广东, 深圳). National notices give nulls.
 */
export function extractRegion(notice: { title: string; agencies: readonly string[] }): Region {
  for (const text of [...notice.agencies, notice.title]) {
    const places = placesIn(text);
    const first = places[0];
    if (!first) continue;
    const city = first.city ?? places.find((place) => place.province === first.province && place.city)?.city ?? null;
    return { province: first.province, city };
  }
  return { province: null, city: null };
}
