// 时效性 for the search worker's filter: the library's relations as one RelationGraph
// (shared/relations), and each notice's date of ending pushed into the SearchIndex.
// The relations table follows the change log on its own (catchUpNoticeRelations); this reads it:
// once when the index opens or is built, then the records of the notices each batch of
// the log touches. A notice arriving re-links only the citations it touches, and only the
// notices whose validity changed are updated.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeRelationsRecord } from '../../../shared/model/library.ts';
import { RelationGraph, endedSince, type GraphNotice } from '../../../shared/relations/index.ts';
import type { SearchIndex } from '../../../shared/search/index.ts';

/** Where the relations come from (library-reader.ts implements it over the library). */
export type RelationsReader = {
  /** Brings the stored relations up to the change log's head. */
  catchUp(): Promise<void>;
  /** Every record, in pages. */
  stream(): AsyncIterable<NoticeRelationsRecord[]>;
  /** The stored records of these notices (missing ones left out). */
  records(ids: readonly NoticeId[]): Promise<NoticeRelationsRecord[]>;
};

function toGraph(record: NoticeRelationsRecord): GraphNotice {
  return { id: record.id, title: record.title, docNumber: record.docNumber, date: record.date, province: record.province, relations: record.relations };
}

/** YYYY-MM-DD as the index's YYYYMMDD number; 0 for none. */
function dayNumberOf(iso: string | null): number {
  if (iso === null) return 0;
  const [y, m, d] = iso.split('-').map(Number);
  return (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
}

export class ValiditySync {
  private graph = new RelationGraph();

  constructor(private readonly source: RelationsReader) {}

  /** Brings the relations up to the log (before the index applies a batch of it). */
  catchUp(): Promise<void> {
    return this.source.catchUp();
  }

  /** Reads every notice's relations and marks the index. */
  async load(index: SearchIndex): Promise<void> {
    await this.source.catchUp();
    const records: NoticeRelationsRecord[] = [];
    for await (const page of this.source.stream()) records.push(...page);
    this.graph = new RelationGraph();
    this.graph.setAll(records.map(toGraph));
    this.graph.takeChanged();
    this.markAll(index);
  }

  /** Marks a rebuilt index (a new SearchIndex has no marks). */
  markAll(index: SearchIndex): void {
    for (const id of this.graph.ids()) this.mark(index, id);
  }

  /** These notices were written or deleted: their records are read again, and the validity they change marked. */
  async apply(ids: readonly NoticeId[], index: SearchIndex): Promise<void> {
    const records = await this.source.records(ids);
    const found = new Set(records.map((r) => r.id));
    for (const record of records) this.graph.set(toGraph(record));
    for (const id of ids) if (!found.has(id)) this.graph.delete(id);
    for (const id of this.graph.takeChanged()) this.mark(index, id);
  }

  private mark(index: SearchIndex, id: NoticeId): void {
    const notice = this.graph.get(id);
    const since = notice ? endedSince(notice.relations.validity, this.graph.endersOf(id)) : null;
    index.setEndedFrom(id, dayNumberOf(since));
  }
}
