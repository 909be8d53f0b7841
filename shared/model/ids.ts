// Global ids. A library is shared between a consultant's machines and a firm's team, so
// no record is keyed by a number one machine's IndexedDB counted out:
// - a notice's id comes from what the importer merges on (its 文号, else its normalised
//   title and date), fixed at its first import: the same notice imported on two machines
//   is one notice, and a 更正 that changes the 文号 later never changes the id;
// - a stored file's (bulletin, web page, Word file) comes from the SHA-256 of its bytes;
// - records the consultant makes (clients, tags, dismissals, briefings) get random ids.
import { randomBytes } from '../platform.ts';
import { stableHash64 } from '../text/stable-hash.ts';

export type NoticeId = string;
export type BulletinId = string;
export type ClientId = string;
export type TagId = string;
export type DismissalId = string;
export type BriefingId = string;

/** What the importer merges a notice on: its 文号 key, or its title-and-date key without one. */
export type NoticeIdentity = { docKey: string | null; titleDateKey: string };

/**
 * The id a notice gets at its first import. `taken` says whether an id is already some
 * other notice's (two notices whose keys hash alike, or a notice whose 文号 was added by
 * a later merge): the next free `-2`, `-3`, … is used then.
 */
export function noticeIdFor(identity: NoticeIdentity, taken: (id: NoticeId) => boolean = () => false): NoticeId {
  const key = identity.docKey ? `doc:${identity.docKey}` : `title:${identity.titleDateKey}`;
  const base = `n-${stableHash64(key)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** A stored file's id: its content hash (lowercase hex SHA-256), shortened. */
export function bulletinIdFor(contentHash: string): BulletinId {
  return `b-${contentHash.slice(0, 32)}`;
}

export type RecordKind = 'client' | 'tag' | 'dismissal' | 'briefing';
// Tags made by releases before schema version 12 have `a-`, their old prefix: an id is
// never read for its prefix, so both are valid.
const PREFIX: Record<RecordKind, string> = { client: 'c', tag: 't', dismissal: 'd', briefing: 'r' };

/** A new random id for a record the consultant makes, e.g. `c-3f2a…` (128 random bits). */
export function newRecordId(kind: RecordKind): string {
  const hex = Array.from(randomBytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${PREFIX[kind]}-${hex}`;
}

/** Newer import first, then a fixed order: ties between notices of one date (ids carry no order of import). */
export function newerImportFirst(a: { importedAt: string; id: string }, b: { importedAt: string; id: string }): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  return compareIds(b.id, a.id);
}

/** A fixed order between ids, for ties (ids carry no order of creation). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
