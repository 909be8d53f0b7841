// 粘贴导入: text copied from a web page, a WeChat article or a document, parsed as any
// file is (parseDocument), checked and corrected by the consultant, then stored as one
// source (format 'paste'). What they changed in the dialog is saved as a correction, so
// that the same notice imported later from a file keeps it. A text the parser refused
// (no notice found) can still be saved as one notice with the fields typed by hand
// (saveTypedNotice): the parser may be wrong, the consultant has the last word.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { EditableField, NoticeCorrection } from '../../../shared/model/library.ts';
import type { ParsedNotice, ReviewField } from '../../../shared/model/notice.ts';
import type { ParsedDocument } from '../../../shared/parse/index.ts';
import { sha256Hex } from '../../data/import/index.ts';
import { CorrectionError, correctNotice, normaliseCorrection, storeBulletin, type LibraryDb } from '../../data/library/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { correctionOf, fieldValuesOf, type NoticeFieldValues } from '../../ui/index.ts';

export type PasteOutcome = { status: 'added'; noticeIds: NoticeId[]; merged: number } | { status: 'duplicate'; importedAt: string };

/** The fields the consultant changed from what the parser found, as a correction. */
export function changedFields(parsed: ParsedNotice, values: NoticeFieldValues): NoticeCorrection {
  const before = correctionOf(fieldValuesOf(parsed));
  const all = correctionOf(values);
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(all) as EditableField[]) if (JSON.stringify(before[field]) !== JSON.stringify(all[field])) out[field] = all[field];
  return out;
}

function pasteName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return zh.importer.paste.sourceName(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`);
}

/** What a pasted text is stored as, whatever it holds: its name, hash and size, and the text itself as the original. */
async function pasteSource(text: string, now: Date) {
  // The same text pasted twice (line ends aside) is the same source.
  const bytes = new TextEncoder().encode(text.replace(/\r\n?/g, '\n').trim());
  return {
    fileName: pasteName(now),
    format: 'paste' as const,
    contentHash: await sha256Hex(bytes),
    byteLength: bytes.byteLength,
    original: { text, html: null },
  };
}

/** A field of the `index`-th notice the library would refuse; nothing was saved. */
export class PastedFieldError extends Error {
  constructor(
    readonly index: number,
    readonly field: EditableField,
  ) {
    super(`notice ${index}: invalid ${field}`);
  }
}

export async function savePastedText(db: LibraryDb, text: string, parsed: ParsedDocument, values: readonly NoticeFieldValues[], now = new Date()): Promise<PasteOutcome> {
  // Every correction is checked before anything is stored: all of it is saved, or none.
  const corrections = parsed.notices.map((notice, i) => {
    const form = values[i];
    try {
      return form ? normaliseCorrection(changedFields(notice, form)) : {};
    } catch (error) {
      if (error instanceof CorrectionError) throw new PastedFieldError(i, error.field);
      throw error;
    }
  });
  const stored = await storeBulletin(db, {
    kind: parsed.kind === 'bulletin' ? 'bulletin' : parsed.kind === 'notices' ? 'notices' : 'notice',
    ...(await pasteSource(text, now)),
    bulletin: parsed.bulletin,
    notices: parsed.notices,
  });
  // The same text, or a pasted bulletin already in the library from another file.
  if (stored.status !== 'added') return { status: 'duplicate', importedAt: stored.bulletin.importedAt };
  const ids = stored.bulletin.noticeIds;
  // One id per parsed notice in order, unless the text printed one notice twice.
  if (ids.length === parsed.notices.length) {
    for (const [i, correction] of corrections.entries()) {
      const id = ids[i];
      if (id !== undefined && Object.keys(correction).length > 0) await correctNotice(db, id, correction);
    }
  }
  return { status: 'added', noticeIds: ids, merged: stored.merged.length };
}

/** The fields a notice typed by hand leaves to check when left empty: the title is required. */
const TYPED_REVIEW: readonly ReviewField[] = ['agencies', 'date'];

/** The text's paragraphs: its non-empty lines, trimmed. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Saves a text the parser refused as one notice (保存为通知): the typed fields, the text's
 * paragraphs as its body. 发文机关 and 成文日期 left empty are marked 需核对 (review). Throws
 * PastedFieldError (index 0) for a field the library would refuse, an empty title first.
 */
export async function saveTypedNotice(db: LibraryDb, text: string, values: NoticeFieldValues, now = new Date()): Promise<PasteOutcome> {
  let fields: NoticeCorrection;
  try {
    fields = normaliseCorrection(correctionOf(values));
  } catch (error) {
    if (error instanceof CorrectionError) throw new PastedFieldError(0, error.field);
    throw error;
  }
  const notice: ParsedNotice = {
    category: fields.category ?? '',
    title: fields.title ?? '',
    docNumber: fields.docNumber ?? null,
    agencies: fields.agencies ?? [],
    date: fields.date ?? null,
    url: fields.url ?? null,
    links: [],
    deadline: fields.deadline ?? null,
    deadlines: fields.deadlines ?? [],
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
    body: paragraphsOf(text),
  };
  const review = TYPED_REVIEW.filter((field) => (field === 'agencies' ? notice.agencies.length === 0 : notice.date === null));
  if (review.length > 0) notice.review = review;
  const stored = await storeBulletin(db, { kind: 'notice', ...(await pasteSource(text, now)), bulletin: { publisher: null, issue: null }, notices: [notice] });
  if (stored.status !== 'added') return { status: 'duplicate', importedAt: stored.bulletin.importedAt };
  return { status: 'added', noticeIds: stored.bulletin.noticeIds, merged: stored.merged.length };
}
