// 粘贴导入: text copied from a web page, a WeChat article or a document, parsed as any
// file is (parseDocument), checked and corrected by the consultant, then stored as one
// source (format 'paste'). What they changed in the dialog is saved as a correction, so
// that the same notice imported later from a file keeps it.
import type { EditableField, NoticeCorrection } from '../../../shared/model/library.ts';
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import type { ParsedDocument } from '../../../shared/parse/index.ts';
import { sha256Hex } from '../../data/import/index.ts';
import { CorrectionError, correctNotice, normaliseCorrection, storeBulletin, type LibraryDb } from '../../data/library/index.ts';
import { correctionOf, fieldValuesOf, type NoticeFieldValues } from '../../ui/index.ts';

export type PasteOutcome = { status: 'added'; noticeIds: number[]; merged: number } | { status: 'duplicate'; importedAt: string };

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
  return `粘贴导入 ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
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
  // The same text pasted twice (line ends aside) is the same source.
  const bytes = new TextEncoder().encode(text.replace(/\r\n?/g, '\n').trim());
  const stored = await storeBulletin(db, {
    kind: parsed.kind === 'bulletin' ? 'bulletin' : parsed.kind === 'notices' ? 'notices' : 'notice',
    fileName: pasteName(now),
    format: 'paste',
    contentHash: await sha256Hex(bytes),
    byteLength: bytes.byteLength,
    bulletin: parsed.bulletin,
    notices: parsed.notices,
  });
  // The same text, or a pasted bulletin issue already in the library from another file.
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
