// The words matching understands, in one file: whom a notice is for (enterprise kinds and
// qualifications), industries (mapped to GB/T 4754-2017 sections), what a notice gives,
// and the regional economic zones that stand for several provinces. The client form
// offers the same lists, so what a consultant picks is what notices are read for.
//
// Synonyms are plain substrings, longest first where one contains another: the
// extractor takes the first that occurs. Keep them specific: a synonym that is also an
// everyday word (服务, 平台) makes every notice look relevant.
import type { ProvinceName } from '../model/region.ts';

export type EnterpriseKindId =
  | '高新技术企业'
  | '专精特新'
  | '科技型中小企业'
  | '中小企业'
  | '小微企业'
  | '民营企业'
  | '国有企业'
  | '规上企业'
  | '制造业企业'
  | '企业技术中心'
  | '上市挂牌企业'
  | '服务机构'
  | '科研院所高校'
  | '园区'
  | '地方政府';

export type EnterpriseKind = {
  id: EnterpriseKindId;
  /** How the UI and the reasons name it. */
  label: string;
  synonyms: readonly string[];
  /**
   * qualification: a status a company holds (and a client lists under 资质);
   * size: follows from the client's 规模; sector: follows from its industry;
   * organisation: not a company at all (a notice only for these excludes companies).
   */
  role: 'qualification' | 'size' | 'sector' | 'organisation';
};

export const ENTERPRISE_KINDS: readonly EnterpriseKind[] = [
  { id: '高新技术企业', label: '高新技术企业', role: 'qualification', synonyms: ['国家高新技术企业', '高新技术企业', '高新企业', '高企'] },
  { id: '专精特新', label: '专精特新', role: 'qualification', synonyms: ['专精特新', '小巨人', '单项冠军'] },
  { id: '科技型中小企业', label: '科技型中小企业', role: 'qualification', synonyms: ['科技型中小企业', '科技型中小微企业', '科技型企业'] },
  { id: '企业技术中心', label: '企业技术中心', role: 'qualification', synonyms: ['企业技术中心', '工程技术研究中心', '重点实验室'] },
  { id: '上市挂牌企业', label: '上市/挂牌企业', role: 'qualification', synonyms: ['上市公司', '挂牌企业', '挂牌', '上市企业', '新三板'] },
  { id: '民营企业', label: '民营企业', role: 'qualification', synonyms: ['民营企业', '民营经济', '非公有制企业', '民营'] },
  { id: '国有企业', label: '国有企业', role: 'qualification', synonyms: ['国有企业', '中央企业', '国企', '央企'] },
  { id: '规上企业', label: '规上企业', role: 'qualification', synonyms: ['规模以上工业企业', '规模以上', '规上企业', '规上'] },
  { id: '中小企业', label: '中小企业', role: 'size', synonyms: ['中小微企业', '中小企业'] },
  { id: '小微企业', label: '小微企业', role: 'size', synonyms: ['小型微型企业', '小微工业企业', '小微企业', '小型企业', '微型企业'] },
  { id: '制造业企业', label: '制造业企业', role: 'sector', synonyms: ['制造业企业', '工业企业', '制造企业', '制造业'] },
  { id: '服务机构', label: '服务机构', role: 'organisation', synonyms: ['公共服务平台', '服务机构', '咨询机构', '中介机构', '服务提供商', '服务示范平台'] },
  { id: '科研院所高校', label: '科研院所/高校', role: 'organisation', synonyms: ['科研院所', '科研机构', '高等院校', '高校'] },
  { id: '园区', label: '园区/基地', role: 'organisation', synonyms: ['产业园区', '工业园区', '示范基地', '产业基地', '园区'] },
  { id: '地方政府', label: '城市/地方政府', role: 'organisation', synonyms: ['人民政府', '示范城市', '县（市、区）', '市县'] },
];

/** GB/T 4754-2017 门类 (section) letters with their names, for the industries below. */
export const GBT4754_SECTIONS = {
  A: '农、林、牧、渔业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  G: '交通运输、仓储和邮政业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  R: '文化、体育和娱乐业',
} as const;

export type Gbt4754Section = keyof typeof GBT4754_SECTIONS;

export type IndustryId =
  | '节能环保'
  | '新能源'
  | '集成电路'
  | '电子信息'
  | '软件和信息技术服务'
  | '人工智能'
  | '工业互联网'
  | '生物医药'
  | '装备制造'
  | '新材料'
  | '汽车'
  | '消费品'
  | '科技服务'
  | '金融服务'
  | '现代农业'
  | '建筑'
  | '交通物流'
  | '文化创意';

export type Industry = { id: IndustryId; section: Gbt4754Section; synonyms: readonly string[] };

export const INDUSTRIES: readonly Industry[] = [
  {
    id: '节能环保',
    section: 'N',
    synonyms: ['节能环保', '节能减排', '绿色制造', '绿色工厂', '绿色发展', '清洁生产', '资源综合利用', '循环经济', '生态环境', '污染防治', '环境保护', '节能', '环保', '低碳', '绿色'],
  },
  { id: '新能源', section: 'D', synonyms: ['可再生能源', '清洁能源', '新能源', '光伏', '风电', '太阳能', '生物质能', '储能', '氢能', '清洁供热'] },
  { id: '集成电路', section: 'C', synonyms: ['集成电路', '半导体', '芯片'] },
  { id: '电子信息', section: 'C', synonyms: ['电子信息', '通信设备', '电子元器件', '5G'] },
  {
    id: '软件和信息技术服务',
    section: 'I',
    synonyms: ['软件和信息技术服务', '信息技术服务', '两化融合', '大数据', '云计算', '数字经济', '电子商务', '信息化', '软件'],
  },
  { id: '人工智能', section: 'I', synonyms: ['新一代人工智能', '人工智能', '智能语音', '机器学习'] },
  { id: '工业互联网', section: 'I', synonyms: ['工业互联网', '工业大数据', '工业APP', '工业软件'] },
  { id: '生物医药', section: 'C', synonyms: ['生物医药', '医疗器械', '生物技术', '生物经济', '医药', '制药'] },
  { id: '装备制造', section: 'C', synonyms: ['高端装备', '装备制造', '智能制造', '机器人', '数控机床', '航空航天', '服务型制造'] },
  { id: '新材料', section: 'C', synonyms: ['新材料', '先进材料', '石墨烯'] },
  { id: '汽车', section: 'C', synonyms: ['新能源汽车', '智能网联汽车', '汽车'] },
  { id: '消费品', section: 'C', synonyms: ['消费品', '纺织', '服装', '食品', '家电', '轻工', '三品'] },
  { id: '科技服务', section: 'M', synonyms: ['科技服务', '知识产权', '检验检测', '技术转移', '研发服务', '工业设计', '科技成果转化'] },
  { id: '金融服务', section: 'J', synonyms: ['金融服务', '融资担保', '融资租赁', '金融机构', '债务处置', '金融'] },
  { id: '现代农业', section: 'A', synonyms: ['现代农业', '农产品', '农业', '林业', '畜牧'] },
  { id: '建筑', section: 'E', synonyms: ['装配式建筑', '建筑节能', '建筑业'] },
  { id: '交通物流', section: 'G', synonyms: ['交通运输', '物流'] },
  { id: '文化创意', section: 'R', synonyms: ['文化创意', '文化产业', '影视', '动漫'] },
];

export type BenefitId = '资金补助' | '奖励' | '贴息' | '税收优惠' | '认定' | '示范' | '政府采购';

export const BENEFITS: readonly { id: BenefitId; synonyms: readonly string[] }[] = [
  { id: '资金补助', synonyms: ['资金补助', '专项资金', '扶持资金', '资金支持', '补助', '资助', '补贴'] },
  { id: '奖励', synonyms: ['奖励', '奖补'] },
  { id: '贴息', synonyms: ['贴息'] },
  { id: '税收优惠', synonyms: ['税收优惠', '加计扣除', '免征', '减征', '减免'] },
  { id: '认定', synonyms: ['认定', '评定', '评价', '遴选', '入库'] },
  { id: '示范', synonyms: ['示范', '试点', '标杆'] },
  { id: '政府采购', synonyms: ['政府采购', '优先采购'] },
];

/** The benefits that are money to the applicant: a reason of their own (支持：资金补助…). */
export const MONEY_BENEFITS: ReadonlySet<BenefitId> = new Set<BenefitId>(['资金补助', '奖励', '贴息', '税收优惠']);

/** Company sizes (GB/T 划型: 大型/中型/小型/微型), as the client form offers them. */
export const COMPANY_SIZES = ['大型', '中型', '小型', '微型'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** The sizes each size-kind includes: a 中小企业 notice is for 中型, 小型 and 微型. */
export const SIZES_OF_KIND: Readonly<Partial<Record<EnterpriseKindId, readonly CompanySize[]>>> = {
  中小企业: ['中型', '小型', '微型'],
  小微企业: ['小型', '微型'],
  科技型中小企业: ['中型', '小型', '微型'],
};

/** Regional economic zones: a notice for one applies in its provinces. */
export const ECONOMIC_ZONES: readonly { name: string; provinces: readonly ProvinceName[] }[] = [
  { name: '长江经济带', provinces: ['上海', '江苏', '浙江', '安徽', '江西', '湖北', '湖南', '重庆', '四川', '云南', '贵州'] },
  { name: '京津冀', provinces: ['北京', '天津', '河北'] },
  { name: '粤港澳大湾区', provinces: ['广东', '香港', '澳门'] },
  { name: '长三角', provinces: ['上海', '江苏', '浙江', '安徽'] },
  { name: '成渝地区', provinces: ['四川', '重庆'] },
  { name: '东北地区', provinces: ['辽宁', '吉林', '黑龙江'] },
  { name: '黄河流域', provinces: ['青海', '四川', '甘肃', '宁夏', '内蒙古', '山西', '陕西', '河南', '山东'] },
];

/**
 * The kinds a free-text tag of a client stands for (高企 → 高新技术企业), by synonym. A
 * synonym inside a longer one that also matched does not count: 科技型中小企业 is that
 * qualification, not also 中小企业.
 */
export function kindsOfTag(tag: string): EnterpriseKindId[] {
  const matched: { id: EnterpriseKindId; word: string }[] = [];
  for (const kind of ENTERPRISE_KINDS) {
    const word = kind.label === tag || kind.id === tag ? tag : kind.synonyms.find((s) => tag.includes(s));
    if (word) matched.push({ id: kind.id, word });
  }
  return matched.filter((m) => !matched.some((other) => other !== m && other.word.length > m.word.length && other.word.includes(m.word))).map((m) => m.id);
}

/** The industries a client's free-text industry stands for (环保设备制造 → 节能环保, 装备制造). */
export function industriesOfText(text: string): IndustryId[] {
  if (text.trim() === '') return [];
  return INDUSTRIES.filter((industry) => industry.id === text || industry.synonyms.some((s) => text.includes(s))).map((i) => i.id);
}
