// Packing is the same on every platform: docx zips with JSZip to bytes that Node
// writes as they are and a browser wraps in a Blob (renderer/data/briefing/briefing-blob.ts).
import { Packer, type Document } from 'docx';
import type { Briefing } from '../model/briefing.ts';
import { buildBriefingDocument } from './document.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The .docx bytes of a document. Copied into a Uint8Array over a plain ArrayBuffer
 * (tens of kilobytes), which is what `new Blob([bytes])` and structured clone take.
 */
export async function packDocument(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.pack(document, 'uint8array'));
}

/** Builds and zips a briefing: the bytes of the .docx file. */
export function packBriefing(briefing: Briefing): Promise<Uint8Array<ArrayBuffer>> {
  return packDocument(buildBriefingDocument(briefing));
}
