// `cli parse FILE [--json]`: parses a bulletin, a single notice or a saved web page and
// prints a readable Chinese summary, or with --json exactly `{ "bulletin": {...},
// "notices": [...] }` in the model's field names (the format
// ../shared/tools/score-parse.mjs reads). How the file was read goes to stderr; a file
// that is not a policy notice exits 1 with the reason.
import type { ParsedBulletin, ParsedNotice } from '../../../../shared/model/notice.ts';
import { bulletinRefusal, parseDocument } from '../../../../shared/parse/index.ts';
import { CliError, type CliCommand, type CliIo } from '../command.ts';
import { readInputFile } from '../read-input.ts';
import { codeWords, strings } from '../strings.ts';

const words = strings.parse;
const USAGE = words.usage;
const NONE = strings.none;

/** One date, or every date with whose it is (the applicant's and the district's). */
function deadlinesLine(notice: ParsedNotice): string {
  if (notice.deadlines.length < 2) return notice.deadline ?? NONE;
  return notice.deadlines.map((d) => words.deadlineOf(d.date, words.party[d.party])).join(words.deadlineSeparator);
}

function printNotice(notice: ParsedNotice, n: number, io: CliIo): void {
  io.out(`${n}. [${notice.category || NONE}] ${notice.title}`);
  io.out(words.docNumber(notice.docNumber ?? NONE));
  io.out(words.agencies(notice.agencies.length > 0 ? notice.agencies.join(words.listSeparator) : NONE));
  io.out(words.date(notice.date ?? NONE));
  io.out(words.deadline(deadlinesLine(notice)));
  io.out(words.url(notice.url ?? NONE));
  // What the parser could not read for sure: kept, and to be checked by hand.
  if (notice.review && notice.review.length > 0) io.out(words.toCheck(notice.review.map((field) => words.review[field]).join(words.listSeparator)));
}

function printSummary(parsed: ParsedBulletin, encoding: string, io: CliIo): void {
  io.out(words.publisher(parsed.bulletin.publisher ?? NONE));
  io.out(words.issue(parsed.bulletin.issue ?? NONE));
  io.out(words.encoding(encoding));
  io.out(words.notices(parsed.notices.length));
  parsed.notices.forEach((notice, i) => {
    io.out('');
    printNotice(notice, i + 1, io);
  });
}

export const parseCommand: CliCommand = {
  summary: words.summary,
  run: async (args, io) => {
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    const unknown = rest.find((a) => a.startsWith('-'));
    if (unknown !== undefined) throw new CliError(words.unknownOption(unknown, USAGE));
    if (rest.length !== 1 || rest[0] === undefined) throw new CliError(USAGE);
    const { text, encoding, warnings, page } = await readInputFile(rest[0]);
    // Warnings go to stderr so that --json output stays exactly the JSON.
    for (const warning of warnings) io.err(words.warning(warning));
    const parsed = parseDocument(text, page ?? {});
    if (parsed.kind === 'not-notice') throw new CliError(words.notANotice(codeWords.reading(parsed.reading)));
    // Zero notices is never a result: a table of contents alone, a line of 10 MB.
    const refusal = parsed.kind === 'bulletin' ? bulletinRefusal(parsed) : null;
    if (refusal) throw new CliError(words.notABulletin(words.bulletinRefused[refusal]));
    // A bulletin is the usual case; how anything else was read is worth a line.
    if (parsed.kind !== 'bulletin') io.err(words.reading(codeWords.reading(parsed.reading)));
    if (json) io.out(JSON.stringify({ bulletin: parsed.bulletin, notices: parsed.notices }, null, 2));
    else printSummary(parsed, encoding, io);
    return 0;
  },
};
