// How a bulletin is named on screen. Most bulletins print their issue number ((2018) 1202 期); one
// that does not is called 未标期号 and told apart by the date of its newest notice, never
// named by its file name (files arrive as 003_03e8824eaceeb4ce.txt, which nobody reads).
// In ui because the 资料库 and the reader's sources name bulletins the same way.
import type { StoredBulletin } from '../../shared/model/library.ts';
import { zh } from '../platform/i18n/index.ts';

type Named = Pick<StoredBulletin, 'issue' | 'newestNoticeDate' | 'fileName' | 'kind' | 'format'>;

/**
 * A source that is no bulletin (a saved page, a Word file, pasted text holding one 公文
 * or several) is named by what it is and its file (or 粘贴导入 and when).
 */
function sourceName(bulletin: Named): string | null {
  if (bulletin.kind !== 'notice' && bulletin.kind !== 'notices') return null;
  return bulletin.format === 'paste' ? bulletin.fileName : zh.library.singleSource(bulletin.kind, fileStem(bulletin.fileName));
}

/** The issue number, or 未标期号 (where the date is shown beside it, as in the 资料库 rail). */
export function bulletinTitle(bulletin: Named): string {
  return sourceName(bulletin) ?? bulletin.issue ?? zh.library.unnumbered;
}

/** The name standing alone (a filter chip, the reader's sources): 未标期号 carries its date. */
export function bulletinLabel(bulletin: Named): string {
  const source = sourceName(bulletin);
  if (source) return source;
  if (bulletin.issue) return bulletin.issue;
  return zh.library.unnumberedOn(bulletin.newestNoticeDate ?? fileStem(bulletin.fileName));
}

/** The file name without its extension. */
function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Every file the bulletin came from, its first one first. */
export function bulletinFiles(bulletin: Pick<StoredBulletin, 'fileName' | 'format' | 'sources'>): { fileName: string; format: StoredBulletin['format'] }[] {
  return [{ fileName: bulletin.fileName, format: bulletin.format }, ...(bulletin.sources ?? [])];
}

/** The formats it came in, once each, in capitals (TXT · DOCX · PDF). */
export function bulletinFormats(bulletin: Pick<StoredBulletin, 'fileName' | 'format' | 'sources'>): string {
  return [...new Set(bulletinFiles(bulletin).map((file) => zh.library.formatName(file.format)))].join(' · ');
}
