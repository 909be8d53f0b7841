// The notices of the files read, linked as the library links them (shared/relations):
// what each cites, among the notices read, what cites it, and its validity on `today`.
// Used by `relations`, and by `brief` for the validity in each notice's meta line.
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { extractRegion } from '../../../shared/model/region.ts';
import { RelationGraph, deriveRelations, type CiteLink, type Validity } from '../../../shared/relations/index.ts';

export type LinkedNotice = {
  notice: ParsedNotice;
  validity: Validity;
  cites: { link: CiteLink; target: ParsedNotice | null }[];
  citedBy: ParsedNotice[];
};

/**
 * The notices linked as the library links them; ids are positions in `notices` from 1, as
 * zero-padded text, so that their order as text (the graph's tie-break) is the printed order.
 */
export function linkNotices(notices: readonly ParsedNotice[], today: string): LinkedNotice[] {
  const graph = new RelationGraph();
  graph.setAll(notices.map((notice, i) => ({ id: positionId(i), title: notice.title, docNumber: notice.docNumber, date: notice.date, province: extractRegion(notice).province, relations: deriveRelations(notice) })));
  const byId = (id: string): ParsedNotice | null => notices[Number(id) - 1] ?? null;
  return notices.map((notice, i) => {
    const id = positionId(i);
    return {
      notice,
      validity: graph.validityOf(id, today) ?? { status: 'unknown', reason: { kind: 'unstated' } },
      cites: graph.citesOf(id).map((link) => ({ link, target: link.target === 'self' ? notice : link.target === null ? null : byId(link.target) })),
      citedBy: graph.citedBy(id).flatMap((link) => byId(link.id) ?? []),
    };
  });
}


/** `000001` for the first notice: ids that sort as text in printed order. */
function positionId(index: number): string {
  return String(index + 1).padStart(6, '0');
}
