// An in-memory SearchDocSource and IndexStore, counting what the search service asks of
// them: the service's tests need to see that a persisted index is loaded, not rebuilt.
import type { SearchIndexRecord } from '../../shared/model/library.ts';
import type { SearchAssignment, SearchClient, SearchDoc } from '../../shared/search/index.ts';
import type { IndexStore, SearchDocSource, SourceNotice } from '../../renderer/data/search/ports.ts';

export class MemorySource implements SearchDocSource {
  readonly notes = new Map<number, SourceNotice>();
  clientList: SearchClient[] = [];
  assignmentList: SearchAssignment[] = [];
  streams = 0;
  bodyReads = 0;
  private clock = 0;

  constructor(docs: readonly SearchDoc[] = []) {
    for (const doc of docs) this.put(doc);
  }

  /** Adds or replaces a notice, stamped later than everything before. */
  put(doc: SearchDoc): void {
    this.clock += 1;
    this.notes.set(doc.id, { ...doc, updatedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, this.clock)).toISOString() });
  }

  noticeIds(): Promise<number[]> {
    return Promise.resolve([...this.notes.keys()]);
  }

  changedSince(since: string): Promise<number[]> {
    return Promise.resolve([...this.notes.values()].filter((n) => n.updatedAt > since).map((n) => n.id));
  }

  async *stream(pageSize: number): AsyncIterable<SourceNotice[]> {
    this.streams += 1;
    const all = [...this.notes.values()];
    for (let i = 0; i < all.length; i += pageSize) {
      await Promise.resolve();
      yield all.slice(i, i + pageSize);
    }
  }

  notices(ids: readonly number[]): Promise<SourceNotice[]> {
    return Promise.resolve(ids.map((id) => this.notes.get(id)).filter((n): n is SourceNotice => n !== undefined));
  }

  bodies(ids: readonly number[]): Promise<Map<number, string[]>> {
    this.bodyReads += 1;
    return Promise.resolve(new Map(ids.flatMap((id) => (this.notes.has(id) ? [[id, [...(this.notes.get(id)?.body ?? [])]]] : []))));
  }

  clients(): Promise<SearchClient[]> {
    return Promise.resolve(this.clientList);
  }

  assignments(): Promise<SearchAssignment[]> {
    return Promise.resolve(this.assignmentList);
  }
}

export class MemoryStore implements IndexStore {
  record: SearchIndexRecord | undefined;
  saves = 0;

  load(): Promise<SearchIndexRecord | undefined> {
    return Promise.resolve(this.record);
  }

  save(record: SearchIndexRecord): Promise<void> {
    this.saves += 1;
    this.record = record;
    return Promise.resolve();
  }
}
