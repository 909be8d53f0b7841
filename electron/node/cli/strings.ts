// Every word the command line prints, in Simplified Chinese, in one place: usage lines,
// errors, summaries, and the words for the codes shared/ speaks in (extraction problems,
// how a document was read, match reasons, relations and validity). The app words the same
// codes in renderer/platform/i18n/codes.ts; tests/renderer/platform/i18n/code-words.test.ts
// keeps the two in step. Strings that take values are functions.
import type { Sniffed } from '../../../shared/extract/sniff.ts';
import type { ExtractProblem, ExtractWarning } from '../../../shared/extract/problems.ts';
import { formatChineseDate } from '../../../shared/model/briefing.ts';
import type { DeadlineParty, ReviewField } from '../../../shared/model/notice.ts';
import type { BulletinRefusal, DocumentReading, Refusal } from '../../../shared/parse/index.ts';
import { enterpriseKindLabel, type MatchReasonFacts } from '../../../shared/policy/match-reasons.ts';
import type { CitationRelation, Validity, ValidityEnding, ValidityReason, ValidityStatus } from '../../../shared/relations/types.ts';

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

/** A match reason as its chip reads: 地区：北京市, 资质：高新技术企业（申报条件第二条）, 仅限山西省企业. */
function matchReason(reason: MatchReasonFacts): string {
  const label = enterpriseKindLabel;
  switch (reason.kind) {
    case 'region':
      if (reason.scope === 'national') return '地区：全国';
      if (reason.scope === 'local') return `地区：${reason.region}`;
      return reason.scope === 'city-unknown' ? `地区：${reason.region}（请核实所在城市）` : `地区：限${reason.region}（客户未填地区）`;
    case 'qualification':
      return `资质：${label(reason.qualification)}${reason.condition ? `（${reason.condition}）` : ''}`;
    case 'industry':
      return `行业：${reason.industry}`;
    case 'size':
      return `规模：${label(reason.sizeKind)}`;
    case 'sector':
      return '类型：制造业企业';
    case 'keyword':
      return `关键词：${reason.keyword}`;
    case 'deadline':
      return reason.daysLeft > 0 ? `截止 ${reason.deadline}，剩 ${reason.daysLeft} 天` : reason.daysLeft === 0 ? `今天截止（${reason.deadline}）` : `已截止（${reason.deadline}）`;
    case 'benefit':
      return `支持：${reason.benefits.join('、')}${reason.maxAmount ? `（最高 ${reason.maxAmount}）` : ''}`;
    case 'age':
      return '成立年限：符合';
    case 'excluded':
      switch (reason.why) {
        case 'region':
          return reason.region !== null ? `仅限${reason.region}企业` : '地区不符';
        case 'organisation':
          return `仅面向${reason.organisations.map(label).join('、') || '机构'}，不面向企业`;
        case 'size':
          return `仅限${reason.sizeKind ? label(reason.sizeKind) : '特定规模企业'}`;
        case 'age':
          return reason.minYears !== null ? `要求成立满${reason.minYears}年` : `要求成立不超过${reason.maxYears ?? ''}年`;
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

/** 时效性 as a briefing's meta line prints it; null where it is not known. */
function briefingValidity(validity: Validity): string | null {
  if (validity.status === 'unknown') return null;
  if (validity.status === 'in-force') return VALIDITY_STATUSES['in-force'];
  return `${VALIDITY_STATUSES[validity.status]}（${validityReason(validity.reason)}）`;
}

/** The codes of shared/, worded as the app words them. */
export const codeWords = {
  extractProblem,
  extractWarning,
  reading,
  refusals: REFUSALS,
  matchReason,
  relations: RELATIONS,
  validityStatus: VALIDITY_STATUSES,
  validityReason,
  briefingValidity,
} as const;

/** What a missing value prints as. */
const NONE = '—';
const received = (value: string | undefined): string => (value ? value : '无');
const unknownOption = (option: string, usage: string): string => `未知选项：${option}。${usage}`;
const todayFormat = (value: string, usage: string): string => `--today 需要 YYYY-MM-DD 格式的日期（收到：${received(value)}）。${usage}`;

export const strings = {
  none: NONE,

  main: {
    usage: '用法 usage: npm run -s cli -- <command> [options]',
    unknownCommand: (name: string, known: string) => `未知命令 unknown command: ${name} (try: ${known})`,
    internalError: (detail: string) => `内部错误 internal error: ${detail}`,
  },

  positiveInteger: (option: string, value: string | undefined, usage: string) => `${option} 需要一个正整数（收到：${value ?? '无'}）。${usage}`,

  input: {
    reasons: {
      ENOENT: '文件不存在',
      EISDIR: '这是一个文件夹，不是文件',
      EACCES: '没有读取权限',
      EPERM: '没有读取权限',
      ENOTDIR: '路径中有一段不是文件夹',
      ELOOP: '符号链接循环',
      ENAMETOOLONG: '路径太长',
    } as Readonly<Record<string, string>>,
    readFailed: '读取失败',
    unreadable: (path: string, reason: string, code: string) => `无法读取文件：${path}（${reason}，${code}）`,
    tooLarge: (path: string, sizeMb: number, limitMb: number) => `无法读取文件：${path}（文件太大：${sizeMb} MB，上限 ${limitMb} MB）`,
  },

  parse: {
    summary: '解析快讯或单篇公文（.txt/.md/.docx/.doc/.pdf/.html/.mhtml），打印摘要（--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- parse 文件 [--json]',
    unknownOption,
    party: { applicant: '申报单位', authority: '主管部门推荐' } satisfies Record<DeadlineParty, string>,
    review: { title: '标题', agencies: '发文机关', date: '成文日期' } satisfies Record<ReviewField, string>,
    deadlineOf: (date: string, party: string) => `${date}（${party}）`,
    deadlineSeparator: '；',
    listSeparator: '、',
    docNumber: (value: string) => `   文号：${value}`,
    agencies: (value: string) => `   发文机关：${value}`,
    date: (value: string) => `   成文日期：${value}`,
    deadline: (value: string) => `   申报截止：${value}`,
    url: (value: string) => `   相关链接：${value}`,
    toCheck: (fields: string) => `   需核对：${fields}`,
    publisher: (value: string) => `发布单位：${value}`,
    issue: (value: string) => `期号：${value}`,
    encoding: (value: string) => `文件编码：${value}`,
    notices: (n: number) => `通知：${n} 条`,
    warning: (text: string) => `注意：${text}`,
    notANotice: (reason: string) => `不是政策通知：${reason}`,
    notABulletin: (reason: string) => `不是政策快讯：${reason}`,
    bulletinRefused: {
      'no-notices': '有期号、目录或栏目，但没有读出任何一条通知（可能只有目录）',
      'no-government-notice': '按快讯读取，但找到的段落都没有文号、发文机关、成文日期或相关链接，不像政府通知',
    } satisfies Record<BulletinRefusal, string>,
    reading: (reason: string) => `读取方式：${reason}`,
  },

  search: {
    summary: '在快讯文件中搜索通知（中文模糊搜索：简繁、全半角、文号、拼音），打印排序结果（--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- search "查询词" 文件... [--json] [--limit N]',
    unknownOption,
    fuzzy: '（近似匹配）',
    listSeparator: '、',
    fields: (docNumber: string, agencies: string, date: string, score: string, gap: string) =>
      `   文号：${docNumber}${gap}发文机关：${agencies}${gap}日期：${date}${gap}得分：${score}`,
    found: (query: string, notices: number, total: number, shown: number) =>
      `搜索「${query}」：${notices} 条通知中找到 ${total} 条${total > shown ? `，显示前 ${shown} 条` : ''}`,
  },

  match: {
    summary: '把快讯中的通知与一个客户画像匹配，按相关度打印推荐通知及理由（--all 含排除的，--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- match --client 客户.json 文件... [--json] [--limit N] [--all] [--today YYYY-MM-DD]',
    unknownOption,
    todayFormat,
    clientUnreadable: (file: string) => `读不到客户文件：${file}`,
    clientNotJson: (file: string) => `客户文件不是有效的 JSON：${file}`,
    clientInvalid: (file: string, issue: { path: string; message: string } | null) =>
      `客户文件 ${file} 有误：${issue ? `${issue.path || '（根）'} ${issue.message}` : '格式不对'}`,
    excluded: '排除',
    points: (score: number) => `${score} 分`,
    belowSuggestion: (score: number) => `${score} 分（未达推荐）`,
    docNumber: (value: string) => `   文号：${value}`,
    reasons: (texts: readonly string[]) => `   理由：${texts.join(' · ')}`,
    matched: (client: string, notices: number, suggested: number, limit: number) =>
      `为「${client}」匹配 ${notices} 条通知：推荐 ${suggested} 条${suggested > limit ? `，显示前 ${limit} 条` : ''}`,
  },

  refs: {
    summary: '列出快讯中每条通知引用的文件（依据、印发、修订、废止…）、文件之间的引用关系和时效性（--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- refs 文件... [--json] [--today YYYY-MM-DD]',
    unknownOption,
    todayFormat,
    validity: (status: string, reason: string) => `   时效：${status}（${reason}）`,
    issuedHere: '本通知印发',
    seeAlso: (title: string) => `见：${title}`,
    notRead: '不在所读文件中',
    mentioned: '提及',
    cites: (relation: string, named: string, where: string) => `   引用 [${relation}] ${named} → ${where}`,
    citedBy: (title: string) => `   被引用：${title}`,
    counts: (notices: number, cited: number, linked: number) => `${notices} 条通知，引用文件 ${cited} 处，其中 ${linked} 处引用的是所读文件中的通知`,
    named: (title: string | null, docNumber: string | null) => `${title ? `《${title}》` : ''}${docNumber ? `（${docNumber}）` : ''}`,
    heading: (n: number, title: string, docNumber: string | null) => `${n}. ${title}${docNumber ? `（${docNumber}）` : ''}`,
  },

  brief: {
    summary: '从快讯文件生成客户简报（Word .docx）',
    usage:
      '用法：npm run -s cli -- brief --client 客户名称 [--title 标题] [--template gongwen|compact] [--select 文号或标题片段 ...] ' +
      '[--date YYYY-MM-DD] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--region 地区] [--industry 行业] ' +
      '[--consultant 顾问] [--company 公司] [--phone 电话] [--email 邮箱] -o 输出.docx 文件...',
    /** Printed on the cover when neither --company nor the bulletins name the consultant's company. */
    fallbackCompany: '政策快讯助手',
    unknownOption: (option: string) => `未知选项：${option}`,
    missingValue: (option: string) => `选项缺少取值：${option}`,
    badDate: (option: string, value: string) => `--${option} 应为 YYYY-MM-DD 格式的日期：${value}`,
    badTemplate: (ids: readonly string[], value: string) => `--template 只能是 ${ids.join(' 或 ')}：${value}`,
    notDocx: (path: string) => `输出文件应以 .docx 结尾：${path}`,
    isFolder: (path: string) => `无法写入：${path}（这是一个文件夹）`,
    notWritable: (path: string, code: string) => `无法写入：${path}（${code === 'ENOENT' ? '所在文件夹不存在' : '没有写入权限'}，${code}）`,
    writeFailed: (path: string, detail: string) => `无法写入：${path}（${detail}）`,
    noNoticesIn: (file: string) => `提示：${file} 中没有找到通知`,
    selectUnmatched: (fragments: readonly string[]) => `--select 没有匹配到任何通知：${fragments.join('、')}（按文号或标题片段匹配）`,
    needClient: (usage: string) => `请用 --client 给出客户名称。\n${usage}`,
    needOutput: (usage: string) => `请用 -o 给出输出的 .docx 文件。\n${usage}`,
    needFiles: (usage: string) => `请给出至少一个快讯文件。\n${usage}`,
    noNotices: (files: readonly string[]) => `这些文件中没有找到任何通知：${files.join('、')}`,
    written: (output: string, template: string, notices: number, chapters: number, deadlines: number, kb: number) =>
      `已生成简报：${output}（${template}，${notices} 条通知，${chapters} 个栏目，` + `${deadlines} 项近期截止，${kb} KB）`,
  },
} as const;
