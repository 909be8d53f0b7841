// Saving a briefing: the .docx bytes (the builder is loaded on first use, so the app
// starts without it) through the bridge's save dialog or download, then the record of
// which notices went to which client, when, as which 期, with the file itself, so
// 简报记录 can hand out the same file again.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import type { Briefing } from '../../../shared/model/briefing.ts';
import type { BriefingIssue, BriefingRecord } from '../../../shared/model/library.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { briefingFile, briefingsOfClient, recordBriefing, uniqueFileName, type LibraryDb } from '../library/index.ts';

export type SavedBriefing = { record: BriefingRecord; fileName: string; runtime: 'electron' | 'web' };

export type SaveRequest = {
  clientId: ClientId;
  /** The library ids of the briefing's notices, in its order. */
  noticeIds: readonly NoticeId[];
  /** Without extension; made unique among the client's saved briefings. */
  suggestedName: string;
  issue: BriefingIssue;
};

/** Null when the consultant cancelled the save dialog (nothing is recorded then). */
export async function saveBriefing(db: LibraryDb, briefing: Briefing, request: SaveRequest): Promise<SavedBriefing | null> {
  const { packBriefing } = await import('../../../shared/briefing/index.ts');
  const bytes = await packBriefing(briefing);
  const bridge = getBridge();
  const suggestedName = uniqueFileName(request.suggestedName, await briefingsOfClient(db, request.clientId));
  const path = await bridge.saveFile({ kind: 'briefing', suggestedName, bytes });
  if (path === null) return null;
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const record = await recordBriefing(
    db,
    { clientId: request.clientId, title: briefing.title, template: briefing.template, fileName, noticeIds: [...request.noticeIds], issue: request.issue },
    bytes,
  );
  return { record, fileName, runtime: bridge.runtime };
}

/** Saves the kept file of a saved briefing again; null when cancelled. Throws when no file was kept. */
export async function downloadSavedBriefing(db: LibraryDb, record: BriefingRecord): Promise<string | null> {
  const bytes = await briefingFile(db, record.id);
  if (!bytes) throw new Error(`no file kept for briefing ${record.id}`);
  const path = await getBridge().saveFile({ kind: 'briefing', suggestedName: record.fileName.replace(/\.docx$/i, ''), bytes });
  return path === null ? null : (path.split(/[\\/]/).pop() ?? path);
}
