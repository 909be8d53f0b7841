// Which province-level region a notice is about: a facet of the notice list (issue 5)
// and a search filter. Pure: it reads only the notice's title and agencies.

/** The 34 province-level divisions by their short names, as titles and agencies begin. */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西',
  '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
] as const;

export type Province = (typeof PROVINCES)[number];

/**
 * The province of the issuing agencies (北京市财政局 → 北京), else of the title's first
 * words (山西关于做好… → 山西); null for national notices (工业和信息化部, 国家知识产权局)
 * and when nothing says. The first agency that names a province wins: joint notices of a
 * province's bureaus all name the same one.
 */
export function deriveProvince(notice: { title: string; agencies: readonly string[] }): Province | null {
  for (const agency of notice.agencies) {
    const province = leadingProvince(agency);
    if (province) return province;
  }
  return leadingProvince(notice.title);
}

function leadingProvince(text: string): Province | null {
  const trimmed = text.trimStart();
  return PROVINCES.find((province) => trimmed.startsWith(province)) ?? null;
}
