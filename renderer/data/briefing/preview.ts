// The in-app preview of a briefing: the same .docx the save writes, drawn into the page
// by docx-preview (loaded on first use). Word fills in page numbers and the table of
// contents when it opens the file; docx-preview does not evaluate fields, so the page
// footers (第 X 页 共 Y 页) are left out rather than shown with blanks.
import type { Briefing } from '../../../shared/model/briefing.ts';
import { packBriefingBlob } from './briefing-blob.ts';

/** Renders the briefing's pages into a new element (not yet in the document). */
export async function renderBriefingPreview(briefing: Briefing): Promise<HTMLElement> {
  const [{ renderAsync }, blob] = await Promise.all([import('docx-preview'), packBriefingBlob(briefing)]);
  const host = document.createElement('div');
  host.className = 'docx-host';
  await renderAsync(blob, host, host, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: false,
    renderFootnotes: false,
    renderEndnotes: false,
    // Keeps the pages' own fonts (仿宋, 黑体, …) where the machine has them.
    ignoreFonts: false,
    useBase64URL: false,
  });
  return host;
}
