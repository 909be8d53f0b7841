// `cli match --client CLIENT.json FILE... [--json] [--limit N] [--all] [--today YYYY-MM-DD]`:
// parses the bulletin files and matches their notices against one client profile with
// the app's matching (shared/match). Prints the suggested notices best first with their
// reasons; excluded notices are left out, `--all` adds them (with the reason) and the
// notices that scored below a suggestion. --json prints
// `[{ "title", "docNumber", "score", "reasons": [{ "kind", "text", "evidence" }] }]`.
// CLIENT.json has the library's shape (`qualifications`, `size` as a code: small); files
// written before it (`tags`, 小型) are still read, as that shape.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { explainMatch, type MatchResult } from '../../../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../../../shared/match/profile.ts';
import { COMPANY_SIZE_WORDS, COMPANY_SIZES, companySizeOf } from '../../../../shared/match/vocabulary.ts';
import type { ParsedNotice } from '../../../../shared/model/notice.ts';
import { localIsoDate } from '../../../../shared/model/briefing.ts';
import { CliError, positiveInteger, type CliCommand, type CliIo } from '../command.ts';
import { readUniqueNotices } from '../read-notices.ts';
import { codeWords, strings } from '../strings.ts';

const words = strings.match;
const USAGE = words.usage;
const DEFAULT_LIMIT = 20;

const ClientJson = z
  .object({
    name: z.string().min(1),
    region: z.object({ province: z.string().optional(), city: z.string().optional(), district: z.string().optional() }).optional(),
    industry: z.string().optional(),
    qualifications: z.array(z.string()).optional(),
    /** What qualifications were called before: consultants' existing files. */
    tags: z.array(z.string()).optional(),
    /** A code, or the word an older file has (小型). */
    size: z.union([z.enum(COMPANY_SIZES), z.enum(COMPANY_SIZE_WORDS)]).nullable().optional(),
    foundedYear: z.number().int().nullable().optional(),
    keywords: z.array(z.string()).optional(),
  })
  .transform(({ tags, qualifications, size, ...rest }): MatchProfile => ({
    ...rest,
    ...(qualifications || tags ? { qualifications: [...new Set([...(qualifications ?? []), ...(tags ?? [])])] } : {}),
    ...(size === undefined ? {} : { size: companySizeOf(size) }),
  }));

type Options = { client: string; files: string[]; json: boolean; limit: number; all: boolean; today: string };

function parseArgs(args: readonly string[]): Options {
  const files: string[] = [];
  let client: string | null = null;
  let json = false;
  let all = false;
  let limit = DEFAULT_LIMIT;
  let today = localIsoDate(new Date());
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--all') all = true;
    else if (arg === '--client') client = args[++i] ?? null;
    else if (arg === '--today') {
      const value = args[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(words.todayFormat(value, USAGE));
      today = value;
    } else if (arg === '--limit') limit = positiveInteger('--limit', args[++i], USAGE);
    else if (arg.startsWith('--')) throw new CliError(words.unknownOption(arg, USAGE));
    else files.push(arg);
  }
  if (!client || files.length === 0) throw new CliError(USAGE);
  return { client, files, json, limit, all, today };
}

async function readClient(file: string): Promise<MatchProfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(words.clientUnreadable(file));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(words.clientNotJson(file));
  }
  const parsed = ClientJson.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(words.clientInvalid(file, issue ? { path: issue.path.join('.'), message: issue.message } : null));
  }
  return parsed.data;
}

type Row = { notice: ParsedNotice; result: MatchResult };

function toJson({ notice, result }: Row): object {
  const reasons = (result.excluded ? [result.reason] : result.reasons).map((r) => ({ kind: r.kind, text: codeWords.matchReason(r), evidence: r.evidence?.text ?? null }));
  return {
    title: notice.title,
    docNumber: notice.docNumber,
    score: result.score,
    ...(result.excluded ? { excluded: true } : { suggested: result.suggested, relevance: result.relevance }),
    reasons,
  };
}

function print(rows: readonly Row[], io: CliIo): void {
  rows.forEach(({ notice, result }, i) => {
    io.out('');
    const head = result.excluded ? words.excluded : result.suggested ? words.points(result.score) : words.belowSuggestion(result.score);
    io.out(`${i + 1}. [${head}] ${notice.title}`);
    if (notice.docNumber) io.out(words.docNumber(notice.docNumber));
    const reasons = result.excluded ? [result.reason] : result.reasons;
    io.out(words.reasons(reasons.map((r) => codeWords.matchReason(r))));
  });
}

export const matchCommand: CliCommand = {
  summary: words.summary,
  run: async (args, io) => {
    const options = parseArgs(args);
    const profile = await readClient(options.client);
    const notices = await readUniqueNotices(options.files);
    const rows: Row[] = notices.map((notice) => ({ notice, result: explainMatch(deriveFeatures(notice), profile, options.today) }));
    const suggested = rows.filter((r) => r.result.suggested).sort((a, b) => b.result.score - a.result.score);
    const others = options.all
      ? rows.filter((r) => !r.result.suggested).sort((a, b) => Number(a.result.excluded) - Number(b.result.excluded) || b.result.score - a.result.score)
      : [];
    const shown = [...suggested.slice(0, options.limit), ...others];
    if (options.json) {
      io.out(JSON.stringify(shown.map(toJson), null, 2));
      return 0;
    }
    io.out(words.matched(profile.name, notices.length, suggested.length, options.limit));
    print(shown, io);
    return 0;
  },
};
