// `npm run bench -- match [--notices N] [--clients M] [--new K]`: matching at library
// scale, through the match worker's own code (MatchService over an in-memory source):
// features of N notices made from the real bulletins (timed against parsing them), a
// full match of N notices × M clients, and K new notices matched one at a time against
// every client. Last line: `match: N ms for 50000 notices x 200 clients` (goals: full
// match ≤ 2 s, one new notice ≤ 5 ms; features are computed by the match worker, so the
// import bench measures the import without them). Then precision of the top 5 and recall on
// the labelled real sets (match-real.ts; goal ≥ 0.9 each, no other region suggested).
import type { NoticeId } from '../../shared/model/ids.ts';
import { PROVINCES } from '../../shared/model/region.ts';
import type { EngineClient, EngineNotice } from '../../shared/match/engine.ts';
import { compileNotice } from '../../shared/match/compiled-notice.ts';
import { deriveFeatures, type NoticeFeatures } from '../../shared/match/notice-features.ts';
import { COMPANY_SIZES, ENTERPRISE_KINDS, INDUSTRIES } from '../../shared/match/vocabulary.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
// The service itself, not the area's index: that one loads the library (IndexedDB).
import { MatchService } from '../../renderer/data/match/service.ts';
import type { MatchReader } from '../../renderer/data/match/ports.ts';
import { generateCorpus, Random } from './search-corpus.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BULLETIN_DIR } from '../support/shared-inputs.ts';
import { benchMatchReal } from './match-real.ts';

/** The day the real sets are matched on (deadlines open or passed as of then); fixed, so figures compare. */
const REAL_TODAY = '2026-12-01';
const REAL_GOAL = 0.9;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const KEYWORDS = ['绿色工厂', '节能', '余热回收', '工业互联网', '两化融合', '智能制造', '挂牌', '研发', '芯片', '新材料', '服务型制造', '清洁生产', '大数据', '云计算', '知识产权', '技术改造', '专精特新', '首台套', '标准', '融资'];

function clients(count: number, random: Random): EngineClient[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i + 1}`,
    profile: {
      name: `客户${i + 1}`,
      region: { province: random.pick(PROVINCES).full },
      industry: random.pick(INDUSTRIES).id,
      qualifications: [random.pick(ENTERPRISE_KINDS).id, ...(random.chance(0.5) ? [random.pick(ENTERPRISE_KINDS).id] : [])],
      size: random.pick(COMPANY_SIZES),
      foundedYear: random.int(1995, 2022),
      keywords: Array.from({ length: random.int(1, 3) }, () => random.pick(KEYWORDS)),
    },
  }));
}

function memoryReader(notices: EngineNotice[], features: ReadonlyMap<NoticeId, NoticeFeatures>, clientList: EngineClient[]): MatchReader & { add: (n: EngineNotice) => void } {
  const byId = new Map(notices.map((n) => [n.id, n]));
  // The library's change log, one row per notice that arrives.
  const log: NoticeId[] = [];
  return {
    add: (n) => {
      byId.set(n.id, n);
      log.push(n.id);
    },
    head: () => Promise.resolve(log.length),
    changes: (after) =>
      Promise.resolve(after >= log.length ? null : { to: log.length, reset: false, noticeIds: log.slice(after), tables: new Set(['notices'] as const) }),
    explained: (ids) => Promise.resolve(new Map(ids.flatMap((id) => (features.has(id) ? [[id, features.get(id) as NoticeFeatures] as const] : [])))),
    catchUpFeatures: () => Promise.resolve(0),
    async *stream(pageSize) {
      for (let i = 0; i < notices.length; i += pageSize) yield await Promise.resolve(notices.slice(i, i + pageSize));
    },
    notices: (ids) => Promise.resolve(ids.flatMap((id) => byId.get(id) ?? [])),
    clients: () => Promise.resolve(clientList),
    client: (id) => Promise.resolve(clientList.find((c) => c.id === id)),
    hidden: () => Promise.resolve(new Map()),
  };
}

function sharePerMs(): { parseMs: number; featuresMs: number } {
  const texts = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'].map((f) => readFileSync(path.join(BULLETIN_DIR, f), 'utf8'));
  const notices = texts.flatMap((t) => parseBulletin(t).notices);
  for (let i = 0; i < 3; i++) for (const n of notices) deriveFeatures(n);
  const runs = 10;
  let start = performance.now();
  for (let i = 0; i < runs; i++) for (const t of texts) parseBulletin(t);
  const parseMs = (performance.now() - start) / runs;
  start = performance.now();
  for (let i = 0; i < runs; i++) for (const n of notices) deriveFeatures(n);
  return { parseMs, featuresMs: (performance.now() - start) / runs };
}

export async function benchMatch(): Promise<void> {
  const noticeCount = option('notices', 50_000);
  const clientCount = option('clients', 200);
  const newCount = option('new', 50);
  const random = new Random(20261203);

  const { parseMs, featuresMs } = sharePerMs();
  // The match worker computes them as an import's notices arrive, outside the import's
  // own work (the import bench measures that, unchanged by matching).
  console.log(`match features: ${(featuresMs / 24).toFixed(2)} ms per notice in the match worker (${featuresMs.toFixed(1)} ms for the 24 notices of the three bulletins; parsing them takes ${parseMs.toFixed(1)} ms)`);

  const docs = generateCorpus(noticeCount + newCount).docs;
  let start = performance.now();
  const features = new Map(docs.map((doc) => [doc.id, deriveFeatures(doc)]));
  const all: EngineNotice[] = docs.map((doc) => ({ id: doc.id, date: doc.date, compiled: compileNotice(features.get(doc.id) ?? deriveFeatures(doc)) }));
  console.log(`match features of ${all.length} notices: ${(performance.now() - start).toFixed(0)} ms`);
  const library = all.slice(0, noticeCount);
  const arriving = all.slice(noticeCount);
  const clientList = clients(clientCount, random);
  const source = memoryReader(library, features, clientList);
  const today = '2020-06-01';

  const service = new MatchService(source, today);
  start = performance.now();
  const report = await service.open(today);
  const fullMs = performance.now() - start;
  let suggested = 0;
  for (const client of clientList) suggested += (await service.suggestions(client.id, 1_000_000, today)).length;
  console.log(`match full: ${fullMs.toFixed(0)} ms for ${report.notices} notices x ${report.clients} clients (${suggested} suggestions, ${(suggested / clientCount).toFixed(0)} per client)`);

  const times: number[] = [];
  for (const notice of arriving) {
    source.add(notice);
    start = performance.now();
    await service.catchUp();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  console.log(`match one new notice against ${clientCount} clients: median ${p(0.5).toFixed(2)} ms, p95 ${p(0.95).toFixed(2)} ms over ${times.length}`);

  start = performance.now();
  const top = await service.suggestions('c1', 50, today);
  console.log(`match 推荐 of one client (50, worded): ${(performance.now() - start).toFixed(1)} ms, best ${top[0]?.score ?? 0}`);
  // On labelled real notices (each set's notices read by `cli match`'s own path).
  const real = await benchMatchReal(REAL_TODAY);
  const met = real.every((set) => set.precisionAt5 >= REAL_GOAL && set.recall >= REAL_GOAL && set.otherRegionSuggested.length === 0);
  console.log(`match goals on real notices: precision of the top 5 and recall ≥ ${REAL_GOAL} on every set, no other region suggested: ${met ? 'met' : 'NOT met'}`);
  console.log(`match: ${fullMs.toFixed(0)} ms for ${report.notices} notices x ${report.clients} clients`);
}
