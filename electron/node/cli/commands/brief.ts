// `cli brief`: a Word briefing for one client from the notices in bulletin files.
//
//   npm run -s cli -- brief --client "北京绿源科技有限公司" [--title "..."]
//     [--template gongwen|compact] [--select 片段 ...] [--date YYYY-MM-DD]
//     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--region ...] [--industry ...]
//     [--consultant 姓名] [--company 公司] [--phone 电话] [--email 邮箱]
//     -o OUT.docx FILE...
//
// --select keeps the notices whose 文号 or title contains a fragment (文号 compared
// with docNumberKey, titles with titleKey, so 〔〕/[]/（） and spaces do not matter).
// It may be repeated and each value may list fragments separated by , or ，. Every
// fragment must match at least one notice, so a typo is an error, not a thinner
// briefing. Without --select every notice of every file goes in.
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packBriefing } from '../../../../shared/briefing/index.ts';
import { BRIEFING_TEMPLATES } from '../../../../shared/briefing/templates.ts';
import { upcomingDeadlines } from '../../../../shared/briefing/content.ts';
import {
  BRIEFING_TEMPLATE_IDS,
  defaultBriefingTitle,
  localIsoDate,
  type Briefing,
  type BriefingTemplateId,
} from '../../../../shared/model/briefing.ts';
import type { ParsedNotice } from '../../../../shared/model/notice.ts';
import { parseBulletin } from '../../../../shared/parse/index.ts';
import { docNumberKey, titleKey } from '../../../../shared/text/normalize.ts';
import { CliError, type CliCommand, type CliIo } from '../command.ts';
import { readInputFile } from '../read-input.ts';
import { linkNotices } from '../link-notices.ts';
import { codeWords, strings } from '../strings.ts';

const words = strings.brief;
const USAGE = words.usage;

const OPTIONS = {
  client: { type: 'string' },
  title: { type: 'string' },
  template: { type: 'string' },
  select: { type: 'string', multiple: true },
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  industry: { type: 'string' },
  consultant: { type: 'string' },
  company: { type: 'string' },
  phone: { type: 'string' },
  email: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function parse(args: string[]): { values: Options; files: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    return { values, files: positionals };
  } catch (error) {
    // parseArgs explains in English; say the same in one Chinese line.
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? words.unknownOption(option) : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? words.missingValue(option) : message;
    throw new CliError(`${reason}\n${USAGE}`);
  }
}

function isoDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid = match && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new CliError(words.badDate(option, value));
  return value;
}

function templateId(value: string | undefined): BriefingTemplateId {
  if (value === undefined) return 'gongwen';
  const id = BRIEFING_TEMPLATE_IDS.find((candidate) => candidate === value);
  if (!id) throw new CliError(words.badTemplate(BRIEFING_TEMPLATE_IDS, value));
  return id;
}

/** The --select values split into fragments (repeatable, and , or ， inside a value). */
export function selectFragments(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(/[,，]/)).map((fragment) => fragment.trim()).filter(Boolean);
}

/** Whether a notice's 文号 or title contains the fragment, ignoring bracket, width and space differences. */
export function noticeMatches(notice: ParsedNotice, fragment: string): boolean {
  if (notice.docNumber && docNumberKey(notice.docNumber).includes(docNumberKey(fragment))) return true;
  return titleKey(notice.title).includes(titleKey(fragment));
}

async function checkOutput(path: string): Promise<void> {
  if (!/\.docx$/i.test(path)) throw new CliError(words.notDocx(path));
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(words.isFolder(path));
  try {
    await access(existing ? path : dirname(resolve(path)), constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(words.notWritable(path, code));
  }
}

type Source = { notices: ParsedNotice[]; publisher: string | null };

async function readNotices(files: string[], io: CliIo): Promise<Source> {
  const notices: ParsedNotice[] = [];
  const seen = new Set<string>();
  let publisher: string | null = null;
  for (const file of files) {
    const parsed = parseBulletin((await readInputFile(file)).text);
    publisher ??= parsed.bulletin.publisher;
    if (parsed.notices.length === 0) io.err(words.noNoticesIn(file));
    for (const notice of parsed.notices) {
      // The same notice reprinted in another bulletin goes in once.
      const key = notice.docNumber ? docNumberKey(notice.docNumber) : `${titleKey(notice.title)}|${notice.date ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notices.push(notice);
    }
  }
  return { notices, publisher };
}

function selectNotices(notices: ParsedNotice[], fragments: string[]): ParsedNotice[] {
  if (fragments.length === 0) return notices;
  const unmatched = fragments.filter((fragment) => !notices.some((notice) => noticeMatches(notice, fragment)));
  if (unmatched.length > 0) throw new CliError(words.selectUnmatched(unmatched));
  return notices.filter((notice) => fragments.some((fragment) => noticeMatches(notice, fragment)));
}

function earliest(dates: (string | null)[]): string | null {
  return dates.filter((date): date is string => Boolean(date)).sort()[0] ?? null;
}

export const briefCommand: CliCommand = {
  summary: words.summary,
  run: async (args, io) => {
    const { values, files } = parse(args);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const client = values.client?.trim();
    if (!client) throw new CliError(words.needClient(USAGE));
    if (!values.output) throw new CliError(words.needOutput(USAGE));
    if (files.length === 0) throw new CliError(words.needFiles(USAGE));
    const template = templateId(values.template);
    const date = isoDate(values.date, 'date') ?? localIsoDate(new Date());
    const from = isoDate(values.from, 'from');
    const to = isoDate(values.to, 'to');
    await checkOutput(values.output);

    const source = await readNotices(files, io);
    if (source.notices.length === 0) throw new CliError(words.noNotices(files));
    const notices = selectNotices(source.notices, selectFragments(values.select));
    const periodFrom = from ?? earliest(notices.map((notice) => notice.date));
    // 时效性 as of the briefing's date, judged across every notice of the files read.
    const linked = new Map(linkNotices(source.notices, date).map((row) => [row.notice, row]));
    const validity = notices.map((notice) => linked.get(notice)?.validity);
    const briefing: Briefing = {
      client: { name: client, region: values.region?.trim() || null, industry: values.industry?.trim() || null },
      consultant: {
        name: values.consultant?.trim() ?? '',
        company: values.company?.trim() || source.publisher || words.fallbackCompany,
        phone: values.phone?.trim() || null,
        email: values.email?.trim() || null,
      },
      title: values.title?.trim() || defaultBriefingTitle(date),
      period: periodFrom ? { from: periodFrom, to: to ?? date } : null,
      date,
      template,
      items: notices.map((notice, i) => ({ notice, note: '', relevance: 'medium', excerpt: null, validity: validity[i] ? codeWords.briefingValidity(validity[i]) : null })),
    };

    const bytes = await packBriefing(briefing);
    try {
      await writeFile(values.output, bytes);
    } catch (error) {
      throw new CliError(words.writeFailed(values.output, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    const chapters = new Set(notices.map((notice) => notice.category)).size;
    const deadlines = upcomingDeadlines(briefing.items, date).length;
    io.out(words.written(values.output, BRIEFING_TEMPLATES[template].label, notices.length, chapters, deadlines, Math.ceil(bytes.length / 1024)));
    return 0;
  },
};
