// A test-only page for `npm run bench -- search`: fills a library in real IndexedDB
// through the library's repository, then runs the app's own search worker
// (startSearchWorker) on it, as the app does: a fresh build, and a new worker opening
// the persisted index as after a restart. Times are taken here, on the page's side of
// postMessage, so they include starting the worker and every message.
import { Dexie } from 'dexie';
import { createClient, deleteSearchIndex, loadSearchIndex, openLibrary, storeBulletin, tagNotices } from '../../../renderer/data/library/index.ts';
import { INDEX_KEY, startSearchWorker, type SearchWorkerClient } from '../../../renderer/data/search/index.ts';
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { QueryTimes, SeedResult, WireCorpus, WireQuery, WorkerRun } from './wire.ts';

declare global {
  interface Window {
    seedSearchBench: (corpusUrl: string, library: string) => Promise<SeedResult>;
    runSearchWorker: (library: string, queries: WireQuery[], fresh: boolean) => Promise<WorkerRun>;
    stopSearchWorker: () => void;
  }
}

/** Notices stored per bulletin while seeding (one transaction each). */
const PER_BULLETIN = 2500;
const HITS = 20;
const SNIPPETS = 10;
const PASSES = 3;

/** Library id of each corpus notice (index = 1-based position), set by seeding. */
let idsByPosition: NoticeId[] = [];
let client: SearchWorkerClient | null = null;

window.seedSearchBench = async (corpusUrl, library) => {
  const started = performance.now();
  const corpus = (await (await fetch(corpusUrl)).json()) as WireCorpus;
  await Dexie.delete(library);
  const db = await openLibrary(library);
  idsByPosition = [''];
  for (let start = 0; start < corpus.notices.length; start += PER_BULLETIN) {
    const notices = corpus.notices.slice(start, start + PER_BULLETIN).map((n) => ({
      category: n.category,
      title: n.title,
      docNumber: n.docNumber,
      agencies: n.agencies,
      date: n.date,
      url: null,
      links: [],
      deadline: n.deadline,
      attachments: [],
      contacts: [],
      citedDocNumbers: [],
      deadlines: n.deadline ? [{ date: n.deadline, party: 'applicant' as const, evidence: '' }] : [],
      body: n.body.map((p) => corpus.paragraphs[p] ?? ''),
    }));
    const outcome = await storeBulletin(db, {
      fileName: `bench-${start}.txt`,
      format: 'txt',
      contentHash: `bench-${library}-${start}`,
      byteLength: 1,
      bulletin: { publisher: '基准', issue: `第 ${start / PER_BULLETIN + 1} 期` },
      notices,
    });
    if (outcome.status !== 'added' || outcome.merged.length > 0 || outcome.addedNoticeIds.length !== notices.length) {
      throw new Error(`seeding: bulletin ${start / PER_BULLETIN + 1} was not stored as ${notices.length} new notices`);
    }
    idsByPosition.push(...outcome.addedNoticeIds);
  }
  let tags = 0;
  for (const c of corpus.clients) {
    const created = await createClient(db, { name: c.name, qualifications: c.qualifications, region: { province: '', city: '', district: '' }, industry: '', size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '' });
    const noticeIds = c.notices.map((p) => idsByPosition[p] ?? '');
    if (noticeIds.length > 0) tags += (await tagNotices(db, { clientIds: [created.id], noticeIds })).length;
  }
  const stored = await db.notices.count();
  db.close();
  return { stored, clients: corpus.clients.length, tags, ms: performance.now() - started };
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeQueries(search: SearchWorkerClient, queries: WireQuery[]): Promise<QueryTimes> {
  const passes = queries.map(() => [] as number[]);
  let answered = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, q] of queries.entries()) {
      const t = performance.now();
      const response = await search.search({ query: q.query, limit: HITS });
      passes[i]?.push(performance.now() - t);
      if (pass === 0) {
        const relevant = new Set(q.relevant.map((p) => idsByPosition[p]));
        if (response.hits.some((hit) => relevant.has(hit.id))) answered += 1;
      }
    }
  }
  const withSnippetsMs: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await search.search({ query: q.query, limit: HITS }, { snippets: SNIPPETS });
    withSnippetsMs.push(performance.now() - t);
  }
  const trips: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await search.status();
    trips.push(performance.now() - t);
  }
  return { ms: passes.map(median), withSnippetsMs, answered, roundTripMs: median(trips) };
}

window.runSearchWorker = async (library, queries, fresh) => {
  if (fresh) {
    const db = await openLibrary(library);
    await deleteSearchIndex(db, INDEX_KEY);
    db.close();
  }
  const started = performance.now();
  const search = startSearchWorker();
  client = search;
  const booted = search.status().then(() => performance.now() - started);
  const report = await search.open(library);
  const openMs = performance.now() - started;
  const first = await search.search({ query: queries[0]?.query ?? '通知', limit: HITS });
  const firstQueryMs = performance.now() - started - openMs;
  // save() is queued behind catching up (and saves nothing when nothing changed).
  await search.save();
  const idleMs = performance.now() - started;
  const timed = await timeQueries(search, queries);
  const db = await openLibrary(library);
  const persisted = await loadSearchIndex(db, INDEX_KEY);
  db.close();
  return {
    report,
    bootMs: await booted,
    openMs,
    firstQueryMs,
    firstTotal: first.total,
    idleMs,
    persistedBytes: persisted?.bytes.byteLength ?? 0,
    queries: timed,
  };
};

window.stopSearchWorker = () => {
  client?.dispose();
  client = null;
};
