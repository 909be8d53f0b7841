// The relations of a whole library in memory: who cites whom, who repealed whom, and
// every notice's validity. Each citation's resolution is kept, with the reverse index
// (被引用), and updated as notices come and go: a notice arriving can only take over the
// citations sharing one of its keys, and then only by beating their current target; a
// notice leaving re-resolves the citations that pointed at it. So a link to a document
// imported later appears when it arrives, a removed notice leaves no link behind, and
// the cost of a change is the citations it touches, not the library.
//
// The search worker holds one for the 時效性 filter; the command line and the benchmark
// build one from files.
import { compareIds, type NoticeId } from '../model/ids.ts';
import { ENDING_RELATIONS, type Citation, type Validity } from './types.ts';
import type { NoticeRelations } from './notice-relations.ts';
import { MAX_OWNERS, SELF, better, isSelfCitation, matchLevel, pickTarget, type LinkCandidate, type LinkIndex, type Resolution } from './resolve.ts';
import { validityOf, type Ender } from './validity.ts';

export type GraphNotice = {
  id: NoticeId;
  title: string;
  docNumber: string | null;
  date: string | null;
  province: string | null;
  relations: NoticeRelations;
};

export type CiteLink = { citation: Citation; target: Resolution };
export type CitedByLink = { id: NoticeId; citation: Citation };

type Entry = GraphNotice & LinkCandidate;

/** Where a citation points now, and how well (matchLevel); level -1 for none or self. */
type Link = { citer: Entry; citation: Citation; target: Resolution; level: number };

/** Everything the graph knows under one key: the notices known by it, the links citing it. */
type KeyNode = { owners: NoticeId[]; citing: Link[] };

// Lists rather than Sets: most keys have one or two members, and a library holds a
// quarter of a million of them; one map for both sides looks each key up once.
function removeFromList<V>(list: V[], value: V): void {
  const at = list.indexOf(value);
  if (at < 0) return;
  list[at] = list[list.length - 1] as V;
  list.pop();
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else list.push(value);
}

function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  removeFromList(list, value);
  if (list.length === 0) map.delete(key);
}

export class RelationGraph implements LinkIndex {
  private readonly entries = new Map<NoticeId, Entry>();
  /** Key → the notices known by it and the links citing under it. */
  private readonly keys = new Map<string, KeyNode>();
  /** Notice id → its citations' links, in printed order. */
  private readonly outgoing = new Map<NoticeId, Link[]>();
  /** Notice id → the links pointing at it. */
  private readonly incoming = new Map<NoticeId, Link[]>();
  /** Notices whose links or validity changed since takeChanged(). */
  private changed = new Set<NoticeId>();

  get size(): number {
    return this.entries.size;
  }

  has(id: NoticeId): boolean {
    return this.entries.has(id);
  }

  get(id: NoticeId): GraphNotice | undefined {
    return this.entries.get(id);
  }

  ids(): IterableIterator<NoticeId> {
    return this.entries.keys();
  }

  /** Adds a notice or replaces it (a later import merged into it). */
  set(notice: GraphNotice): void {
    this.delete(notice.id);
    const entry = this.index(notice);
    // Its own citations, against the library as it is.
    for (const link of this.outgoing.get(entry.id) ?? []) this.resolve(link);
    // The citations it may now answer better than their current target.
    for (const key of entry.ownKeys) {
      const node = this.keys.get(key);
      const owners = node?.owners.length ?? 0;
      if (owners === MAX_OWNERS + 1) this.resolveCiting(key); // the key just became ambiguous
      if (owners > MAX_OWNERS) continue;
      for (const link of node?.citing ?? []) {
        if (link.target === SELF) continue;
        const level = matchLevel(link.citation, link.citer, entry);
        if (level < 0) continue;
        const current = link.target !== null ? this.entries.get(link.target) : undefined;
        if (!current || level < link.level || (level === link.level && better(entry, current, link.citer))) this.point(link, entry.id, level);
      }
    }
  }

  /** Adds many notices at once: indexes them all, then resolves every citation once. */
  setAll(notices: Iterable<GraphNotice>): void {
    const added: Entry[] = [];
    for (const notice of notices) {
      if (this.entries.has(notice.id)) this.delete(notice.id);
      added.push(this.index(notice));
    }
    if (added.length === this.entries.size) {
      for (const entry of added) for (const link of this.outgoing.get(entry.id) ?? []) this.resolve(link);
      return;
    }
    // Into a library that already has notices: their citations may now point elsewhere.
    const links = new Set<Link>();
    for (const entry of added) {
      for (const link of this.outgoing.get(entry.id) ?? []) links.add(link);
      for (const key of entry.ownKeys) for (const link of this.keys.get(key)?.citing ?? []) links.add(link);
    }
    for (const link of links) this.resolve(link);
  }

  delete(id: NoticeId): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.changed.add(id);
    for (const link of this.outgoing.get(id) ?? []) {
      this.point(link, null, -1);
      for (const key of link.citation.keys) {
        const node = this.keys.get(key);
        if (!node) continue;
        removeFromList(node.citing, link);
        this.release(key, node);
      }
    }
    this.outgoing.delete(id);
    this.entries.delete(id);
    for (const key of entry.ownKeys) {
      const node = this.keys.get(key);
      if (!node) continue;
      removeFromList(node.owners, id);
      this.release(key, node);
    }
    // Citations that pointed at it find their next best, if any.
    for (const link of [...(this.incoming.get(id) ?? [])]) this.resolve(link);
    this.incoming.delete(id);
    // A key shared by one notice fewer may no longer be ambiguous.
    for (const key of entry.ownKeys) if (this.keys.get(key)?.owners.length === MAX_OWNERS) this.resolveCiting(key);
  }

  private index(notice: GraphNotice): Entry {
    // One literal of one shape (not a spread): fifty thousand of them stay fast to read.
    const entry: Entry = {
      id: notice.id,
      title: notice.title,
      docNumber: notice.docNumber,
      date: notice.date,
      province: notice.province,
      relations: notice.relations,
      ownKeys: notice.relations.ownKeys,
      docKey: notice.relations.docKey,
    };
    this.entries.set(entry.id, entry);
    this.changed.add(entry.id);
    for (const key of entry.ownKeys) this.node(key).owners.push(entry.id);
    const links: Link[] = [];
    for (const citation of entry.relations.citations) {
      const link: Link = { citer: entry, citation, target: null, level: -1 };
      links.push(link);
      for (const key of citation.keys) this.node(key).citing.push(link);
    }
    this.outgoing.set(entry.id, links);
    return entry;
  }

  /** LinkIndex, for pickTarget. */
  ownersOf(key: string): readonly NoticeId[] | undefined {
    return this.keys.get(key)?.owners;
  }

  candidateOf(id: NoticeId): LinkCandidate | undefined {
    return this.entries.get(id);
  }

  private node(key: string): KeyNode {
    let node = this.keys.get(key);
    if (!node) this.keys.set(key, (node = { owners: [], citing: [] }));
    return node;
  }

  private release(key: string, node: KeyNode): void {
    if (node.owners.length === 0 && node.citing.length === 0) this.keys.delete(key);
  }

  private resolveCiting(key: string): void {
    for (const link of [...(this.keys.get(key)?.citing ?? [])]) this.resolve(link);
  }

  private resolve(link: Link): void {
    if (isSelfCitation(link.citation, link.citer)) {
      this.point(link, SELF, -1);
      return;
    }
    const found = pickTarget(link.citation, link.citer, this);
    this.point(link, found?.id ?? null, found?.level ?? -1);
  }

  private point(link: Link, target: Resolution, level: number): void {
    if (link.target === target) {
      link.level = level;
      return;
    }
    if (link.target !== null && link.target !== SELF) {
      removeFrom(this.incoming, link.target, link);
      this.changed.add(link.target);
    }
    link.target = target;
    link.level = level;
    if (target !== null && target !== SELF) {
      addTo(this.incoming, target, link);
      this.changed.add(target);
    }
    this.changed.add(link.citer.id);
  }

  /** The documents a notice cites, each with the library notice it refers to. */
  citesOf(id: NoticeId): CiteLink[] {
    return (this.outgoing.get(id) ?? []).map((link) => ({ citation: link.citation, target: link.target }));
  }

  /** The notices citing this one, with the citation, oldest id first. */
  citedBy(id: NoticeId): CitedByLink[] {
    return [...(this.incoming.get(id) ?? [])].map((link) => ({ id: link.citer.id, citation: link.citation })).sort((a, b) => compareIds(a.id, b.id));
  }

  /** The library notices that repeal, replace or amend this one. */
  endersOf(id: NoticeId): Ender[] {
    return this.citedBy(id).flatMap(({ id: other, citation }) => {
      const relation = citation.relation;
      const ender = this.entries.get(other);
      if (!ender || relation === null || !ENDING_RELATIONS.has(relation)) return [];
      return [{ id: other, title: ender.title, docNumber: ender.docNumber, relation, from: ender.relations.validity.effectiveFrom ?? ender.date }];
    });
  }

  validityOf(id: NoticeId, today: string): Validity | null {
    const entry = this.entries.get(id);
    return entry ? validityOf(entry.relations.validity, this.endersOf(id), today) : null;
  }

  /** The notices whose links or validity may have changed since the last call (removed ones included). */
  takeChanged(): Set<NoticeId> {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }
}
