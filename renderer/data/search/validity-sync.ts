// 时效性 for the search worker's filter: the library's relations as one RelationGraph
// (shared/relations), and each notice's date of ending pushed into the SearchIndex.
// Loaded once when the worker opens (notices stored without relations are filled in
// first), then kept current by the library's changes (each imported or merged notice's
// record is computed and stored here): a notice arriving re-links only the citations it
// touches, and only the notices whose validity changed are updated.
import type { NoticeRefsRecord } from '../../../shared/model/library.ts';
import { RelationGraph, endedSince, type GraphNotice } from '../../../shared/relations/index.ts';
import type { SearchIndex } from '../../../shared/search/index.ts';
import type { LibraryChange } from '../library/index.ts';

/** Where the relations come from (library-source.ts implements it over the library). */
export type RefsSource = {
  /** Computes the relations of notices that have none; resolves to how many. */
  fill(): Promise<number>;
  /** Every record, in pages. */
  stream(): AsyncIterable<NoticeRefsRecord[]>;
  /** Computes and stores the records of these notices from their bodies (removed ones left out). */
  compute(ids: readonly number[]): Promise<NoticeRefsRecord[]>;
  isCurrent(record: NoticeRefsRecord): boolean;
};

function toGraph(record: NoticeRefsRecord): GraphNotice {
  return { id: record.id, title: record.title, docNumber: record.docNumber, date: record.date, province: record.province, refs: record.refs };
}

/** YYYY-MM-DD as the index's YYYYMMDD number; 0 for none. */
function dayNumberOf(iso: string | null): number {
  if (iso === null) return 0;
  const [y, m, d] = iso.split('-').map(Number);
  return (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
}

export class ValiditySync {
  private graph = new RelationGraph();

  constructor(private readonly source: RefsSource) {}

  /** Reads every notice's relations (filling in missing ones) and marks the index. */
  async load(index: SearchIndex): Promise<void> {
    await this.source.fill();
    const records: NoticeRefsRecord[] = [];
    const outdated: number[] = [];
    for await (const page of this.source.stream()) {
      for (const record of page) {
        if (this.source.isCurrent(record)) records.push(record);
        else outdated.push(record.id);
      }
    }
    if (outdated.length > 0) records.push(...(await this.source.compute(outdated)));
    this.graph = new RelationGraph();
    this.graph.setAll(records.map(toGraph));
    this.graph.takeChanged();
    this.markAll(index);
  }

  /** Marks a rebuilt index (a new SearchIndex has no marks). */
  markAll(index: SearchIndex): void {
    for (const id of this.graph.ids()) this.mark(index, id);
  }

  async apply(change: LibraryChange, index: SearchIndex): Promise<void> {
    switch (change.type) {
      case 'notices-added':
      case 'notices-updated': {
        // Computed here, not in the import's transaction: an import stores only the
        // notices, and a merge may have replaced a body or filled in a 文号.
        const records = await this.source.compute(change.noticeIds);
        const found = new Set(records.map((r) => r.id));
        for (const record of records) this.graph.set(toGraph(record));
        for (const id of change.noticeIds) if (!found.has(id)) this.graph.delete(id);
        break;
      }
      case 'notices-removed':
        for (const id of change.noticeIds) this.graph.delete(id);
        break;
      case 'library-replaced':
        await this.load(index);
        return;
      default:
        return;
    }
    for (const id of this.graph.takeChanged()) this.mark(index, id);
  }

  private mark(index: SearchIndex, id: number): void {
    const notice = this.graph.get(id);
    const since = notice ? endedSince(notice.refs.validity, this.graph.endersOf(id)) : null;
    index.setEndedFrom(id, dayNumberOf(since));
  }
}
