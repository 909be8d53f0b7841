// Which library notice a citation refers to. A 文号 decides when both sides have one; a
// title links only notices without a conflicting 文号; a whole title beats one read from
// 关于 on. Between several equally good notices: the one of the citing notice's province,
// then the newest not after the citing notice (the version it could have meant).
import { KEY_KINDS, kindOf } from './reference-keys.ts';
import type { Citation } from './types.ts';

/** A library notice as linking sees it. */
export type LinkCandidate = {
  id: number;
  ownKeys: readonly string[];
  docKey: string | null;
  province: string | null;
  date: string | null;
};

export type Citer = { id: number; ownKeys: readonly string[]; province: string | null; date: string | null };

/** 'self': the document the notice itself issues (关于印发《X》的通知 and X). */
export type Resolution = number | 'self' | null;

export function resolveCitation(citation: Pick<Citation, 'keys' | 'relation'>, citer: Citer, candidates: readonly LinkCandidate[]): Resolution {
  if (citation.relation === '印发' && citation.keys.some((key) => key.startsWith('t:') && citer.ownKeys.includes(key))) return 'self';
  const citedDoc = citation.keys.find((key) => key.startsWith('d:')) ?? null;
  for (const kind of KEY_KINDS) {
    const keys = citation.keys.filter((key) => kindOf(key) === kind);
    if (keys.length === 0) continue;
    const matching = candidates.filter(
      (c) => c.id !== citer.id && keys.some((key) => c.ownKeys.includes(key)) && (kind === 'd' || citedDoc === null || c.docKey === null || c.docKey === citedDoc),
    );
    if (matching.length > 0) return best(matching, citer).id;
  }
  return null;
}

function best(matching: readonly LinkCandidate[], citer: Citer): LinkCandidate {
  let chosen = matching[0] as LinkCandidate;
  for (const candidate of matching.slice(1)) if (better(candidate, chosen, citer)) chosen = candidate;
  return chosen;
}

function better(a: LinkCandidate, b: LinkCandidate, citer: Citer): boolean {
  const province = (c: LinkCandidate): number => (citer.province !== null && c.province === citer.province ? 1 : 0);
  if (province(a) !== province(b)) return province(a) > province(b);
  const before = (c: LinkCandidate): number => (citer.date === null || c.date === null || c.date <= citer.date ? 1 : 0);
  if (before(a) !== before(b)) return before(a) > before(b);
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') > (b.date ?? '');
  return a.id < b.id;
}
