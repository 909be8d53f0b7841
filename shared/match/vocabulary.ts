// The words matching understands, in one file: whom a notice is for (enterprise kinds and
// qualifications), industries (mapped to GB/T 4754-2017 sections), what a notice gives,
// company sizes, and the regional economic zones that stand for several provinces. Each
// is an ASCII code, what matching compares and the library stores; the Chinese here is
// parsing input only (the words looked for in notices and in a client's own words). How
// the UI, the reasons and the command line name a code is shared/words/code-words.ts;
// the client form offers those names, and each reads back as its code (names, below).
//
// Synonyms are plain substrings, longest first where one contains another: the
// extractor takes the first that occurs. Keep them specific: a synonym that is also an
// everyday word (服务, 平台) makes every notice look relevant.
import type { ProvinceName } from '../model/region.ts';

export type EnterpriseKindId =
  | 'high-tech'
  | 'specialised'
  | 'tech-sme'
  | 'sme'
  | 'small-micro'
  | 'leading'
  | 'private'
  | 'state-owned'
  | 'foreign-invested'
  | 'above-scale'
  | 'manufacturer'
  | 'tech-centre'
  | 'innovation-demo'
  | 'champion'
  | 'listed'
  | 'service-org'
  | 'research-university'
  | 'park'
  | 'local-government'
  | 'public-institution'
  | 'individual';

export type EnterpriseKind = {
  id: EnterpriseKindId;
  /**
   * A client's qualification that is one of these, whole, is this kind even when no
   * synonym is in it (城市/地方政府): the names the client form offered, which clients
   * saved before codes hold, and the ones it offers now (a test checks code-words' names).
   */
  names: readonly string[];
  synonyms: readonly string[];
  /**
   * qualification: a status a company holds (and a client lists under 资质);
   * size: follows from the client's 规模; sector: follows from its industry;
   * organisation: not a company at all (a notice only for these excludes companies).
   */
  role: 'qualification' | 'size' | 'sector' | 'organisation';
};

export const ENTERPRISE_KINDS: readonly EnterpriseKind[] = [
  { id: 'high-tech', role: 'qualification', names: ['高新技术企业'], synonyms: ['国家高新技术企业', '高新技术企业', '高新企业', '高企'] },
  { id: 'specialised', role: 'qualification', names: ['专精特新'], synonyms: ['专精特新', '小巨人'] },
  { id: 'tech-sme', role: 'qualification', names: ['科技型中小企业'], synonyms: ['科技型中小企业', '科技型中小微企业', '科技型企业'] },
  { id: 'tech-centre', role: 'qualification', names: ['企业技术中心'], synonyms: ['企业技术中心', '工程技术研究中心', '重点实验室'] },
  // 制造业单项冠军: a manufacturer leading the world or the country in one product; no 专精特新 status.
  { id: 'champion', role: 'qualification', names: ['单项冠军'], synonyms: ['单项冠军'] },
  { id: 'innovation-demo', role: 'qualification', names: ['技术创新示范企业'], synonyms: ['技术创新示范企业'] },
  { id: 'listed', role: 'qualification', names: ['上市挂牌企业', '上市/挂牌企业'], synonyms: ['上市公司', '挂牌企业', '挂牌', '上市企业', '新三板'] },
  { id: 'private', role: 'qualification', names: ['民营企业'], synonyms: ['民营企业', '民营经济', '非公有制企业', '民营'] },
  { id: 'state-owned', role: 'qualification', names: ['国有企业'], synonyms: ['国有企业', '中央企业', '国企', '央企'] },
  { id: 'foreign-invested', role: 'qualification', names: ['外资企业'], synonyms: ['外商投资企业', '外资企业', '外资', '外商投资'] },
  { id: 'above-scale', role: 'qualification', names: ['规上企业'], synonyms: ['规模以上工业企业', '规模以上', '规上企业', '规上'] },
  { id: 'sme', role: 'size', names: ['中小企业'], synonyms: ['中小微企业', '中小企业'] },
  { id: 'small-micro', role: 'size', names: ['小微企业'], synonyms: ['小型微型企业', '小微工业企业', '小微企业', '小型企业', '微型企业'] },
  // Programmes for the leading firms of an area or trade (区域内具有一定影响力的骨干企业): large and medium ones.
  { id: 'leading', role: 'size', names: ['骨干/龙头企业'], synonyms: ['骨干企业', '龙头企业', '领军企业'] },
  // Ways of manufacturing (智能制造, 服务型制造, 示范智能车间) are for every manufacturer, not one trade.
  {
    id: 'manufacturer',
    role: 'sector',
    names: ['制造业企业'],
    synonyms: ['制造业企业', '工业企业', '制造企业', '制造业', '智能制造', '服务型制造', '智能工厂', '智能车间', '数字化车间', '示范工厂'],
  },
  { id: 'service-org', role: 'organisation', names: ['服务机构'], synonyms: ['公共服务平台', '服务机构', '咨询机构', '中介机构', '服务提供商', '服务示范平台'] },
  { id: 'research-university', role: 'organisation', names: ['科研院所高校', '科研院所/高校'], synonyms: ['科研院所', '科研机构', '高等院校', '高校'] },
  { id: 'park', role: 'organisation', names: ['园区', '园区/基地'], synonyms: ['产业园区', '工业园区', '示范基地', '产业基地', '园区', '产业集群', '集群发展促进组织'] },
  { id: 'local-government', role: 'organisation', names: ['地方政府', '城市/地方政府'], synonyms: ['人民政府', '示范城市', '县（市、区）', '市县'] },
  // Public institutions other than research bodies: hospitals, schools, 事业单位.
  { id: 'public-institution', role: 'organisation', names: ['事业单位', '医院/学校/事业单位'], synonyms: ['事业单位', '医疗卫生机构', '医疗机构', '公立医院', '医院', '中小学', '幼儿园'] },
  // People applying for themselves: graduates, residents, 职称 candidates, 自然人.
  { id: 'individual', role: 'organisation', names: ['个人'], synonyms: ['个人申报', '自然人', '高校毕业生', '大学生', '城乡居民', '退役军人', '职称评审', '专业技术人员', '灵活就业人员'] },
];

const KIND_ROLES: ReadonlyMap<EnterpriseKindId, EnterpriseKind['role']> = new Map(ENTERPRISE_KINDS.map((kind) => [kind.id, kind.role]));

/** What a kind is: a qualification, a size, a sector or an organisation. */
export function roleOfKind(kind: EnterpriseKindId): EnterpriseKind['role'] | undefined {
  return KIND_ROLES.get(kind);
}

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
  | 'energy-saving'
  | 'new-energy'
  | 'ic'
  | 'electronics'
  | 'software'
  | 'ai'
  | 'industrial-internet'
  | 'biomedicine'
  | 'equipment'
  | 'new-materials'
  | 'automotive'
  | 'consumer-goods'
  | 'tech-services'
  | 'finance'
  | 'agriculture'
  | 'construction'
  | 'transport-logistics'
  | 'culture';

/** `names`: a client's industry that is one of these, whole, is this industry (as for EnterpriseKind). */
export type Industry = { id: IndustryId; names: readonly string[]; section: Gbt4754Section; synonyms: readonly string[] };

export const INDUSTRIES: readonly Industry[] = [
  {
    id: 'energy-saving',
    names: ['节能环保'],
    section: 'N',
    synonyms: ['节能环保', '节能减排', '绿色制造', '绿色工厂', '绿色发展', '清洁生产', '资源综合利用', '循环经济', '生态环境', '污染防治', '环境保护', '节能', '环保', '低碳', '绿色'],
  },
  { id: 'new-energy', names: ['新能源'], section: 'D', synonyms: ['可再生能源', '清洁能源', '新能源', '光伏', '风电', '太阳能', '生物质能', '储能', '氢能', '清洁供热'] },
  { id: 'ic', names: ['集成电路'], section: 'C', synonyms: ['集成电路', '半导体', '芯片'] },
  { id: 'electronics', names: ['电子信息'], section: 'C', synonyms: ['电子信息', '通信设备', '电子元器件', '5G'] },
  {
    id: 'software',
    names: ['软件和信息技术服务'],
    section: 'I',
    synonyms: ['软件和信息技术服务', '信息技术服务', '两化融合', '大数据', '云计算', '数字经济', '信息化', '软件'],
  },
  { id: 'ai', names: ['人工智能'], section: 'I', synonyms: ['新一代人工智能', '人工智能', '智能语音', '机器学习'] },
  { id: 'industrial-internet', names: ['工业互联网'], section: 'I', synonyms: ['工业互联网', '工业大数据', '工业APP', '工业软件'] },
  { id: 'biomedicine', names: ['生物医药'], section: 'C', synonyms: ['生物医药', '医疗器械', '生物技术', '生物经济', '医药', '制药'] },
  { id: 'equipment', names: ['装备制造'], section: 'C', synonyms: ['高端装备', '装备制造', '机器人', '数控机床', '航空航天', '航空装备'] },
  { id: 'new-materials', names: ['新材料'], section: 'C', synonyms: ['新材料', '先进材料', '石墨烯', '稀土', '硬质合金'] },
  { id: 'automotive', names: ['汽车'], section: 'C', synonyms: ['新能源汽车', '智能网联汽车', '汽车'] },
  { id: 'consumer-goods', names: ['消费品'], section: 'C', synonyms: ['消费品', '纺织', '服装', '食品', '家电', '轻工', '三品'] },
  { id: 'tech-services', names: ['科技服务'], section: 'M', synonyms: ['科技服务', '知识产权服务', '检验检测', '技术转移', '研发服务', '工业设计', '科技成果转化'] },
  { id: 'finance', names: ['金融服务'], section: 'J', synonyms: ['金融服务', '融资担保', '融资租赁', '金融机构', '债务处置', '金融'] },
  { id: 'agriculture', names: ['现代农业'], section: 'A', synonyms: ['现代农业', '农产品', '农业', '林业', '畜牧'] },
  { id: 'construction', names: ['建筑'], section: 'E', synonyms: ['装配式建筑', '建筑节能', '建筑业'] },
  { id: 'transport-logistics', names: ['交通物流'], section: 'G', synonyms: ['交通运输', '物流'] },
  { id: 'culture', names: ['文化创意'], section: 'R', synonyms: ['文化创意', '文化产业', '影视', '动漫'] },
];

export type BenefitId = 'subsidy' | 'award' | 'interest-subsidy' | 'tax' | 'recognition' | 'pilot' | 'procurement';

export const BENEFITS: readonly { id: BenefitId; synonyms: readonly string[] }[] = [
  { id: 'subsidy', synonyms: ['资金补助', '专项资金', '扶持资金', '资金支持', '补助', '资助', '补贴'] },
  { id: 'award', synonyms: ['奖励', '奖补'] },
  { id: 'interest-subsidy', synonyms: ['贴息'] },
  { id: 'tax', synonyms: ['税收优惠', '加计扣除', '免征', '减征', '减免'] },
  { id: 'recognition', synonyms: ['认定', '评定', '评价', '遴选', '入库'] },
  { id: 'pilot', synonyms: ['示范', '试点', '标杆'] },
  { id: 'procurement', synonyms: ['政府采购', '优先采购'] },
];

/** The benefits that are money to the applicant: a reason of their own (支持：资金补助…). */
export const MONEY_BENEFITS: ReadonlySet<BenefitId> = new Set<BenefitId>(['subsidy', 'award', 'interest-subsidy', 'tax']);

/** Company sizes (GB/T 划型: 大型/中型/小型/微型), as the client form offers them. */
export const COMPANY_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/**
 * The words a size was written in before codes, in COMPANY_SIZES' order: clients of a
 * library before version 11 and consultants' CLIENT.json files hold them. Never changes.
 */
export const COMPANY_SIZE_WORDS = ['大型', '中型', '小型', '微型'] as const;
export type CompanySizeWord = (typeof COMPANY_SIZE_WORDS)[number];

/** The size a code or a former word stands for (小型 → small), else null. */
export function companySizeOf(value: string | null | undefined): CompanySize | null {
  const code = COMPANY_SIZES.find((size) => size === value);
  if (code) return code;
  const at = COMPANY_SIZE_WORDS.findIndex((word) => word === value);
  return COMPANY_SIZES[at] ?? null;
}

/** The sizes each size-kind includes: a 中小企业 notice is for 中型, 小型 and 微型. */
export const SIZES_OF_KIND: Readonly<Partial<Record<EnterpriseKindId, readonly CompanySize[]>>> = {
  sme: ['medium', 'small', 'micro'],
  'small-micro': ['small', 'micro'],
  'tech-sme': ['medium', 'small', 'micro'],
  leading: ['large', 'medium'],
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
 * The kinds one of a client's qualifications stands for (高企 → high-tech): its code, one
 * of its names, or a synonym in it. A synonym inside a longer one that also matched does
 * not count: 科技型中小企业 is that qualification (tech-sme), not also 中小企业 (sme).
 */
export function kindsOfQualification(qualification: string): EnterpriseKindId[] {
  const matched: { id: EnterpriseKindId; word: string }[] = [];
  for (const kind of ENTERPRISE_KINDS) {
    const whole = kind.id === qualification || kind.names.includes(qualification);
    const word = whole ? qualification : kind.synonyms.find((s) => qualification.includes(s));
    if (word) matched.push({ id: kind.id, word });
  }
  return matched.filter((m) => !matched.some((other) => other !== m && other.word.length > m.word.length && other.word.includes(m.word))).map((m) => m.id);
}

/** Whether one of the industries is of a GB/T 4754 section (C: manufacturing). */
export function inSection(industries: readonly IndustryId[], section: Gbt4754Section): boolean {
  return industries.some((id) => INDUSTRIES.find((industry) => industry.id === id)?.section === section);
}

/** The industries a client's free-text industry stands for (环保设备制造 → energy-saving, equipment): its code, a name, or synonyms in it. */
export function industriesOfText(text: string): IndustryId[] {
  if (text.trim() === '') return [];
  return INDUSTRIES.filter((industry) => industry.id === text || industry.names.includes(text) || industry.synonyms.some((s) => text.includes(s))).map((i) => i.id);
}
