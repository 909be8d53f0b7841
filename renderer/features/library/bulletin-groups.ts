// The 快讯 rail lists periodical bulletins one row each; the bulletins that hold single
// notices (a saved page, a Word file, pasted text: `kind` 'notice' or 'notices') are no
// periodical, and go together under one entry, 单篇通知, counted in notices. Choosing it filters the list
// to every such file at once.
import type { BulletinId, NoticeId } from '../../../shared/model/ids.ts';
import type { StoredBulletin } from '../../../shared/model/library.ts';

type Row = Pick<StoredBulletin, 'id' | 'kind' | 'noticeIds'>;

/** Whether a bulletin holds single notices (a file of its own) rather than a periodical issue. */
export function holdsSingleNotices(bulletin: Pick<StoredBulletin, 'kind'>): boolean {
  return bulletin.kind === 'notice' || bulletin.kind === 'notices';
}

export type BulletinGroups<T extends Row> = {
  /** The periodical bulletins, in the order given. */
  periodicals: T[];
  /** The ids of the files that held single notices. */
  singleIds: BulletinId[];
  /** Their notices, each once (the same notice pasted and saved as a file is one). */
  singleNotices: number;
};

export function groupBulletins<T extends Row>(bulletins: readonly T[]): BulletinGroups<T> {
  const periodicals: T[] = [];
  const singleIds: BulletinId[] = [];
  const notices = new Set<NoticeId>();
  for (const bulletin of bulletins) {
    if (!holdsSingleNotices(bulletin)) {
      periodicals.push(bulletin);
      continue;
    }
    singleIds.push(bulletin.id);
    for (const id of bulletin.noticeIds) notices.add(id);
  }
  return { periodicals, singleIds, singleNotices: notices.size };
}

/**
 * Whether a bulletin filter is the 单篇通知 entry: it names single-notice files only.
 * (The rail has no row of its own for any one of them.)
 */
export function isSinglesFilter(filter: readonly BulletinId[] | undefined, singleIds: readonly BulletinId[]): boolean {
  if (!filter || filter.length === 0) return false;
  const singles = new Set(singleIds);
  return filter.every((id) => singles.has(id));
}

/** Whether a filter already names exactly these files (in any order). */
export function sameIds(a: readonly BulletinId[] | undefined, b: readonly BulletinId[]): boolean {
  if (!a || a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
