// `cli relations FILE... [--json] [--today YYYY-MM-DD]`: the documents each notice of the
// bulletin files cites, linked across the files as the library links them
// (shared/relations): which cited document is among the notices read, which notices
// cite each one, and every notice's validity. --json prints
// `[{ "title", "docNumber", "validity": { "status", "reason" }, "cites": [{ "title",
// "docNumber", "relation", "inLibrary": { "title" } | null }], "citedBy": [{ "title" }] }]`.
import { localIsoDate } from '../../../../shared/model/briefing.ts';
import { CliError, type CliCommand, type CliIo } from '../command.ts';
import { linkNotices, type LinkedNotice as Row } from '../link-notices.ts';
import { readUniqueNotices } from '../read-notices.ts';
import { codeWords, strings } from '../strings.ts';

const words = strings.relations;
const USAGE = words.usage;

type Options = { files: string[]; json: boolean; today: string };

function parseArgs(args: readonly string[]): Options {
  const files: string[] = [];
  let json = false;
  let today = localIsoDate(new Date());
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--today') {
      const value = args[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(words.todayFormat(value, USAGE));
      today = value;
    } else if (arg.startsWith('--')) throw new CliError(words.unknownOption(arg, USAGE));
    else files.push(arg);
  }
  if (files.length === 0) throw new CliError(USAGE);
  return { files, json, today };
}

function toJson(row: Row): object {
  return {
    title: row.notice.title,
    docNumber: row.notice.docNumber,
    validity: { status: codeWords.validityStatus[row.validity.status], reason: codeWords.validityReason(row.validity.reason) },
    cites: row.cites.map(({ link, target }) => ({
      title: link.citation.title,
      docNumber: link.citation.docNumber,
      relation: link.citation.relation ? codeWords.relations[link.citation.relation] : null,
      inLibrary: target ? { title: target.title } : null,
    })),
    citedBy: [...new Set(row.citedBy)].map((n) => ({ title: n.title })),
  };
}

function print(rows: readonly Row[], io: CliIo): void {
  rows.forEach((row, i) => {
    io.out('');
    io.out(words.heading(i + 1, row.notice.title, row.notice.docNumber));
    io.out(words.validity(codeWords.validityStatus[row.validity.status], codeWords.validityReason(row.validity.reason)));
    for (const { link, target } of row.cites) {
      const where = target === row.notice ? words.issuedHere : target ? words.seeAlso(target.title) : words.notRead;
      const relation = link.citation.relation ? codeWords.relations[link.citation.relation] : words.mentioned;
      io.out(words.cites(relation, words.named(link.citation.title, link.citation.docNumber), where));
    }
    for (const citing of new Set(row.citedBy)) io.out(words.citedBy(citing.title));
  });
}

export const relationsCommand: CliCommand = {
  summary: words.summary,
  run: async (args, io) => {
    const options = parseArgs(args);
    const notices = await readUniqueNotices(options.files);
    const rows = linkNotices(notices, options.today);
    if (options.json) {
      io.out(JSON.stringify(rows.map(toJson), null, 2));
      return 0;
    }
    const cited = rows.reduce((sum, row) => sum + row.cites.length, 0);
    const linked = rows.reduce((sum, row) => sum + row.cites.filter((c) => c.target !== null && c.target !== row.notice).length, 0);
    io.out(words.counts(notices.length, cited, linked));
    print(rows, io);
    return 0;
  },
};
