// Which library notice a citation refers to. A 文号 decides when both sides have one; a
// title links only notices without a conflicting 文号; a whole title beats one read from
// 关于 on. Between several equally good notices: the one of the citing notice's province,
// then the newest not after the citing notice (the version it could have meant).
import type { NoticeId } from '../model/ids.ts';
import { KEY_KINDS, kindOf } from './reference-keys.ts';
import type { Citation } from './types.ts';

/** A library notice as linking sees it. */
export type LinkCandidate = {
  id: NoticeId;
  ownKeys: readonly string[];
  docKey: string | null;
  province: string | null;
  date: string | null;
};

export type Citer = { id: NoticeId; ownKeys: readonly string[]; province: string | null; date: string | null };

/**
 * The notice cited; SELF ('self', never a notice's id): the document the notice itself
 * issues (关于印发《X》的通知 and X); null: none in the library.
 */
export type Resolution = NoticeId | null;
export const SELF = 'self';

/** The notice a resolution points at, if any. */
export function targetOf(resolution: Resolution): NoticeId | null {
  return resolution === SELF ? null : resolution;
}

type CitationKeys = Pick<Citation, 'keys' | 'relation'>;

/** The citation is the document its own notice issues. */
export function isSelfCitation(citation: CitationKeys, citer: Citer): boolean {
  return citation.relation === 'issues' && citation.keys.some((key) => key.startsWith('t:') && citer.ownKeys.includes(key));
}

/**
 * How well `candidate` answers the citation: the index of the strongest key kind they
 * share (0 文号, 1 title, 2 title from 关于), or -1 when it cannot be meant.
 */
export function matchLevel(citation: CitationKeys, citer: Citer, candidate: LinkCandidate): number {
  if (candidate.id === citer.id) return -1;
  let level = -1;
  for (const key of citation.keys) {
    if (!candidate.ownKeys.includes(key)) continue;
    level = KEY_KINDS.indexOf(kindOf(key));
    break; // keys come strongest first
  }
  if (level <= 0) return level;
  // Keys come strongest first: a cited 文号 is the first key.
  const first = citation.keys[0];
  const citedDoc = first !== undefined && first.startsWith('d:') ? first : null;
  return citedDoc !== null && candidate.docKey !== null && candidate.docKey !== citedDoc ? -1 : level;
}

/** Whether `a` is the likelier meant than `b`, both at the same level. */
function sameProvince(c: LinkCandidate, citer: Citer): number {
  return citer.province !== null && c.province === citer.province ? 1 : 0;
}

function notAfter(c: LinkCandidate, citer: Citer): number {
  return citer.date === null || c.date === null || c.date <= citer.date ? 1 : 0;
}

// Called for every candidate of every citation: no closures here (they cost in a loop).
export function better(a: LinkCandidate, b: LinkCandidate, citer: Citer): boolean {
  const provinceA = sameProvince(a, citer);
  const provinceB = sameProvince(b, citer);
  if (provinceA !== provinceB) return provinceA > provinceB;
  const beforeA = notAfter(a, citer);
  const beforeB = notAfter(b, citer);
  if (beforeA !== beforeB) return beforeA > beforeB;
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') > (b.date ?? '');
  return a.id < b.id;
}

/** The best of `candidates` for the citation, with the level it matched at. */
export function bestCandidate(citation: CitationKeys, citer: Citer, candidates: Iterable<LinkCandidate>): { candidate: LinkCandidate; level: number } | null {
  let chosen: LinkCandidate | null = null;
  let chosenLevel = -1;
  for (const candidate of candidates) {
    const level = matchLevel(citation, citer, candidate);
    if (level < 0) continue;
    if (chosen === null || level < chosenLevel || (level === chosenLevel && better(candidate, chosen, citer))) {
      chosen = candidate;
      chosenLevel = level;
    }
  }
  return chosen ? { candidate: chosen, level: chosenLevel } : null;
}

/** More notices than this known by one key make it ambiguous: it links none of them. */
export const MAX_OWNERS = 100;

/** The library as linking looks it up. */
export type LinkIndex = {
  ownersOf(key: string): readonly NoticeId[] | undefined;
  candidateOf(id: NoticeId): LinkCandidate | undefined;
};

/**
 * The rule, over any index of the library: kind by kind, strongest first (a 文号 that
 * finds its notice never looks at titles), skipping keys too many notices share. A
 * citation's keys come strongest first (citationKeysOf), so one pass reads them in order.
 */
export function pickTarget(citation: CitationKeys, citer: Citer, index: LinkIndex): { id: NoticeId; level: number } | null {
  let chosen: LinkCandidate | null = null;
  let chosenLevel = -1;
  let kind = -1;
  for (const key of citation.keys) {
    const keyKind = key.charCodeAt(0);
    if (keyKind !== kind) {
      if (chosen) break;
      kind = keyKind;
    }
    const owners = index.ownersOf(key);
    if (!owners || owners.length > MAX_OWNERS) continue;
    for (const id of owners) {
      const candidate = index.candidateOf(id);
      if (!candidate || candidate === chosen) continue;
      const level = matchLevel(citation, citer, candidate);
      if (level < 0) continue;
      if (chosen === null || level < chosenLevel || (level === chosenLevel && better(candidate, chosen, citer))) {
        chosen = candidate;
        chosenLevel = level;
      }
    }
  }
  return chosen ? { id: chosen.id, level: chosenLevel } : null;
}

/** The target among `candidates`, which must hold every notice known by one of the citation's keys. */
export function resolveCitation(citation: CitationKeys, citer: Citer, candidates: readonly LinkCandidate[]): Resolution {
  if (isSelfCitation(citation, citer)) return SELF;
  const owners = new Map<string, NoticeId[]>();
  for (const candidate of candidates) {
    for (const key of new Set(candidate.ownKeys)) {
      if (!citation.keys.includes(key)) continue;
      const list = owners.get(key);
      if (list) list.push(candidate.id);
      else owners.set(key, [candidate.id]);
    }
  }
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return pickTarget(citation, citer, { ownersOf: (key) => owners.get(key), candidateOf: (id) => byId.get(id) })?.id ?? null;
}
