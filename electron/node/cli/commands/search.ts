// `cli search "QUERY" FILE... [--json] [--limit N]`: parses the bulletin files, indexes
// their notices with the app's search (shared/search) and prints the ranked results;
// --json prints `[{ "title", "docNumber", "category", "date", "score", "snippet", "exact" }]`
// (and "lacking": the query terms a result does not contain, when it lacks some).
// A notice printed in two of the files (same 文号, or same title and date) is indexed
// once, as the library stores it.
import { SearchIndex, type SearchDoc, type SearchHit } from '../../../../shared/search/index.ts';
import { CliError, positiveInteger, type CliCommand, type CliIo } from '../command.ts';
import { readUniqueNotices } from '../read-notices.ts';
import { strings } from '../strings.ts';

const words = strings.search;
const USAGE = words.usage;
const DEFAULT_LIMIT = 10;
const NONE = strings.none;
/** An ideographic space between fields, as Chinese text sets them apart. */
const GAP = '\u3000';

type Options = { query: string; files: string[]; json: boolean; limit: number };

function parseArgs(args: readonly string[]): Options {
  const positional: string[] = [];
  let json = false;
  let limit = DEFAULT_LIMIT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--limit') limit = positiveInteger('--limit', args[++i], USAGE);
    else if (arg.startsWith('--')) throw new CliError(words.unknownOption(arg, USAGE));
    else positional.push(arg);
  }
  const [query, ...files] = positional;
  if (query === undefined || files.length === 0) throw new CliError(USAGE);
  return { query, files, json, limit };
}

async function loadDocs(files: readonly string[]): Promise<SearchDoc[]> {
  return (await readUniqueNotices(files)).map((notice, i) => ({ ...notice, id: String(i + 1).padStart(6, '0') }));
}

function printHit(hit: SearchHit, n: number, snippet: string, io: CliIo): void {
  const mark = hit.lacking ? words.lacking(hit.lacking.join(words.listSeparator)) : hit.exact ? '' : words.fuzzy;
  io.out(`${n}. [${hit.category || NONE}] ${hit.title}${mark}`);
  io.out(words.fields(hit.docNumber ?? NONE, hit.agencies.join(words.listSeparator) || NONE, hit.date ?? NONE, hit.score.toFixed(2), GAP));
  if (snippet) io.out(`   ${snippet}`);
}

export const searchCommand: CliCommand = {
  summary: words.summary,
  run: async (args, io) => {
    const { query, files, json, limit } = parseArgs(args);
    const docs = await loadDocs(files);
    const bodies = new Map(docs.map((doc) => [doc.id, doc.body]));
    const index = new SearchIndex();
    index.addAll(docs);
    const response = index.search({ query, limit });
    const results = response.hits.map((hit) => ({ hit, snippet: index.snippet(query, bodies.get(hit.id) ?? []).text }));
    if (json) {
      const out = results.map(({ hit, snippet }) => ({
        title: hit.title,
        docNumber: hit.docNumber,
        category: hit.category,
        date: hit.date,
        score: Math.round(hit.score * 1000) / 1000,
        snippet,
        exact: hit.exact,
        ...(hit.lacking ? { lacking: hit.lacking } : {}),
      }));
      io.out(JSON.stringify(out, null, 2));
      return 0;
    }
    io.out(words.found(query, docs.length, response.total, results.length));
    const forms = (response.otherForms ?? []).flatMap((entry) => entry.forms);
    if (forms.length > 0) io.out(words.otherForms(forms.join(words.listSeparator)));
    results.forEach(({ hit, snippet }, i) => {
      io.out('');
      printHit(hit, i + 1, snippet, io);
    });
    return 0;
  },
};
