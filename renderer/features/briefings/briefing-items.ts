// What the briefing editor lists: the notices tagged to the client (the candidates) with
// the consultant's edits laid over them. Kept as plain functions over plain data so the
// order rules are easy to read and test: edits and order live in the draft store, the
// candidates come live from the library, and the list is derived from both. The note
// and relevance are the tag's own (editing them in the briefing edits the tag, so the
// client's page and the briefing never disagree); what goes in, the excerpt and the
// order belong to this briefing only.
import { newerImportFirst, type NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeSummary, Relevance, Tag } from '../../../shared/model/library.ts';
import type { BriefingCandidate } from '../../core/index.ts';

/** What the consultant changed for one notice in this briefing. */
export type ItemEdit = { included?: boolean; excerpt?: string };

export type DraftItem = {
  noticeId: NoticeId;
  notice: NoticeSummary;
  sent: boolean;
  included: boolean;
  note: string;
  excerpt: string;
  relevance: Relevance;
  tag: Tag;
};

export type ComposedItems = { included: DraftItem[]; others: DraftItem[] };

const RELEVANCE_RANK: Record<Relevance, number> = { high: 0, medium: 1, low: 2 };

/** Most relevant first, then the newest notice. */
function byDefaultOrder(a: DraftItem, b: DraftItem): number {
  const rank = RELEVANCE_RANK[a.relevance] - RELEVANCE_RANK[b.relevance];
  if (rank !== 0) return rank;
  const ad = a.notice.date ?? '';
  const bd = b.notice.date ?? '';
  if (ad !== bd) return ad < bd ? 1 : -1;
  return newerImportFirst(a.notice, b.notice);
}

/**
 * The items in the briefing (in the consultant's order: ids in `order` first, as placed;
 * the rest after them in the default order) and the other candidates. A notice not yet
 * sent to the client is in the briefing unless the consultant took it out.
 */
export function composeItems(candidates: readonly BriefingCandidate[], edits: Readonly<Record<NoticeId, ItemEdit>>, order: readonly NoticeId[]): ComposedItems {
  const items = candidates.map(({ notice, tag, sent }): DraftItem => {
    const edit = edits[notice.id] ?? {};
    return {
      noticeId: notice.id,
      notice,
      sent,
      tag,
      included: edit.included ?? !sent,
      note: tag.note,
      excerpt: edit.excerpt ?? '',
      relevance: tag.relevance,
    };
  });
  const position = new Map(order.map((id, index) => [id, index]));
  const included = items.filter((item) => item.included);
  const placed = included.filter((item) => position.has(item.noticeId)).sort((a, b) => (position.get(a.noticeId) ?? 0) - (position.get(b.noticeId) ?? 0));
  const unplaced = included.filter((item) => !position.has(item.noticeId)).sort(byDefaultOrder);
  const others = items.filter((item) => !item.included).sort(byDefaultOrder);
  return { included: [...placed, ...unplaced], others };
}

/** The order after moving `id` by `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveItem(ids: readonly NoticeId[], id: NoticeId, delta: number): NoticeId[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The order after dropping `id` just before `beforeId` (at the end when null). */
export function placeItem(ids: readonly NoticeId[], id: NoticeId, beforeId: NoticeId | null): NoticeId[] {
  if (id === beforeId) return [...ids];
  const rest = ids.filter((other) => other !== id);
  const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
  rest.splice(at < 0 ? rest.length : at, 0, id);
  return rest;
}
