// An in-memory SearchDocReader and IndexStore, counting what the search service asks of
// them: the service's tests need to see that a persisted index is loaded, not rebuilt.
import type { NoticeId } from '../../shared/model/ids.ts';
import type { SearchIndexRecord } from '../../shared/model/library.ts';
import type { SearchClient, SearchDoc, SearchTag } from '../../shared/search/index.ts';
import type { ChangeBatch, IndexStore, SearchDocReader, SearchNotice } from '../../renderer/data/search/ports.ts';
import type { LoggedTable } from '../../shared/model/library.ts';

type LogRow = { seq: number; table: LoggedTable; noticeId: NoticeId | null; reset: boolean };

export class MemoryReader implements SearchDocReader {
  readonly notes = new Map<NoticeId, SearchNotice>();
  clientList: SearchClient[] = [];
  tagList: SearchTag[] = [];
  streams = 0;
  bodyReads = 0;
  private clock = 0;
  /** The source's change log, as the library keeps one. */
  private readonly log: LogRow[] = [];
  private seq = 0;

  constructor(docs: readonly SearchDoc[] = []) {
    for (const doc of docs) this.put(doc);
  }

  /** Adds or replaces a notice, stamped later than everything before. */
  put(doc: SearchDoc): void {
    this.clock += 1;
    this.notes.set(doc.id, { ...doc, updatedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, this.clock)).toISOString() });
    this.append('notices', doc.id);
  }

  /** Deletes a notice (logged). */
  remove(id: NoticeId): void {
    this.notes.delete(id);
    this.append('notices', id);
  }

  /** Replaces the clients and their tags (logged). */
  setClients(clients: SearchClient[], tags: SearchTag[] = this.tagList): void {
    this.clientList = clients;
    this.tagList = tags;
    this.append('clients', null);
    this.append('tags', null);
  }

  /** Logs that everything was replaced (a restore). */
  reset(): void {
    this.seq += 1;
    this.log.push({ seq: this.seq, table: 'notices', noticeId: null, reset: true });
  }

  private append(table: LoggedTable, noticeId: NoticeId | null): void {
    this.seq += 1;
    this.log.push({ seq: this.seq, table, noticeId, reset: false });
  }

  noticeIds(): Promise<NoticeId[]> {
    return Promise.resolve([...this.notes.keys()]);
  }

  head(): Promise<number> {
    return Promise.resolve(this.seq);
  }

  changes(after: number): Promise<ChangeBatch | null> {
    const rows = this.log.filter((row) => row.seq > after);
    if (rows.length === 0) return Promise.resolve(null);
    return Promise.resolve({
      to: rows[rows.length - 1]?.seq ?? after,
      reset: rows.some((r) => r.reset),
      noticeIds: [...new Set(rows.flatMap((r) => (r.noticeId === null ? [] : [r.noticeId])))],
      tables: new Set(rows.map((r) => r.table)),
    });
  }

  async *stream(pageSize: number): AsyncIterable<SearchNotice[]> {
    this.streams += 1;
    const all = [...this.notes.values()];
    for (let i = 0; i < all.length; i += pageSize) {
      await Promise.resolve();
      yield all.slice(i, i + pageSize);
    }
  }

  notices(ids: readonly NoticeId[]): Promise<SearchNotice[]> {
    return Promise.resolve(ids.map((id) => this.notes.get(id)).filter((n): n is SearchNotice => n !== undefined));
  }

  bodies(ids: readonly NoticeId[]): Promise<Map<NoticeId, string[]>> {
    this.bodyReads += 1;
    return Promise.resolve(new Map(ids.flatMap((id) => (this.notes.has(id) ? [[id, [...(this.notes.get(id)?.body ?? [])]]] : []))));
  }

  clients(): Promise<SearchClient[]> {
    return Promise.resolve(this.clientList);
  }

  tags(): Promise<SearchTag[]> {
    return Promise.resolve(this.tagList);
  }
}

export class MemoryStore implements IndexStore {
  record: SearchIndexRecord | undefined;
  /** The change-log sequence the saved index reflects. */
  seq = 0;
  saves = 0;

  load(): Promise<SearchIndexRecord | undefined> {
    return Promise.resolve(this.record);
  }

  save(record: SearchIndexRecord, seq: number): Promise<void> {
    this.saves += 1;
    this.record = record;
    this.seq = seq;
    return Promise.resolve();
  }
}
