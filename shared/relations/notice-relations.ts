// What the library keeps of a notice for 政策关系, computed once at import: the documents
// it cites, what it says of its own validity, and the keys it is known by.
import { findCitations } from './citations.ts';
import { docKeyOf, ownKeysOf } from './reference-keys.ts';
import type { Citation, ValidityFacts } from './types.ts';
import { findValidity } from './validity.ts';

/** Bump when extraction changes: stored relations of an older version are computed again (3: relations stored as ASCII codes). */
export const RELATIONS_VERSION = 3;

export type NoticeRelations = {
  citations: Citation[];
  validity: ValidityFacts;
  /** The keys this notice is known by (its 文号, its title, the document it issues). */
  ownKeys: string[];
  /** The `d:` key of its own 文号, or null: a title match never links to a notice of another 文号. */
  docKey: string | null;
};

export type RelationsInput = { title: string; docNumber: string | null; agencies: readonly string[]; body: readonly string[]; date: string | null };

export function deriveRelations(notice: RelationsInput): NoticeRelations {
  return {
    citations: findCitations(notice),
    validity: findValidity(notice),
    ownKeys: ownKeysOf(notice),
    docKey: docKeyOf(notice.docNumber),
  };
}

/** Every key a notice cites under, for the reverse look-up (被引用). */
export function citedKeysOf(relations: Pick<NoticeRelations, 'citations'>): string[] {
  return [...new Set(relations.citations.flatMap((c) => c.keys))];
}
