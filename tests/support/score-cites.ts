// Scores 政策关系 on real notices: each document a label says a notice cites (its title or
// 文号, and how it relates: cites, implements, forwards, amends, repeals, interprets) must be
// among the citations shared/relations finds in the parsed notice, with a relation that says
// the same. Notices are paired with their labels as ../shared/tools/score-real.mjs pairs
// them (the parsed title most alike; an untitled label by position).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../../shared/extract/index.ts';
import { parseDocument } from '../../shared/parse/index.ts';
import { findCitations, type Citation, type CitationRelation } from '../../shared/relations/index.ts';
import { docNumberKey } from '../../shared/text/normalize.ts';
import { createNodeExtractEnv } from '../../electron/node/cli/extract-env.ts';

type LabelledCite = { title: string | null; docNumber: string | null; relation: string };
type LabelledNotice = { title: string | null; cites?: LabelledCite[] };
type LabelFile = { source: string; kind: string; notices: LabelledNotice[] };

/** The relations of the app that say what a label's relation says. */
const AGREES: Record<string, (relation: CitationRelation | null) => boolean> = {
  forwards: (r) => r === 'forwards',
  // 公示 of the results of a call, 依据 of a rule: the notice acts on it.
  implements: (r) => r === 'basis' || r === 'publishes',
  // An extension (延期) changes the call it names.
  amends: (r) => r === 'amends' || r === 'extends',
  repeals: (r) => r === 'repeals' || r === 'replaces',
  interprets: (r) => r === 'interprets',
  // A document mentioned: no relation, or a basis, a 公示 or an extension of it.
  cites: (r) => r === null || r === 'basis' || r === 'publishes' || r === 'extends',
};

export type CiteMiss = { file: string; cite: string; want: string; got: CitationRelation | null | 'not found' };
export type CiteScore = { total: number; right: number; misses: CiteMiss[] };

function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔［【[（(]/g, '(')
    .replace(/[〕］】\]）)]/g, ')')
    .replace(/[“”"'‘’「」『』<>〈〉《》]/g, '');
}

function bigramSimilarity(a: string, b: string): number {
  const grams = (t: string): Set<string> => new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / Math.max(1, x.size + y.size - shared);
}

/** How alike two titles are (1 the same, 0.9 one holds the other). */
export function titleSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  if (x.length >= 6 && y.length >= 6 && (x.includes(y) || y.includes(x))) return 0.9;
  return bigramSimilarity(x, y);
}

function matchOf(label: LabelledCite, found: readonly Citation[], taken: ReadonlySet<number>): number {
  let best = -1;
  let bestScore = 0;
  found.forEach((citation, i) => {
    if (taken.has(i)) return;
    let score = label.docNumber && citation.docNumber && docNumberKey(label.docNumber) === docNumberKey(citation.docNumber) ? 1 : 0;
    if (label.title && citation.title) score = Math.max(score, titleSimilarity(label.title, citation.title));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return bestScore >= 0.6 ? best : -1;
}

export async function scoreCites(folder: string): Promise<CiteScore> {
  const env = createNodeExtractEnv();
  const score: CiteScore = { total: 0, right: 0, misses: [] };
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.labels.json')).sort()) {
    const labels = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as LabelFile;
    if (labels.kind === 'not-a-notice') continue;
    const bytes = readFileSync(path.join(folder, labels.source));
    const extracted = await extractText({ name: labels.source, bytes }, env);
    const parsed = parseDocument(extracted.text, extracted.page ?? {});
    const used = new Set<number>();
    labels.notices.forEach((want, index) => {
      let best = -1;
      let bestScore = 0;
      parsed.notices.forEach((notice, i) => {
        if (used.has(i)) return;
        const s = want.title ? titleSimilarity(want.title, notice.title) : 0;
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      });
      if (!want.title && parsed.notices[index] && !used.has(index)) {
        best = index;
        bestScore = 1;
      }
      const notice = bestScore >= 0.5 ? parsed.notices[best] : undefined;
      if (notice) used.add(best);
      const found = notice ? findCitations(notice) : [];
      const taken = new Set<number>();
      for (const cite of want.cites ?? []) {
        score.total++;
        const at = matchOf(cite, found, taken);
        const name = cite.title ?? cite.docNumber ?? '';
        if (at < 0) {
          score.misses.push({ file: labels.source, cite: name, want: cite.relation, got: 'not found' });
          continue;
        }
        taken.add(at);
        const relation = found[at]?.relation ?? null;
        if (AGREES[cite.relation]?.(relation)) score.right++;
        else score.misses.push({ file: labels.source, cite: name, want: cite.relation, got: relation });
      }
    });
  }
  return score;
}
