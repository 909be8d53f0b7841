// `cli parse FILE [--json]`: parses a bulletin, a single notice or a saved web page and
// prints a readable Chinese summary, or with --json exactly `{ "bulletin": {...},
// "notices": [...] }` in the model's field names (the format
// ../shared/tools/score-parse.mjs reads). How the file was read goes to stderr; a file
// that is not a policy notice exits 1 with the reason.
import type { DeadlineParty, ParsedBulletin, ParsedNotice, ReviewField } from '../../../../shared/model/notice.ts';
import { bulletinRefusal, documentReasons, parseDocument } from '../../../../shared/parse/index.ts';
import { CliError, type CliCommand, type CliIo } from '../command.ts';
import { readInputFile } from '../read-input.ts';

const USAGE = '用法：npm run -s cli -- parse 文件 [--json]';
const NONE = '—';

const PARTY: Record<DeadlineParty, string> = { applicant: '申报单位', authority: '主管部门推荐' };
const REVIEW: Record<ReviewField, string> = { title: '标题', agencies: '发文机关', date: '成文日期' };

/** One date, or every date with whose it is (the applicant's and the district's). */
function deadlinesLine(notice: ParsedNotice): string {
  if (notice.deadlines.length < 2) return notice.deadline ?? NONE;
  return notice.deadlines.map((d) => `${d.date}（${PARTY[d.party]}）`).join('；');
}

function printNotice(notice: ParsedNotice, n: number, io: CliIo): void {
  io.out(`${n}. [${notice.category || NONE}] ${notice.title}`);
  io.out(`   文号：${notice.docNumber ?? NONE}`);
  io.out(`   发文机关：${notice.agencies.length > 0 ? notice.agencies.join('、') : NONE}`);
  io.out(`   成文日期：${notice.date ?? NONE}`);
  io.out(`   申报截止：${deadlinesLine(notice)}`);
  io.out(`   相关链接：${notice.url ?? NONE}`);
  // What the parser could not read for sure: kept, and to be checked by hand.
  if (notice.review && notice.review.length > 0) io.out(`   需核对：${notice.review.map((field) => REVIEW[field]).join('、')}`);
}

function printSummary(parsed: ParsedBulletin, encoding: string, io: CliIo): void {
  io.out(`发布单位：${parsed.bulletin.publisher ?? NONE}`);
  io.out(`期号：${parsed.bulletin.issue ?? NONE}`);
  io.out(`文件编码：${encoding}`);
  io.out(`通知：${parsed.notices.length} 条`);
  parsed.notices.forEach((notice, i) => {
    io.out('');
    printNotice(notice, i + 1, io);
  });
}

export const parseCommand: CliCommand = {
  summary: '解析快讯或单篇公文（.txt/.md/.docx/.doc/.pdf/.html/.mhtml），打印摘要（--json 输出结构化结果）',
  run: async (args, io) => {
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    const unknown = rest.find((a) => a.startsWith('-'));
    if (unknown !== undefined) throw new CliError(`未知选项：${unknown}。${USAGE}`);
    if (rest.length !== 1 || rest[0] === undefined) throw new CliError(USAGE);
    const { text, encoding, warnings, page } = await readInputFile(rest[0]);
    // Warnings go to stderr so that --json output stays exactly the JSON.
    for (const warning of warnings) io.err(`注意：${warning}`);
    const parsed = parseDocument(text, page ?? {});
    if (parsed.kind === 'not-notice') throw new CliError(`不是政策通知：${parsed.reason}`);
    // Zero notices is never a result: a table of contents alone, a line of 10 MB.
    const refusal = parsed.kind === 'bulletin' ? bulletinRefusal(parsed) : null;
    if (refusal) throw new CliError(`不是政策快讯：${documentReasons.bulletinRefused[refusal]}`);
    // A bulletin is the usual case; how anything else was read is worth a line.
    if (parsed.kind !== 'bulletin') io.err(`读取方式：${parsed.reason}`);
    if (json) io.out(JSON.stringify({ bulletin: parsed.bulletin, notices: parsed.notices }, null, 2));
    else printSummary(parsed, encoding, io);
    return 0;
  },
};
