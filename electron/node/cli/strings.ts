// Every word the command line prints, in Simplified Chinese, in one place: usage lines,
// errors, summaries. The codes shared/ speaks in (extraction problems, how a document was
// read, match reasons, relations and validity) are worded as the app words them, by the
// one wording in shared/words/code-words.ts. Strings that take values are functions.
import type { DeadlineParty, ReviewField } from '../../../shared/model/notice.ts';
import type { BulletinRefusal } from '../../../shared/parse/index.ts';

export { codeWords } from '../../../shared/words/code-words.ts';

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
    summary: '在快讯与单篇通知文件中搜索通知（中文模糊搜索：同义词与机关简称、简繁、全半角、文号、拼音），打印排序结果（--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- search "查询词" 文件... [--json] [--limit N]',
    unknownOption,
    fuzzy: '（近似匹配）',
    lacking: (terms: string) => `（缺少：${terms}）`,
    otherForms: (forms: string) => `也搜索了：${forms}`,
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

  relations: {
    summary: '列出快讯中每条通知引用的文件（依据、印发、修订、废止…）、文件之间的引用关系和时效性（--json 输出结构化结果）',
    usage: '用法：npm run -s cli -- relations 文件... [--json] [--today YYYY-MM-DD]',
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
