// When two files are one bulletin (two sources of it). A bulletin's notices are merged at
// import (same 文号, or same title and date), so the files of one bulletin, whatever their
// format or encoding, end up naming exactly the same notices: that set is the bulletin's
// identity. The printed labels must not disagree (an issue number read from one file only is fine:
// .docx often loses it), and single notices (a web page, a Word 公文) are never folded.
import type { StoredBulletin } from '../../../shared/model/library.ts';

type BulletinIdentity = Pick<StoredBulletin, 'kind' | 'publisher' | 'issue' | 'noticeIds'>;

const agree = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

export function isSameBulletin(a: BulletinIdentity, b: BulletinIdentity): boolean {
  if ((a.kind ?? 'bulletin') !== 'bulletin' || (b.kind ?? 'bulletin') !== 'bulletin') return false;
  if (a.noticeIds.length === 0 || a.noticeIds.length !== b.noticeIds.length) return false;
  if (!agree(a.publisher, b.publisher) || !agree(a.issue, b.issue)) return false;
  const ids = new Set(a.noticeIds);
  return b.noticeIds.every((id) => ids.has(id));
}

/**
 * `into` with `other`'s file recorded as one more source of it; the labels it
 * lacks are taken from `other` (the best label among the sources wins).
 */
export function withSources(into: StoredBulletin, other: Pick<StoredBulletin, 'fileName' | 'format' | 'contentHash' | 'byteLength' | 'importedAt' | 'publisher' | 'issue' | 'sources'>): StoredBulletin {
  const added = [{ fileName: other.fileName, format: other.format, contentHash: other.contentHash, byteLength: other.byteLength, importedAt: other.importedAt }, ...(other.sources ?? [])];
  const sources = [...(into.sources ?? []), ...added];
  return { ...into, publisher: into.publisher ?? other.publisher, issue: into.issue ?? other.issue, sources, sourceHashes: sources.map((s) => s.contentHash) };
}

/** Rows of one bulletin, oldest first, for every bulletin with more than one row. */
export function sameBulletinGroups(bulletins: readonly StoredBulletin[]): StoredBulletin[][] {
  const groups: StoredBulletin[][] = [];
  for (const bulletin of [...bulletins].sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0))) {
    const group = groups.find((g) => g[0] !== undefined && isSameBulletin(g[0], bulletin) && g.every((member) => agree(member.issue, bulletin.issue)));
    if (group) group.push(bulletin);
    else groups.push([bulletin]);
  }
  return groups.filter((group) => group.length > 1);
}
