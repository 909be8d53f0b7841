// The 快讯 rail lists bulletin issues one row each; the files that held single notices (a
// saved page, a Word file, pasted text: `kind` 'notice' or 'notices') are no issues, and
// go together under one entry, 单篇通知, counted in notices. Choosing it filters the list
// to every such file at once.
import type { BulletinId, NoticeId } from '../../../shared/model/ids.ts';
import type { StoredBulletin } from '../../../shared/model/library.ts';

type Source = Pick<StoredBulletin, 'id' | 'kind' | 'noticeIds'>;

/** Whether a stored file held single notices rather than a bulletin issue. */
export function isSingleSource(bulletin: Pick<StoredBulletin, 'kind'>): boolean {
  return bulletin.kind === 'notice' || bulletin.kind === 'notices';
}

export type SourceGroups<T extends Source> = {
  /** Bulletin issues, in the order given. */
  issues: T[];
  /** The ids of the files that held single notices. */
  singleIds: BulletinId[];
  /** Their notices, each once (the same notice pasted and saved as a file is one). */
  singleNotices: number;
};

export function groupSources<T extends Source>(bulletins: readonly T[]): SourceGroups<T> {
  const issues: T[] = [];
  const singleIds: BulletinId[] = [];
  const notices = new Set<NoticeId>();
  for (const bulletin of bulletins) {
    if (!isSingleSource(bulletin)) {
      issues.push(bulletin);
      continue;
    }
    singleIds.push(bulletin.id);
    for (const id of bulletin.noticeIds) notices.add(id);
  }
  return { issues, singleIds, singleNotices: notices.size };
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
