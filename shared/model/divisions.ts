// Every prefecture-level city and county-level district of China, from the National
// Bureau of Statistics' division codes as packaged by `china-area-data` (v5: 2019 codes).
// The curated short names in region.ts find the places notices name most often; this
// adds the full names of every other city (淮北市, 黔东南苗族侗族自治州) and district
// (海淀区, 濉溪县), so that a notice of a small city still gets its province.
import areaData from 'china-area-data/data.json';

export type Division = {
  /** As printed in full: 淮北市, 海淀区. */
  name: string;
  /** GB/T 2260 code of the province, two digits. */
  provinceCode: string;
  /** The city's short name (淮北), or the municipality's (北京) for its districts. */
  city: string;
  level: 'city' | 'district';
};

type AreaTable = Record<string, Record<string, string> | undefined>;
const AREAS = areaData as AreaTable;

// Placeholders of the statistics tables, not places.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** 淮北市 → 淮北; names whose suffix is part of the name (自治州, 地区, 盟) stay whole. */
export function cityShortName(name: string): string {
  return name.endsWith('市') && name.length >= 3 ? name.slice(0, -1) : name;
}

const MUNICIPALITY_NAMES: Record<string, string> = { '11': '北京', '12': '天津', '31': '上海', '50': '重庆' };

/** Builds the list once: ~340 cities and ~2,800 districts. */
export function listDivisions(): Division[] {
  const divisions: Division[] = [];
  const provinces = AREAS['86'] ?? {};
  for (const provinceKey of Object.keys(provinces)) {
    const provinceCode = provinceKey.slice(0, 2);
    const municipality = MUNICIPALITY_NAMES[provinceCode];
    for (const [cityKey, cityName] of Object.entries(AREAS[provinceKey] ?? {})) {
      const city = municipality ?? cityShortName(cityName);
      if (!municipality && !PLACEHOLDERS.has(cityName)) divisions.push({ name: cityName, provinceCode, city, level: 'city' });
      for (const districtName of Object.values(AREAS[cityKey] ?? {})) {
        // Two-character names (城区, 郊区, 矿区) are common words too.
        if (PLACEHOLDERS.has(districtName) || districtName.length < 3) continue;
        const districtCity = PLACEHOLDERS.has(cityName) ? (municipality ?? cityShortName(districtName)) : city;
        divisions.push({ name: districtName, provinceCode, city: districtCity, level: 'district' });
      }
    }
  }
  return divisions;
}
