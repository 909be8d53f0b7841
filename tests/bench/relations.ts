// `npm run bench -- relations [--notices N] [--new K]`: 政策关系 at library scale. N notices
// made from the real bulletins, each also citing, amending or repealing one to three
// earlier ones (by 文号 in varying brackets, or by title only): extraction per notice
// (done at import), linking the whole library (the search worker's RelationGraph: every
// citation resolved, every notice's validity), and K notices arriving one at a time with
// the validity of their neighbours recomputed. Last line: `relations: N ms for 50000 notices`
// (linking; goal ≤ 3 s).
import { extractRegion } from '../../shared/model/region.ts';
import { RelationGraph, deriveRelations, targetOf, type GraphNotice } from '../../shared/relations/index.ts';
import { generateCorpus, Random } from './search-corpus.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const BRACKETS = [['〔', '〕'], ['[', ']'], ['（', '）'], ['［', '］']] as const;
const PHRASES = [
  (cited: string) => `根据${cited}要求，现将有关事项通知如下。`,
  (cited: string) => `本办法自印发之日起施行，${cited}同时废止。`,
  (cited: string) => `现对${cited}进行修订。`,
  (cited: string) => `为贯彻落实${cited}精神，结合本地实际，制定本方案。`,
  (cited: string) => `按照${cited}的部署，组织开展申报工作。`,
] as const;

export async function benchRelations(): Promise<void> {
  const count = option('notices', 50_000);
  const arrivals = option('new', 50);
  const random = new Random(20261203);
  const docs = generateCorpus(count + arrivals).docs;
  // Every notice gets a 文号 of its own, as real ones have (the corpus reuses the
  // bulletins' few), so that later ones can cite it by number.
  docs.forEach((doc, i) => {
    doc.docNumber = doc.docNumber ? doc.docNumber.replace(/\d+\s*号$/, `${i + 1}号`) : `测财字〔${2010 + (i % 12)}〕${i + 1}号`;
    if (i === 0) return;
    for (let k = random.int(1, 3); k > 0; k--) {
      const cited = docs[random.int(0, i - 1)];
      if (!cited) continue;
      const [open, close] = random.pick(BRACKETS);
      const number = random.chance(0.7) && cited.docNumber ? `（${cited.docNumber.replace(/[〔［【（([]/, open).replace(/[〕］】）)\]]/, close)}）` : '';
      const phrase = random.pick(PHRASES);
      (doc.body as string[]).push(phrase(`《${cited.title}》${number}`));
    }
  });

  let start = performance.now();
  const notices: GraphNotice[] = docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    docNumber: doc.docNumber,
    date: doc.date,
    province: extractRegion(doc).province,
    relations: deriveRelations(doc),
  }));
  const extractMs = performance.now() - start;
  const citations = notices.reduce((sum, n) => sum + n.relations.citations.length, 0);
  console.log(`relations extraction: ${(extractMs / notices.length).toFixed(3)} ms per notice at import (${citations} citations in ${notices.length} notices)`);

  // The search worker links what it reads from the library's noticeRelations table: a
  // structured clone, as IndexedDB hands records out.
  const library = structuredClone(notices.slice(0, count));
  const today = '2026-12-03';
  start = performance.now();
  const graph = new RelationGraph();
  graph.setAll(library);
  const builtMs = performance.now() - start;
  graph.takeChanged();
  let linked = 0;
  const statuses = new Map<string, number>();
  for (const notice of library) {
    for (const link of graph.citesOf(notice.id)) if (targetOf(link.target) !== null) linked++;
    const status = graph.validityOf(notice.id, today)?.status ?? 'unknown';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const linkMs = performance.now() - start;
  console.log(`relations linking: ${linkMs.toFixed(0)} ms for ${library.length} notices (graph ${builtMs.toFixed(0)} ms, validity ${(linkMs - builtMs).toFixed(0)} ms; ${linked} citations linked; ${[...statuses].map(([s, n]) => `${s} ${n}`).join('，')})`);

  const times: number[] = [];
  for (const notice of notices.slice(count)) {
    start = performance.now();
    graph.set(notice);
    for (const id of graph.takeChanged()) graph.validityOf(id, today);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  console.log(`relations one new notice linked, neighbours' validity recomputed: median ${p(0.5).toFixed(2)} ms, p95 ${p(0.95).toFixed(2)} ms over ${times.length}`);
  console.log(`relations: ${linkMs.toFixed(0)} ms for ${library.length} notices`);
  await Promise.resolve();
}
