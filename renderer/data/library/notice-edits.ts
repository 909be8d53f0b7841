// Corrections of what the parser got wrong: the consultant edits a notice's title, 文号,
// agencies, date, deadline, category or URL in the reader. The fields change at once
// (search, matching and relations recompute on the change), the notice is marked as
// edited with the fields, and a later import of the same notice keeps them
// (mergeNotice). The duplicate keys are left as parsed so that the same text imported
// again still finds this notice rather than adding a second one.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { EDITABLE_FIELDS, type EditableField, type NoticeCorrection, type NoticeSummary } from '../../../shared/model/library.ts';
import { primaryDeadline } from '../../../shared/model/deadlines.ts';
import type { LibraryDb } from './db.ts';
import { deriveProvince } from './notice-province.ts';

export class CorrectionError extends Error {
  constructor(readonly field: EditableField) {
    super(`invalid ${field}`);
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(value: string | null): boolean {
  if (value === null) return true;
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function validUrl(value: string | null): boolean {
  if (value === null) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The correction with blank text as null and lists trimmed; throws CorrectionError on a bad value. */
export function normaliseCorrection(correction: NoticeCorrection): NoticeCorrection {
  const out: NoticeCorrection = {};
  const text = (value: string | null | undefined): string | null => {
    const trimmed = (value ?? '').trim();
    return trimmed === '' ? null : trimmed;
  };
  if (correction.title !== undefined) {
    const title = text(correction.title);
    if (title === null) throw new CorrectionError('title');
    out.title = title;
  }
  if (correction.category !== undefined) out.category = text(correction.category) ?? '';
  if (correction.docNumber !== undefined) out.docNumber = text(correction.docNumber);
  if (correction.agencies !== undefined) out.agencies = correction.agencies.map((a) => a.trim()).filter((a) => a !== '');
  for (const field of ['date', 'deadline'] as const) {
    const value = correction[field];
    if (value === undefined) continue;
    const day = text(value);
    if (!validDay(day)) throw new CorrectionError(field);
    out[field] = day;
  }
  if (correction.deadlines !== undefined) {
    const deadlines = [];
    for (const d of correction.deadlines) {
      const day = text(d.date);
      if (day === null) continue;
      if (!validDay(day)) throw new CorrectionError('deadlines');
      deadlines.push({ date: day, party: d.party === 'authority' ? ('authority' as const) : ('applicant' as const), evidence: d.evidence ?? '' });
    }
    deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    // One date once (whoever's it is, the applicant's wins).
    const byDate = new Map<string, (typeof deadlines)[number]>();
    for (const d of deadlines) if (!byDate.has(d.date) || d.party === 'applicant') byDate.set(d.date, d);
    out.deadlines = [...byDate.values()];
    out.deadline = primaryDeadline(out.deadlines);
  }
  if (correction.url !== undefined) {
    const url = text(correction.url);
    if (!validUrl(url)) throw new CorrectionError('url');
    out.url = url;
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The notice with the correction applied and marked; unchanged fields are not marked. Saving
 * a correction is the consultant's check: the 需核对 mark goes, even when nothing changed.
 */
export function applyCorrection<T extends Omit<NoticeSummary, 'id'>>(notice: T, correction: NoticeCorrection, now: string): T {
  const clean = normaliseCorrection(correction);
  const changed = EDITABLE_FIELDS.filter((field) => field in clean && !same(clean[field], notice[field]));
  if (changed.length === 0) {
    if (!notice.review) return notice;
    const { review: _checked, ...checked } = notice;
    return { ...checked, updatedAt: now } as T;
  }
  const next = { ...notice, ...clean, deadlineDates: (clean.deadlines ?? notice.deadlines).map((d) => d.date) };
  const year = next.date ? Number.parseInt(next.date.slice(0, 4), 10) : Number.NaN;
  const fields = EDITABLE_FIELDS.filter((field) => changed.includes(field) || (notice.edited?.fields ?? []).includes(field));
  const { review: _checked, ...unmarked } = next;
  return {
    ...(unmarked as T),
    year: Number.isFinite(year) ? year : null,
    province: deriveProvince(next),
    edited: { fields, at: now },
    updatedAt: now,
  };
}

/** Corrects one notice; resolves to it as stored, or null when there is no such notice. */
export async function correctNotice(db: LibraryDb, id: NoticeId, correction: NoticeCorrection): Promise<NoticeSummary | null> {
  const now = new Date().toISOString();
  const result = await db.transaction('rw', db.notices, async () => {
    const notice = await db.notices.get(id);
    if (!notice) return null;
    const next = applyCorrection(notice, correction, now);
    if (next !== notice) await db.notices.put(next);
    return { next, changed: next !== notice };
  });
  if (!result) return null;
  return result.next;
}
