// A web archive (.mhtml/.mht, "save page as a single file") → its page's text. The MIME
// container is read by mhtml-to-html (maintained, used by SingleFile); its main page
// then goes through the same Readability reading as a saved .html. The page's own
// address is the archive's Content-Location (Chrome also writes it as
// Snapshot-Content-Location), used when the page names no canonical address.
import { DOMParser } from 'linkedom';
import { parse } from 'mhtml-to-html/browser';
import { ExtractError } from '../errors.ts';
import { readHtmlText, type PageText } from './read-html.ts';

type Archive = {
  headers: Record<string, string>;
  frames: Record<string, { contentType: string; data: string }>;
  resources: Record<string, { contentType: string; data: string }>;
  index: string;
};

export function readMhtml(name: string, bytes: Uint8Array): PageText {
  let archive: Archive;
  try {
    archive = parse(bytes, { DOMParser: DOMParser as never });
  } catch (error) {
    throw new ExtractError('unsupported', { kind: 'corrupt-mhtml', detail: error instanceof Error ? error.message : String(error) }, name);
  }
  const page = archive.resources[archive.index] ?? archive.frames[archive.index];
  if (!page || !page.contentType.toLowerCase().includes('html')) {
    throw new ExtractError('unsupported', { kind: 'corrupt-mhtml', detail: null }, name);
  }
  const location = archive.headers['snapshot-content-location'] ?? archive.headers['content-location'] ?? archive.index;
  return { ...readHtmlText(page.data, location), html: page.data, encoding: 'mhtml' };
}
