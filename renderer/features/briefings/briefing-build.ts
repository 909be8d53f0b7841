// From what the 简报 screen holds (client, consultant profile, the chosen items in order,
// title, period, design) to the Briefing the document builder takes, with each notice's
// body read from the library. The period printed is the one chosen, or else 截至 the
// briefing's date.
import type { Briefing, BriefingPeriod, BriefingTemplateId } from '../../../shared/model/briefing.ts';
import type { Client, ConsultantProfile } from '../../../shared/model/library.ts';
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { catchUpNoticeRelations, getNotices, validityOfNotices, type LibraryDb } from '../../data/library/index.ts';
import { regionText } from '../../core/index.ts';
import type { DraftItem } from './briefing-items.ts';
import { zh } from '../../platform/i18n/index.ts';

export type BriefingSpec = {
  client: Client;
  profile: ConsultantProfile;
  title: string;
  /** YYYY-MM-DD or '' (open). */
  from: string;
  to: string;
  /** The briefing's own date (YYYY-MM-DD). */
  date: string;
  template: BriefingTemplateId;
  items: readonly DraftItem[];
};

export async function buildBriefing(db: LibraryDb, spec: BriefingSpec): Promise<Briefing> {
  const ids = spec.items.map((item) => item.noticeId);
  // 时效性 as of the briefing's date: what the client reads is true on the day it is dated.
  // Relations of notices imported a moment ago (the search worker derives them soon after; brought up to the change log here).
  await catchUpNoticeRelations(db);
  const [notices, validity] = await Promise.all([getNotices(db, ids), validityOfNotices(db, ids, spec.date)]);
  const items = spec.items.flatMap((item, i) => {
    const stored = notices[i];
    if (!stored) return [];
    const known = validity.get(item.noticeId);
    return [
      {
        notice: parsedNotice(stored),
        note: item.note,
        relevance: item.relevance,
        excerpt: item.excerpt.trim() === '' ? null : item.excerpt,
        validity: known ? zh.codes.briefingValidity(known) : null,
      },
    ];
  });
  const { client, profile } = spec;
  return {
    client: { name: client.name, region: regionText(client.region), industry: client.industry.trim() || null },
    consultant: { name: profile.name, company: profile.company, phone: profile.phone || null, email: profile.email || null },
    title: spec.title,
    period: briefingPeriod(spec),
    date: spec.date,
    template: spec.template,
    items,
  };
}

/**
 * The chosen period, an open end closed by the briefing's date; none chosen: null, and
 * the document says 截至 <date>. (The notices' own dates span years, and are not the
 * period a consultant reports on.)
 */
export function briefingPeriod(spec: Pick<BriefingSpec, 'from' | 'to' | 'date'>): BriefingPeriod | null {
  if (!spec.from) return null;
  return { from: spec.from, to: spec.to || spec.date };
}

/** The notice as the parser gave it: the library's own fields left out. */
function parsedNotice(stored: ParsedNotice): ParsedNotice {
  const { category, title, docNumber, agencies, date, url, links, deadline, deadlines, attachments, contacts, citedDocNumbers, body } = stored;
  return { category, title, docNumber, agencies, date, url, links, deadline, deadlines, attachments, contacts, citedDocNumbers, body };
}

/** The file name offered when saving: client and title. */
export function briefingFileName(spec: Pick<BriefingSpec, 'client' | 'title'>): string {
  return `${spec.client.name}-${spec.title}`;
}
