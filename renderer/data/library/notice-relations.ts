// 政策关系 in the library: each notice's citations and stated validity (shared/relations),
// derived from the stored notice by following the change log (catchUpNoticeRelations: the
// search worker runs it as notices arrive), removed with the notice. Links are never
// stored: they are looked up through the two indexes when asked for, so a notice imported
// later links to the citations waiting for it, and a removed one leaves no dangling link.
import { compareIds, type NoticeId } from '../../../shared/model/ids.ts';
import type { NoticeRelationsRecord, NoticeSummary } from '../../../shared/model/library.ts';
import {
  ENDING_RELATIONS,
  MAX_OWNERS,
  RELATIONS_VERSION,
  citedKeysOf,
  deriveRelations,
  SELF,
  resolveCitation,
  validityOf,
  type Citation,
  type CitationRelation,
  type Ender,
  type LinkCandidate,
  type Resolution,
  type Validity,
} from '../../../shared/relations/index.ts';
import type { LibraryDb } from './db.ts';
import { catchUpDerived, type DerivedTable } from './derived-consumer.ts';

type RelationsNotice = Pick<NoticeSummary, 'id' | 'title' | 'docNumber' | 'date' | 'province' | 'agencies'>;

/** The record of one notice, from its summary and body. */
export function relationsRecordOf(notice: RelationsNotice, body: readonly string[]): NoticeRelationsRecord {
  const relations = deriveRelations({ title: notice.title, docNumber: notice.docNumber, agencies: notice.agencies, body, date: notice.date });
  return {
    id: notice.id,
    version: RELATIONS_VERSION,
    title: notice.title,
    docNumber: notice.docNumber,
    date: notice.date,
    province: notice.province,
    relations,
    citedKeys: citedKeysOf(relations),
  };
}

export function isCurrentRelations(record: NoticeRelationsRecord): boolean {
  return record.version === RELATIONS_VERSION;
}

/** The records of these notices (those that exist), from their summaries and bodies. */
async function deriveRelationsRecords(db: LibraryDb, ids: readonly NoticeId[]): Promise<NoticeRelationsRecord[]> {
  const [notices, bodies] = await db.transaction('r', [db.notices, db.noticeBodies], () =>
    Promise.all([db.notices.bulkGet([...ids]), db.noticeBodies.bulkGet([...ids])]),
  );
  return notices.flatMap((notice, i) => (notice ? [relationsRecordOf(notice, bodies[i]?.body ?? [])] : []));
}

/** The relations table as a consumer of the change log (derived-consumer.ts). */
export const NOTICE_RELATIONS: DerivedTable<NoticeRelationsRecord> = {
  consumer: 'noticeRelations',
  table: (db) => db.noticeRelations,
  derive: deriveRelationsRecords,
  isCurrent: isCurrentRelations,
  version: RELATIONS_VERSION,
};

/**
 * Brings the relations up to the change log: the records of the notices written since
 * (an import, a merge, a 更正), none for deleted ones. The search worker runs it as the log
 * grows; a caller that must not miss a notice imported a moment ago (a briefing) runs it
 * first. Returns the ids whose record changed.
 */
export function catchUpNoticeRelations(db: LibraryDb): Promise<NoticeId[]> {
  return catchUpDerived(db, NOTICE_RELATIONS);
}

/** The stored records of these notices (missing ones left out). */
export async function getNoticeRelations(db: LibraryDb, ids: readonly NoticeId[]): Promise<NoticeRelationsRecord[]> {
  return (await db.noticeRelations.bulkGet([...ids])).filter((r): r is NoticeRelationsRecord => r !== undefined);
}

/** Every record, in id order, a page at a time (the search worker's relation graph). */
export async function* streamNoticeRelations(db: LibraryDb, pageSize = 2000): AsyncGenerator<NoticeRelationsRecord[]> {
  let after = '';
  for (;;) {
    const page = await db.noticeRelations.where('id').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]?.id ?? after;
  }
}

/** A library notice as a relation shows it. */
export type RelatedNotice = { id: NoticeId; title: string; docNumber: string | null; date: string | null };

/** One notice's relations linked through the library (the reader's 引用文件, 被引用 and validity). */
export type LinkedRelations = {
  record: NoticeRelationsRecord;
  /** Each citation with the library notice it refers to ('self': the document this notice issues). */
  cites: { citation: Citation; target: RelatedNotice | 'self' | null }[];
  /** The notices citing this one, with how they relate to it, newest first (undated last). */
  citedBy: (RelatedNotice & { relation: CitationRelation | null })[];
  validity: Validity;
};

/** The most 被引用 read for one notice: a document a whole library cites is a list, not a graph. */
const MAX_CITERS = 500;

function candidateOf(record: NoticeRelationsRecord): LinkCandidate {
  return { id: record.id, ownKeys: record.relations.ownKeys, docKey: record.relations.docKey, province: record.province, date: record.date };
}

function related(record: NoticeRelationsRecord): RelatedNotice {
  return { id: record.id, title: record.title, docNumber: record.docNumber, date: record.date };
}

/** The notices known by these keys, at most MAX_OWNERS + 1 per key (more is ambiguous anyway). */
async function ownersOf(db: LibraryDb, keys: Iterable<string>, known: Map<NoticeId, NoticeRelationsRecord>): Promise<void> {
  const pages = await Promise.all([...new Set(keys)].map((key) => db.noticeRelations.where('relations.ownKeys').equals(key).limit(MAX_OWNERS + 1).toArray()));
  for (const page of pages) for (const record of page) known.set(record.id, record);
}

function resolve(citation: Citation, citer: NoticeRelationsRecord, known: Map<NoticeId, NoticeRelationsRecord>): Resolution {
  const candidates = [...known.values()].filter((r) => r.relations.ownKeys.some((key) => citation.keys.includes(key))).map(candidateOf);
  return resolveCitation(citation, { id: citer.id, ownKeys: citer.relations.ownKeys, province: citer.province, date: citer.date }, candidates);
}

/** What one notice cites and what cites it, linked through the library, with its validity today. */
export async function relationsOf(db: LibraryDb, id: NoticeId, today: string): Promise<LinkedRelations | null> {
  const record = await db.noticeRelations.get(id);
  if (!record) return null;
  const known = new Map<NoticeId, NoticeRelationsRecord>([[id, record]]);
  // anyOf over a multi-entry index gives a record once per key it matched.
  const citing = await db.noticeRelations.where('citedKeys').anyOf(record.relations.ownKeys).limit(MAX_CITERS).toArray();
  const citers = [...new Map(citing.filter((r) => r.id !== id).map((r) => [r.id, r])).values()];
  // Candidates for this notice's citations and for the citers' citations that name it.
  const touching = (r: NoticeRelationsRecord): Citation[] => r.relations.citations.filter((c) => c.keys.some((key) => record.relations.ownKeys.includes(key)));
  await ownersOf(db, [...record.relations.citations.flatMap((c) => c.keys), ...citers.flatMap((r) => touching(r).flatMap((c) => c.keys))], known);

  const cites = record.relations.citations.map((citation) => {
    const target = resolve(citation, record, known);
    const found = target !== null && target !== SELF ? known.get(target) : undefined;
    return { citation, target: target === SELF ? ('self' as const) : found ? related(found) : null };
  });
  const citedBy: LinkedRelations['citedBy'] = [];
  const enders: Ender[] = [];
  for (const citer of citers.sort((a, b) => compareIds(a.id, b.id))) {
    const citation = touching(citer).find((c) => resolve(c, citer, known) === id);
    if (!citation) continue;
    citedBy.push({ ...related(citer), relation: citation.relation });
    if (citation.relation !== null && ENDING_RELATIONS.has(citation.relation)) {
      enders.push({ id: citer.id, title: citer.title, docNumber: citer.docNumber, relation: citation.relation, from: citer.relations.validity.effectiveFrom ?? citer.date });
    }
  }
  // Newest first, as the reader lists them (enders keep id order: validity must read as the search worker's graph does).
  citedBy.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || compareIds(a.id, b.id));
  return { record, cites, citedBy, validity: validityOf(record.relations.validity, enders, today) };
}

/**
 * The validity of each of these notices today (a briefing's notices, a client's), by id.
 * Reads only (live queries call it); a caller that must not miss a notice imported a
 * moment ago, before the search worker computed its record, runs catchUpNoticeRelations first.
 */
export async function validityOfNotices(db: LibraryDb, ids: readonly NoticeId[], today: string): Promise<Map<NoticeId, Validity>> {
  const found = await Promise.all(ids.map(async (id) => [id, await relationsOf(db, id, today)] as const));
  return new Map(found.flatMap(([id, relations]) => (relations ? [[id, relations.validity] as const] : [])));
}
