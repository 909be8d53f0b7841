// Real notices and the queries a consultant types for them, for the search benchmark:
// the project's own set (tests/fixtures/real, queries written from the texts before the
// engine was changed) and the workplace's (../shared/real-notices). Each file is read as
// `cli parse` and the app read it; its notices join the generated library, and a query
// counts when one of the notices of its file is among the first three results.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readInputFile } from '../../electron/node/cli/read-input.ts';
import type { NoticeId } from '../../shared/model/ids.ts';
import { parseDocument } from '../../shared/parse/index.ts';
import type { SearchDoc } from '../../shared/search/index.ts';
import { SHARED_DIR } from '../support/shared-inputs.ts';

/** The kinds of queries.json, in the order they are reported. */
export const REAL_KINDS = ['concept', 'agencyAbbrev', 'shortTypo', 'docNumberFragment', 'natural', 'natural-nospace', 'pinyin'] as const;

export type RealQuery = { set: string; kind: string; query: string; file: string; relevant: Set<NoticeId> };

type QueryEntry = { q: string; kind: string; file: string; folder?: 'ours' | 'shared' };

/** Queries written later (after the engine changed, still without seeing it), over both folders: `folder` says which. */
const FRESH = path.resolve(import.meta.dirname, '../fixtures/real/queries-fresh.json');

const SETS: readonly { name: string; dir: string }[] = [
  { name: 'ours', dir: path.resolve(import.meta.dirname, '../fixtures/real') },
  { name: 'shared', dir: path.join(SHARED_DIR, 'real-notices') },
];

/** Every real notice of the sets found here, and their queries. */
export async function loadRealSets(): Promise<{ docs: SearchDoc[]; queries: RealQuery[] }> {
  const docs: SearchDoc[] = [];
  const queries: RealQuery[] = [];
  for (const set of SETS) {
    const listed = path.join(set.dir, 'queries.json');
    if (!existsSync(listed)) continue;
    const idsOfFile = new Map<string, NoticeId[]>();
    for (const file of readdirSync(set.dir).sort()) {
      if (/\.(json|md)$/.test(file)) continue;
      const { text, page } = await readInputFile(path.join(set.dir, file));
      const ids: NoticeId[] = [];
      parseDocument(text, page ?? {}).notices.forEach((notice, i) => {
        const id = `real:${set.name}:${file}:${i}`;
        ids.push(id);
        docs.push({ ...notice, id });
      });
      idsOfFile.set(file, ids);
    }
    const fresh = (JSON.parse(readFileSync(FRESH, 'utf8')) as QueryEntry[]).filter((entry) => entry.folder === set.name);
    for (const [entries, name] of [
      [JSON.parse(readFileSync(listed, 'utf8')) as QueryEntry[], set.name],
      [fresh, `${set.name}, later`],
    ] as const) {
      for (const entry of entries) queries.push({ set: name, kind: entry.kind, query: entry.q, file: entry.file, relevant: new Set(idsOfFile.get(entry.file) ?? []) });
    }
  }
  return { docs, queries };
}
