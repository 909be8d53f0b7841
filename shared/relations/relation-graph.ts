// The relations of a whole library in memory: who cites whom, who repealed whom, and
// every notice's validity. Kept current one notice at a time (an import adds some, a
// removal drops some), so a link to a document imported later appears when it arrives
// and a removed notice leaves no link behind. The search worker holds one for the
// 时效性 filter; the command line and the benchmark build one from files.
import { ENDING_RELATIONS, type Citation, type Validity } from './types.ts';
import type { NoticeRefs } from './notice-refs.ts';
import { resolveCitation, type LinkCandidate, type Resolution } from './resolve.ts';
import { validityOf, type Ender } from './validity.ts';

export type GraphNotice = {
  id: number;
  title: string;
  docNumber: string | null;
  date: string | null;
  province: string | null;
  refs: NoticeRefs;
};

export type CiteLink = { citation: Citation; target: Resolution };
export type CitedByLink = { id: number; citation: Citation };

type Entry = GraphNotice & LinkCandidate;

function addTo(map: Map<string, Set<number>>, key: string, id: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function removeFrom(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

export class RelationGraph {
  private readonly entries = new Map<number, Entry>();
  /** Own key → the notices known by it. */
  private readonly owners = new Map<string, Set<number>>();
  /** Cited key → the notices citing under it. */
  private readonly citers = new Map<string, Set<number>>();

  get size(): number {
    return this.entries.size;
  }

  has(id: number): boolean {
    return this.entries.has(id);
  }

  get(id: number): GraphNotice | undefined {
    return this.entries.get(id);
  }

  /** Adds a notice or replaces it (a later import merged into it). */
  set(notice: GraphNotice): void {
    this.delete(notice.id);
    const entry: Entry = { ...notice, ownKeys: notice.refs.ownKeys, docKey: notice.refs.docKey };
    this.entries.set(notice.id, entry);
    for (const key of entry.ownKeys) addTo(this.owners, key, notice.id);
    for (const citation of notice.refs.citations) for (const key of citation.keys) addTo(this.citers, key, notice.id);
  }

  delete(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const key of entry.ownKeys) removeFrom(this.owners, key, id);
    for (const citation of entry.refs.citations) for (const key of citation.keys) removeFrom(this.citers, key, id);
  }

  private candidates(keys: readonly string[]): LinkCandidate[] {
    const ids = new Set<number>();
    for (const key of keys) for (const id of this.owners.get(key) ?? []) ids.add(id);
    return [...ids].flatMap((id) => this.entries.get(id) ?? []);
  }

  private resolve(citer: Entry, citation: Citation): Resolution {
    return resolveCitation(citation, citer, this.candidates(citation.keys));
  }

  /** The documents a notice cites, each with the library notice it refers to. */
  citesOf(id: number): CiteLink[] {
    const entry = this.entries.get(id);
    if (!entry) return [];
    return entry.refs.citations.map((citation) => ({ citation, target: this.resolve(entry, citation) }));
  }

  /** The notices citing this one, with the citation. */
  citedBy(id: number): CitedByLink[] {
    const entry = this.entries.get(id);
    if (!entry) return [];
    const citing = new Set<number>();
    for (const key of entry.ownKeys) for (const other of this.citers.get(key) ?? []) if (other !== id) citing.add(other);
    const links: CitedByLink[] = [];
    for (const other of citing) {
      const citer = this.entries.get(other);
      if (!citer) continue;
      for (const citation of citer.refs.citations) {
        if (!citation.keys.some((key) => entry.ownKeys.includes(key))) continue;
        if (this.resolve(citer, citation) === id) links.push({ id: other, citation });
      }
    }
    return links.sort((a, b) => a.id - b.id);
  }

  /** The library notices that repeal, replace or amend this one. */
  endersOf(id: number): Ender[] {
    return this.citedBy(id).flatMap(({ id: other, citation }) => {
      const relation = citation.relation;
      const ender = this.entries.get(other);
      if (!ender || relation === null || !ENDING_RELATIONS.has(relation)) return [];
      return [{ id: other, title: ender.title, docNumber: ender.docNumber, relation, from: ender.refs.validity.effectiveFrom ?? ender.date }];
    });
  }

  validityOf(id: number, today: string): Validity | null {
    const entry = this.entries.get(id);
    return entry ? validityOf(entry.refs.validity, this.endersOf(id), today) : null;
  }

  /**
   * The notices whose links or validity may change when these change: themselves, every
   * notice sharing a key with them, and the ones they cite or are cited by. Call it
   * before and after the change and recompute the union.
   */
  neighbours(ids: Iterable<number>): Set<number> {
    const out = new Set<number>();
    for (const id of ids) {
      out.add(id);
      const entry = this.entries.get(id);
      if (!entry) continue;
      const keys = [...entry.ownKeys, ...entry.refs.citations.flatMap((c) => c.keys)];
      for (const key of keys) {
        for (const other of this.owners.get(key) ?? []) out.add(other);
        for (const other of this.citers.get(key) ?? []) out.add(other);
      }
    }
    return out;
  }

  ids(): IterableIterator<number> {
    return this.entries.keys();
  }
}
