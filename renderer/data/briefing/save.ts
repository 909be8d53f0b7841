// Saving a briefing: the .docx bytes (the builder is loaded on first use, so the app
// starts without it) through the bridge's save dialog or download, then the record of
// which notices went to which client, when.
import type { Briefing } from '../../../shared/model/briefing.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { recordBriefing, type LibraryDb } from '../library/index.ts';

export type SavedBriefing = { fileName: string; runtime: 'electron' | 'web' };

export type SaveRequest = {
  clientId: number;
  /** The library ids of the briefing's notices, in its order. */
  noticeIds: readonly number[];
  suggestedName: string;
};

/** Null when the consultant cancelled the save dialog (nothing is recorded then). */
export async function saveBriefing(db: LibraryDb, briefing: Briefing, request: SaveRequest): Promise<SavedBriefing | null> {
  const { packBriefing } = await import('../../../shared/briefing/index.ts');
  const bytes = await packBriefing(briefing);
  const bridge = getBridge();
  const path = await bridge.saveFile({ kind: 'briefing', suggestedName: request.suggestedName, bytes });
  if (path === null) return null;
  const fileName = path.split(/[\\/]/).pop() ?? path;
  await recordBriefing(db, { clientId: request.clientId, title: briefing.title, template: briefing.template, fileName, noticeIds: [...request.noticeIds] });
  return { fileName, runtime: bridge.runtime };
}
