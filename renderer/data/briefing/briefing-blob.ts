// The briefing as a Blob for the renderer: docx-preview renders a Blob, and the web
// fallback downloads one. Electron's save goes through the bridge with the bytes of
// packBriefing (shared/briefing) instead.
import { buildBriefingDocument, DOCX_MIME, packDocument } from '../../../shared/briefing/index.ts';
import type { Briefing } from '../../../shared/model/briefing.ts';

export async function packBriefingBlob(briefing: Briefing): Promise<Blob> {
  return new Blob([await packDocument(buildBriefingDocument(briefing))], { type: DOCX_MIME });
}
