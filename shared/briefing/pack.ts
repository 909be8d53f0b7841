// Packing is the same on every platform: docx zips to a Uint8Array with JSZip, which
// Node writes as is and a browser wraps in a Blob, so no platform helper is needed.
import { Packer, type Document } from 'docx';
import type { Briefing } from '../model/briefing.ts';
import { buildBriefingDocument } from './document.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}

/** Builds and zips a briefing: the bytes of the .docx file. */
export function packBriefing(briefing: Briefing): Promise<Uint8Array> {
  return packDocument(buildBriefingDocument(briefing));
}
