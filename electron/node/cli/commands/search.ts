// `cli search "QUERY" FILE... [--json] [--limit N]`: parses the bulletin files, indexes
// their notices with the app's search (shared/search) and prints the ranked results;
// --json prints `[{ "title", "docNumber", "category", "date", "score", "snippet" }]`.
// A notice printed in two of the files (same 文号, or same title and date) is indexed
// once, as the library stores it.
import { SearchIndex, type SearchDoc, type SearchHit } from '../../../../shared/search/index.ts';
import { CliError, positiveInteger, type CliCommand, type CliIo } from '../command.ts';
import { readUniqueNotices } from '../read-notices.ts';

const USAGE = '用法：npm run -s cli -- search "查询词" 文件... [--json] [--limit N]';
const DEFAULT_LIMIT = 10;
const NONE = '—';
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
    else if (arg.startsWith('--')) throw new CliError(`未知选项：${arg}。${USAGE}`);
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
  io.out(`${n}. [${hit.category || NONE}] ${hit.title}${hit.exact ? '' : '（近似匹配）'}`);
  io.out(`   文号：${hit.docNumber ?? NONE}${GAP}发文机关：${hit.agencies.join('、') || NONE}${GAP}日期：${hit.date ?? NONE}${GAP}得分：${hit.score.toFixed(2)}`);
  if (snippet) io.out(`   ${snippet}`);
}

export const searchCommand: CliCommand = {
  summary: '在快讯文件中搜索通知（中文模糊搜索：简繁、全半角、文号、拼音），打印排序结果（--json 输出结构化结果）',
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
      }));
      io.out(JSON.stringify(out, null, 2));
      return 0;
    }
    io.out(`搜索「${query}」：${docs.length} 条通知中找到 ${response.total} 条${response.total > results.length ? `，显示前 ${results.length} 条` : ''}`);
    results.forEach(({ hit, snippet }, i) => {
      io.out('');
      printHit(hit, i + 1, snippet, io);
    });
    return 0;
  },
};
