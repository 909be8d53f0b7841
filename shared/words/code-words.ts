// The words for the codes shared/ speaks in: why extraction refused a file and what it
// warns of, how a document was read, the matching vocabulary (enterprise kinds,
// industries, benefits, company sizes), why a notice suits a client, how a notice cites
// another and its validity. shared/ hands these over as data; both edges word them with
// this one file, the only strings file of shared/: the app (renderer/platform/i18n puts
// them under zh.codes) and the command line (electron/node/cli/strings.ts). Here because
// the layers let the renderer and electron/ share nothing but shared/.
import type { Sniffed } from '../extract/sniff.ts';
import type { ExtractProblem, ExtractWarning } from '../extract/problems.ts';
import { formatChineseDate } from '../model/briefing.ts';
import type { DocumentReading, Refusal } from '../parse/index.ts';
import type { MatchReasonFacts } from '../match/match-reasons.ts';
import type { Threshold, ThresholdMeasure } from '../match/thresholds.ts';
import type { BenefitId, CompanySize, EnterpriseKindId, IndustryId } from '../match/vocabulary.ts';
import type { CitationRelation, Validity, ValidityEnding, ValidityReason, ValidityStatus } from '../relations/types.ts';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const q = (name: string): string => `「${name}」`;
const day = (iso: string): string => formatChineseDate(iso);

const SUPPORTED = '支持的格式：.txt、.md（UTF-8、UTF-16、GB18030 编码）、.docx、.doc、含文字的 .pdf、网页（.html、.htm、.mhtml、.mht）';

/** What a sniffed file is, in words ("一张 PNG 图片"); null when it is nothing known. */
function describeSniffed(sniffed: Sniffed): string | null {
  switch (sniffed.kind) {
    case 'image':
      return `一张 ${sniffed.type} 图片`;
    case 'ole':
      return '旧版 Office 文件（.doc/.xls/.ppt）';
    case 'zip':
      if (sniffed.hasWordDocument) return 'Word 文档（.docx）';
      if (sniffed.hint === 'xlsx') return 'Excel 表格（.xlsx）';
      if (sniffed.hint === 'pptx') return 'PowerPoint 演示文稿（.pptx）';
      if (sniffed.hint === 'odf') return 'OpenDocument 文件（.odt/.ods）';
      return 'ZIP 压缩包';
    case 'rtf':
      return 'RTF 文档';
    case 'archive':
      return `${sniffed.type} 压缩包`;
    case 'pdf':
      return 'PDF 文件';
    case 'unknown':
      return null;
  }
}

/** Why a file could not be read, naming it and saying what to do next. */
function extractProblem(name: string, problem: ExtractProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `${q(name)}是空文件，没有可导入的内容。请确认文件已完整保存或下载后再导入。`;
    case 'empty-text':
      return `${q(name)}只有空白，没有可导入的文字。`;
    case 'binary':
      return `${q(name)}不是文本文件，内容看起来是二进制数据（乱码），已拒绝导入。${SUPPORTED}。`;
    case 'not-pdf': {
      const actually = describeSniffed(problem.actually);
      return `${q(name)}的扩展名是 .pdf，但内容不是 PDF${actually ? `，而是${actually}` : ''}。请找到原始的 PDF 文件再导入。`;
    }
    case 'truncated-pdf':
      return `${q(name)}不完整：PDF 文件在结尾之前就断了（下载或复制可能中断）。请重新下载或复制完整的文件后再导入。`;
    case 'encrypted-pdf':
      return `${q(name)}设置了打开密码，无法读取。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，再导入。`;
    case 'corrupt-pdf':
    case 'pdf-pages-failed': {
      const detail = problem.kind === 'corrupt-pdf' ? problem.detail : `${problem.pages} 页都无法读取`;
      return `${q(name)}已损坏，无法读取 PDF 结构（${detail}）。请用 PDF 阅读器确认能否打开，或重新获取文件。`;
    }
    case 'no-text':
      return `${q(name)}共 ${problem.pages} 页，但没有可提取的文字（可能是扫描件或图片）。请先用 OCR 转成文字版 PDF 或 Word 后再导入。`;
    case 'not-docx': {
      const actually = describeSniffed(problem.actually);
      return `${q(name)}的扩展名是 .docx，但内容不是 Word 文档${actually ? `，而是${actually}` : '（不是有效的 ZIP 包）'}。请在 Word 或 WPS 中打开原文件，另存为 .docx 后再导入。`;
    }
    case 'truncated-docx':
      return `${q(name)}不完整：Word 文件在结尾之前就断了（下载或复制可能中断）。请重新下载或复制完整的文件后再导入。`;
    case 'corrupt-docx': {
      const detail = problem.damage === 'xml' ? '文档的 XML 结构已损坏' : problem.damage === 'zip' ? 'Word 文件的压缩包结构已损坏' : (problem.detail ?? '');
      return `${q(name)}已损坏，无法读取其中的 Word 内容（${detail}）。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`;
    }
    case 'too-large':
      return `${q(name)}太大（${mb(problem.size)}），超过此类文件 ${mb(problem.limit)} 的上限，已拒绝导入。请拆分成较小的文件后再导入。`;
    case 'old-office':
      return `${q(name)}是旧版 Excel 或 PowerPoint 文件，不是 Word 文档，不能导入。${SUPPORTED}。`;
    case 'encrypted-doc':
      return `${q(name)}设置了打开密码，无法读取。请在 Word 或 WPS 中去掉密码后另存，再导入。`;
    case 'corrupt-doc':
      return `${q(name)}已损坏，无法读取其中的 Word 97–2003 内容（${problem.detail}）。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`;
    case 'wps':
      return `${q(name)}是 WPS 文字格式（.wps），不能直接导入。请在 WPS 中打开，选择“文件 → 另存为”，保存为 Word 文档（.docx）后再导入。`;
    case 'ofd':
      return `${q(name)}是 OFD 版式文件，不能直接导入。请用数科阅读器或 WPS 打开，导出或“另存为”PDF（含文字）后再导入。`;
    case 'corrupt-mhtml':
      return `${q(name)}不是完整的网页存档（.mhtml），无法读取（${problem.detail ?? '找不到网页正文'}）。请在浏览器中重新打开网页，另存为“网页，单个文件”或“网页，仅 HTML”后再导入。`;
    case 'zip-entry-too-large':
      return `${q(name)}中的部件 ${problem.part} 解压后有 ${mb(problem.size)}，超过 ${mb(problem.limit)} 的安全上限，已拒绝导入（文件可能是恶意构造的压缩包）。请在 Word 或 WPS 中打开确认后另存为 .docx 再导入。`;
    case 'zip-entry-ratio':
      return `${q(name)}中的部件 ${problem.part} 压缩比异常（解压后 ${mb(problem.size)}，约为压缩后的 ${problem.ratio} 倍），已拒绝导入（文件可能是恶意构造的压缩包）。请在 Word 或 WPS 中打开确认后另存为 .docx 再导入。`;
    case 'zip-total-too-large':
      return `${q(name)}解压后共有 ${mb(problem.size)}，超过 ${mb(problem.limit)} 的安全上限，已拒绝导入。请删去文中的大图片或拆分文件后再导入。`;
    case 'unknown-extension':
      return `${q(name)}是 .${problem.extension} 文件，不是可导入的格式，已拒绝导入。${SUPPORTED}。`;
    case 'unsupported':
      return `${q(name)}是${describeSniffed(problem.actually) ?? ''}，不是可导入的快讯文件。${SUPPORTED}。`;
  }
}

/** What the user should know of a file that was read. */
function extractWarning(name: string, warning: ExtractWarning): string {
  switch (warning.kind) {
    case 'renamed':
      return `${q(name)}的扩展名与内容不符，已按 ${warning.format} 格式读取。`;
    case 'replaced-characters':
      return `${q(name)}中有 ${warning.count} 处无法识别的字符，已去掉；请核对导入结果。`;
    case 'unfinished-end':
      return `${q(name)}的最后一个字符不完整（文件可能在复制或下载时被截断），已去掉；请核对结尾内容。`;
    case 'large-text':
      return `${q(name)}很大（${mb(warning.size)}），可能不是单期快讯，导入需要较长时间。`;
    case 'pdf-missing-end':
      return `${q(name)}缺少 PDF 结束标记，可能不完整；已读取能读出的部分，请核对。`;
    case 'pdf-page-failed':
      return `${q(name)}第 ${warning.page} 页无法读取，已跳过。`;
    case 'docx-notes':
      return `${q(name)}中有 ${warning.count} 处 Word 内容无法完全转换（如特殊格式或对象），文字已尽量保留。`;
  }
}

/** What a text that is no notice is instead. */
const REFUSALS: Record<Refusal, string> = {
  empty: '文件中没有文字',
  news: '是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读',
  advert: '是一则广告或培训、代办服务的宣传，不是政府公文',
  company: '是企业自己的新闻或宣传，不是政府公文',
  'no-marks': '没有公文标题、文号、主送机关、落款或成文日期，不像一份政府公文',
};

/** Why a document was read the way it was. */
function reading(read: DocumentReading): string {
  switch (read.kind) {
    case 'bulletin':
      return `有期号、目录或栏目（如［政策文件］），按快讯读取，共 ${read.notices} 条通知`;
    case 'notice':
      return `没有目录与栏目，是一篇公文：「${read.title}」`;
    case 'notices':
      return `没有目录与栏目，一份文件中有 ${read.count} 篇公文（转发件、合辑），已分开`;
    case 'refused':
      return REFUSALS[read.refusal];
  }
}

/**
 * The matching vocabulary (shared/match/vocabulary.ts) as the client form offers it and
 * the reasons name it. The form stores what the consultant picks as these words (a
 * client's qualifications and industry are the consultant's text), so each must read back
 * as its code: kindsOfQualification and industriesOfText know them as names.
 */
const ENTERPRISE_KINDS: Record<EnterpriseKindId, string> = {
  'high-tech': '高新技术企业',
  specialised: '专精特新',
  'tech-sme': '科技型中小企业',
  sme: '中小企业',
  'small-micro': '小微企业',
  leading: '骨干/龙头企业',
  private: '民营企业',
  'state-owned': '国有企业',
  'foreign-invested': '外资企业',
  'above-scale': '规上企业',
  manufacturer: '制造业企业',
  'tech-centre': '企业技术中心',
  'innovation-demo': '技术创新示范企业',
  champion: '单项冠军',
  listed: '上市/挂牌企业',
  'service-org': '服务机构',
  'research-university': '科研院所/高校',
  park: '园区/基地',
  'local-government': '城市/地方政府',
  'public-institution': '医院/学校/事业单位',
  individual: '个人',
};

const INDUSTRIES: Record<IndustryId, string> = {
  'energy-saving': '节能环保',
  'new-energy': '新能源',
  ic: '集成电路',
  electronics: '电子信息',
  software: '软件和信息技术服务',
  ai: '人工智能',
  'industrial-internet': '工业互联网',
  biomedicine: '生物医药',
  equipment: '装备制造',
  'new-materials': '新材料',
  automotive: '汽车',
  'consumer-goods': '消费品',
  'tech-services': '科技服务',
  finance: '金融服务',
  agriculture: '现代农业',
  construction: '建筑',
  'transport-logistics': '交通物流',
  culture: '文化创意',
};

const BENEFITS: Record<BenefitId, string> = {
  subsidy: '资金补助',
  award: '奖励',
  'interest-subsidy': '贴息',
  tax: '税收优惠',
  recognition: '认定',
  pilot: '示范',
  procurement: '政府采购',
};

/** GB/T 划型. */
const COMPANY_SIZES: Record<CompanySize, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

const THRESHOLD_MEASURES: Record<ThresholdMeasure, string> = {
  revenue: '营业收入',
  'rd-share': '研发费用占营业收入比例',
  'rd-spending': '研发费用',
  employees: '从业人员',
  tax: '纳税额',
  output: '产值',
};

/** 1000万元, 1.5亿元, 3%, 50人. */
function thresholdAmount(value: number, unit: Threshold['unit']): string {
  if (unit !== '万元') return `${value}${unit}`;
  return value >= 10_000 ? `${Number((value / 10_000).toFixed(4))}亿元` : `${value}万元`;
}

/** A match reason as its chip reads: 地区：北京市, 资质：高新技术企业（申报条件第二条）, 仅限山西省企业. */
function matchReason(reason: MatchReasonFacts): string {
  const label = (kind: EnterpriseKindId): string => ENTERPRISE_KINDS[kind];
  switch (reason.kind) {
    case 'region':
      if (reason.scope === 'national') return '地区：全国';
      if (reason.scope === 'local') return `地区：${reason.region}`;
      return reason.scope === 'city-unknown' ? `地区：${reason.region}（请核实所在城市）` : `地区：限${reason.region}（客户未填地区）`;
    case 'qualification':
      return `资质：${label(reason.qualification)}${reason.condition ? `（${reason.condition}）` : ''}`;
    case 'industry':
      return `行业：${INDUSTRIES[reason.industry]}`;
    case 'size':
      return `规模：${label(reason.sizeKind)}`;
    case 'sector':
      return '类型：制造业企业';
    case 'keyword':
      return `关键词：${reason.keyword}`;
    case 'deadline':
      if (reason.daysLeft > 0) return `截止 ${reason.deadline}，剩 ${reason.daysLeft} 天`;
      if (reason.daysLeft === 0) return `今天截止（${reason.deadline}）`;
      return reason.recurring ? `往年批次（${reason.deadline} 截止），可为下一批准备` : `已截止（${reason.deadline}）`;
    case 'benefit':
      return `支持：${reason.benefits.map((benefit) => BENEFITS[benefit]).join('、')}${reason.maxAmount ? `（最高 ${reason.maxAmount}）` : ''}`;
    case 'age':
      return '成立年限：符合';
    case 'check':
      if (reason.what === 'size') return `待核实：仅限${label(reason.sizeKind)}（客户未填规模）`;
      if (reason.what === 'threshold') return `待核实：要求${THRESHOLD_MEASURES[reason.measure]}不低于${thresholdAmount(reason.atLeast, reason.unit)}`;
      if (reason.what === 'qualification') return `待核实：申报条件要求${label(reason.qualification)}（客户资质未列）`;
      return `待核实：${reason.minYears !== null ? `要求成立满${reason.minYears}年` : `要求成立不超过${reason.maxYears ?? ''}年`}（客户未填成立年份）`;
    case 'open':
      return reason.national ? '面向全国同规模企业，不限行业' : '面向本地企业，不限行业';
    case 'excluded':
      switch (reason.why) {
        case 'region':
          return reason.region !== null ? `仅限${reason.region}企业` : '地方通知，未写明所属地区';
        case 'organisation':
          return `仅面向${reason.organisations.map(label).join('、') || '机构'}，不面向企业`;
        case 'size':
          return `仅限${reason.sizeKind ? label(reason.sizeKind) : '特定规模企业'}`;
        case 'age':
          return reason.minYears !== null ? `要求成立满${reason.minYears}年` : `要求成立不超过${reason.maxYears ?? ''}年`;
        case 'before-founded':
          return `申报已于客户成立前截止（${reason.deadline}）`;
        case 'no-action':
          return reason.action === 'repeal' ? '废止决定，无需办理' : '结果公示或名单，无需申报';
      }
  }
}

/** How a notice relates to a document it cites. */
const RELATIONS: Record<CitationRelation, string> = {
  basis: '依据',
  issues: '印发',
  forwards: '转发',
  amends: '修订',
  repeals: '废止',
  replaces: '代替',
  interprets: '解读',
  publishes: '公示',
  extends: '延期',
};

const VALIDITY_STATUSES: Record<ValidityStatus, string> = {
  'in-force': '现行有效',
  repealed: '已废止',
  amended: '已修订',
  expired: '已失效',
  unknown: '未知',
};

function named(ending: ValidityEnding): string {
  return `《${ending.title}》${ending.docNumber ? `（${ending.docNumber}）` : ''}`;
}

const willEnd = (pending: ValidityEnding): string => `将于${pending.from ? day(pending.from) : ''}被${named(pending)}${RELATIONS[pending.relation]}`;

/** Why a notice has its validity: 已被《…》废止，2019年9月4日起; 有效期至2021年12月31日，已过期. */
function validityReason(reason: ValidityReason): string {
  switch (reason.kind) {
    case 'ended':
      return `已被${named(reason.by)}${RELATIONS[reason.by.relation]}${reason.by.from ? `，${day(reason.by.from)}起` : ''}`;
    case 'expired':
      return `有效期至${day(reason.expiresOn)}，已过期`;
    case 'stated':
      return [
        reason.effectiveFrom ? `${day(reason.effectiveFrom)}起施行${reason.notYetInForce ? '（尚未施行）' : ''}` : null,
        reason.expiresOn ? `有效期至${day(reason.expiresOn)}` : null,
        reason.pending ? willEnd(reason.pending) : null,
      ]
        .filter((part): part is string => part !== null)
        .join('；');
    case 'pending':
      return willEnd(reason.pending);
    case 'unstated':
      return '未载明施行日期或有效期，库中也没有废止它的通知';
  }
}

/**
 * 时效性 as a briefing's meta line prints it: the status, and for an ended notice why.
 * Only where it is known: a notice that states no validity (most do not) says nothing of it.
 */
function briefingValidity(validity: Validity): string | null {
  if (validity.status === 'unknown') return null;
  if (validity.status === 'in-force') return VALIDITY_STATUSES['in-force'];
  return `${VALIDITY_STATUSES[validity.status]}（${validityReason(validity.reason)}）`;
}

export const codeWords = {
  extractProblem,
  extractWarning,
  reading,
  refusals: REFUSALS,
  enterpriseKinds: ENTERPRISE_KINDS,
  industries: INDUSTRIES,
  benefits: BENEFITS,
  companySizes: COMPANY_SIZES,
  matchReason,
  relations: RELATIONS,
  validityStatus: VALIDITY_STATUSES,
  validityReason,
  briefingValidity,
} as const;
