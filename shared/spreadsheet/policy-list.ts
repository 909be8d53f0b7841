// A client's 政策清单 as rows of a table a client can sort and filter in Excel: the notices
// tagged to the client (with the consultant's 点评) first, then the suggested ones not
// tagged yet, each by deadline still open first, then newest. Values stay typed (dates as
// ISO days, links as URLs) so the sheet writer can give them real date cells and links;
// the column names and words are the edge's (renderer/platform/i18n).
import type { NoticeId } from '../model/ids.ts';
import type { Relevance } from '../model/library.ts';

export const POLICY_LIST_COLUMNS = ['title', 'docNumber', 'agencies', 'date', 'deadline', 'support', 'relevance', 'source', 'note', 'link'] as const;
export type PolicyListColumn = (typeof POLICY_LIST_COLUMNS)[number];

export type PolicyListItem = {
  noticeId: NoticeId;
  title: string;
  docNumber: string | null;
  agencies: readonly string[];
  date: string | null;
  deadline: string | null;
  url: string | null;
  /** What the notice offers, worded (资金补助、奖励（最高 500 万元）); '' when nothing is said. */
  support: string;
  relevance: Relevance;
  /** Tagged by the consultant, or suggested by 推荐 and not tagged. */
  source: 'tagged' | 'suggested';
  /** The consultant's 点评 (a tag's note); never the machine's reasons. */
  note: string;
};

export type PolicyListRow = {
  title: string;
  docNumber: string;
  agencies: string;
  date: string | null;
  deadline: string | null;
  support: string;
  relevance: Relevance;
  source: PolicyListItem['source'];
  note: string;
  link: string | null;
};

/** Tagged and suggested notices as rows: one per notice (a tag wins over a suggestion of it). */
export function policyListRows(tagged: readonly PolicyListItem[], suggested: readonly PolicyListItem[], today: string): PolicyListRow[] {
  const taggedIds = new Set(tagged.map((item) => item.noticeId));
  const open = (item: PolicyListItem): boolean => item.deadline !== null && item.deadline >= today;
  const order = (a: PolicyListItem, b: PolicyListItem): number =>
    Number(open(b)) - Number(open(a)) || (open(a) && open(b) ? (a.deadline ?? '').localeCompare(b.deadline ?? '') : 0) || (b.date ?? '').localeCompare(a.date ?? '');
  const items = [...[...tagged].sort(order), ...suggested.filter((item) => !taggedIds.has(item.noticeId)).sort(order)];
  return items.map((item) => ({
    title: item.title,
    docNumber: item.docNumber ?? '',
    agencies: item.agencies.join('、'),
    date: item.date,
    deadline: item.deadline,
    support: item.support,
    relevance: item.relevance,
    source: item.source,
    note: item.note,
    link: item.url !== null && /^https?:\/\//iu.test(item.url) ? item.url : null,
  }));
}
