// From a parsed notice to the library's record, and the merge rule for a notice that is
// printed again in a later bulletin.
import type { BulletinId } from '../../../shared/model/ids.ts';
import type { EditableField, NoticeSummary } from '../../../shared/model/library.ts';
import type { ParsedNotice, ReviewField } from '../../../shared/model/notice.ts';
import { docNumberKey, titleKey } from '../../../shared/text/normalize.ts';
import { deriveProvince } from './notice-province.ts';

export type NewNotice = Omit<NoticeSummary, 'id'>;

/** The corrected fields of a notice with their values (empty when nothing was corrected). */
export function correctedFields(notice: NewNotice): Partial<NewNotice> {
  const out: Partial<Record<EditableField, unknown>> = {};
  for (const field of notice.edited?.fields ?? []) out[field] = notice[field];
  return out as Partial<NewNotice>;
}

/** The two duplicate rules' keys: same normalised 文号, or same normalised title and date. */
export function matchKeys(notice: Pick<ParsedNotice, 'docNumber' | 'title' | 'date'>): { docKey: string | null; titleDateKey: string } {
  const docKey = notice.docNumber ? docNumberKey(notice.docNumber) : null;
  return { docKey: docKey === '' ? null : docKey, titleDateKey: `${titleKey(notice.title)}|${notice.date ?? ''}` };
}

/** The fields still to check after a merge: those the notices left empty (a corrected notice has been checked). */
function reviewAfterMerge(notice: NewNotice): ReviewField[] {
  if (notice.edited || !notice.review) return [];
  return notice.review.filter((field) => (field === 'title' ? true : field === 'agencies' ? notice.agencies.length === 0 : notice.date === null));
}

export function toNoticeRecord(notice: ParsedNotice, bulletinId: BulletinId, now: string): { summary: NewNotice; body: string[] } {
  const { body, ...fields } = notice;
  const year = notice.date ? Number.parseInt(notice.date.slice(0, 4), 10) : Number.NaN;
  return {
    summary: {
      ...fields,
      ...matchKeys(notice),
      titleKey: titleKey(notice.title),
      year: Number.isFinite(year) ? year : null,
      province: deriveProvince(notice),
      deadlineDates: notice.deadlines.map((d) => d.date),
      sourceBulletinIds: [bulletinId],
      bodyLength: body.reduce((sum, paragraph) => sum + paragraph.length, 0),
      importedAt: now,
      updatedAt: now,
    },
    body,
  };
}

/**
 * Merges a later printing into the stored notice. The first import wins: what the
 * consultant has already read does not change under them; the later printing only fills
 * in what the first lacked (a null field, an empty list, an empty body) and adds its
 * bulletin as a source. The notice keeps its id, so client tags and notes on it stay.
 */
export function mergeNotice<T extends NewNotice>(
  stored: T,
  later: { summary: NewNotice; body: string[] },
  bulletinId: BulletinId,
  now: string,
): { merged: T; body: string[] | null } {
  const next = later.summary;
  const filled: T = {
    ...stored,
    docNumber: stored.docNumber ?? next.docNumber,
    docKey: stored.docKey ?? next.docKey,
    date: stored.date ?? next.date,
    year: stored.year ?? next.year,
    province: stored.province ?? next.province,
    url: stored.url ?? next.url,
    deadline: stored.deadline ?? next.deadline,
    deadlines: stored.deadlines.length > 0 ? stored.deadlines : next.deadlines,
    deadlineDates: stored.deadlines.length > 0 ? stored.deadlineDates : next.deadlineDates,
    agencies: stored.agencies.length > 0 ? stored.agencies : next.agencies,
    links: stored.links.length > 0 ? stored.links : next.links,
    attachments: stored.attachments.length > 0 ? stored.attachments : next.attachments,
    contacts: stored.contacts.length > 0 ? stored.contacts : next.contacts,
    citedDocNumbers: stored.citedDocNumbers.length > 0 ? stored.citedDocNumbers : next.citedDocNumbers,
    sourceBulletinIds: stored.sourceBulletinIds.includes(bulletinId) ? stored.sourceBulletinIds : [...stored.sourceBulletinIds, bulletinId],
    updatedAt: now,
  };
  // What the consultant corrected stays as corrected, even a field they emptied.
  const merged: T = { ...filled, ...correctedFields(stored) };
  // 需核对: a field the later printing supplies is no longer in doubt; one both left open still is.
  const review = reviewAfterMerge(merged);
  if (review.length > 0) merged.review = review;
  else delete merged.review;
  // A date learnt from the later printing also dates the title rule's key (a corrected
  // notice keeps its parsed keys: the same text imported again must still find it).
  if (!stored.edited) merged.titleDateKey = `${stored.titleKey}|${merged.date ?? ''}`;
  const takeBody = stored.bodyLength === 0 && next.bodyLength > 0;
  if (takeBody) merged.bodyLength = next.bodyLength;
  return { merged, body: takeBody ? later.body : null };
}
