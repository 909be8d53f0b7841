// `cli refs FILE... [--json] [--today YYYY-MM-DD]`: the documents each notice of the
// bulletin files cites, linked across the files as the library links them
// (shared/relations): which cited document is among the notices read, which notices
// cite each one, and every notice's validity. --json prints
// `[{ "title", "docNumber", "validity": { "status", "reason" }, "cites": [{ "title",
// "docNumber", "relation", "inLibrary": { "title" } | null }], "citedBy": [{ "title" }] }]`.
import { localIsoDate } from '../../../../shared/model/briefing.ts';
import { CliError, type CliCommand, type CliIo } from '../command.ts';
import { linkNotices, type LinkedNotice as Row } from '../link-notices.ts';
import { readUniqueNotices } from '../read-notices.ts';

const USAGE = '用法：npm run -s cli -- refs 文件... [--json] [--today YYYY-MM-DD]';

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
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`--today 需要 YYYY-MM-DD 格式的日期（收到：${value || '无'}）。${USAGE}`);
      today = value;
    } else if (arg.startsWith('--')) throw new CliError(`未知选项：${arg}。${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new CliError(USAGE);
  return { files, json, today };
}

function toJson(row: Row): object {
  return {
    title: row.notice.title,
    docNumber: row.notice.docNumber,
    validity: { status: row.validity.status, reason: row.validity.reason },
    cites: row.cites.map(({ link, target }) => ({
      title: link.citation.title,
      docNumber: link.citation.docNumber,
      relation: link.citation.relation,
      inLibrary: target ? { title: target.title } : null,
    })),
    citedBy: [...new Set(row.citedBy)].map((n) => ({ title: n.title })),
  };
}

function named(title: string | null, docNumber: string | null): string {
  return `${title ? `《${title}》` : ''}${docNumber ? `（${docNumber}）` : ''}`;
}

function print(rows: readonly Row[], io: CliIo): void {
  rows.forEach((row, i) => {
    io.out('');
    io.out(`${i + 1}. ${row.notice.title}${row.notice.docNumber ? `（${row.notice.docNumber}）` : ''}`);
    io.out(`   时效：${row.validity.status}（${row.validity.reason}）`);
    for (const { link, target } of row.cites) {
      const where = target === row.notice ? '本通知印发' : target ? `见：${target.title}` : '不在所读文件中';
      io.out(`   引用 [${link.citation.relation ?? '提及'}] ${named(link.citation.title, link.citation.docNumber)} → ${where}`);
    }
    for (const citing of new Set(row.citedBy)) io.out(`   被引用：${citing.title}`);
  });
}

export const refsCommand: CliCommand = {
  summary: '列出快讯中每条通知引用的文件（依据、印发、修订、废止…）、文件之间的引用关系和时效性（--json 输出结构化结果）',
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
    io.out(`${notices.length} 条通知，引用文件 ${cited} 处，其中 ${linked} 处引用的是所读文件中的通知`);
    print(rows, io);
    return 0;
  },
};
