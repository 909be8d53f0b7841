// The lines of a single document sorted into what they are, before any notice is read:
// page furniture (dropped), metadata (read into fields, then dropped), a divider between
// two documents, or content. Metadata is only looked for where a page prints it, in a
// document's head (before its 主送机关 or first sentence, and again after a divider or a
// repost's timestamp line): a body line `时间：2023年5月10日` is the event's time, not the page's.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { isSalutation } from '../segment.ts';
import { isSignatureDateLine } from '../signature.ts';
import { emptyFields, labelAlone, merge, readLabelAndValue, readMetaLine, type PageFields } from './page-fields.ts';
import { isWebFurniture, startsPage, startsTrailingBox } from './web-furniture.ts';

export type Annotated = {
  /** Content lines, furniture and metadata out, dividers kept as `divider`. */
  lines: DocLine[];
};

export type DocLine = SourceLine & {
  /** A line of ———— or ***** between two documents. */
  divider?: boolean;
  /** The metadata read from the lines right above this one (since the previous content line). */
  meta?: PageFields;
  /** A page's head (breadcrumb, menu) stood right above this line: another page begins. */
  pageStart?: boolean;
};

// Where a scan or a copy of a signed 公文 marks the seal between the 落款 and its date.
const SEAL_MARK = /^[（(［[]?\s*(?:印章|盖章|公章|签章|章)\s*[)）］\]]?$|^[（(［[][^（）()［］[\]]{0,24}(?:代章|盖章|印章|公章|签章)[)）］\]]$/;
const BULLET = /^[•·‧●◆◇■□▪►▶]\s*/;
const DIVIDER = /^[-—–_=*＊·.•~～\s]{6,}$/;
// A sentence: the body has begun and the head (where metadata stands) is over.
const SENTENCE = /[。；]/;

function startsBody(text: string): boolean {
  return isSalutation(text) || (text.length >= 40 && SENTENCE.test(text)) || /^各[^：:]{1,60}[：:]\S/.test(text);
}

export function annotate(input: readonly SourceLine[]): Annotated {
  const lines: DocLine[] = [];
  let inHead = true;
  let pending: PageFields | null = null;
  // Metadata printed right after a 落款 (a law site's table under the text) is that document's.
  let afterSignature = false;
  let pageStart = false;
  const keep = (fields: PageFields): void => {
    const last = lines[lines.length - 1];
    if (afterSignature && last && !last.divider) lines[lines.length - 1] = { ...last, meta: merge(last.meta ? { ...last.meta } : emptyFields(), fields) };
    else pending = merge(pending ?? emptyFields(), fields);
  };
  for (let i = 0; i < input.length; i++) {
    const raw = input[i];
    if (!raw) continue;
    // `• 时间:2019-12-31`: a list's bullet before a page's metadata or a line of text.
    const line = BULLET.test(raw.text) ? { ...raw, text: raw.text.replace(BULLET, '') } : raw;
    if (line.text === '') continue;
    const text = line.text;
    if (startsTrailingBox(text) && lines.length > 0) break;
    if (DIVIDER.test(text)) {
      lines.push({ ...line, divider: true });
      inHead = true;
      afterSignature = false;
      continue;
    }
    // A 文号 line opens a document's head (a digest's next item, a forwarded notice).
    if (docNumberOnLine(text) !== null) inHead = true;
    if (inHead || /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.test(text)) {
      const label = labelAlone(text);
      const next = input[i + 1]?.text ?? '';
      if (label !== null && next !== '' && labelAlone(next) === null) {
        keep(readLabelAndValue(label, next));
        i++;
        continue;
      }
      const meta = readMetaLine(text);
      if (meta) {
        keep(meta);
        inHead = true;
        continue;
      }
    }
    if (startsPage(text) && lines.length > 0) pageStart = true;
    if (isWebFurniture(text) || SEAL_MARK.test(text) || (startsPage(text) && text.length <= 80)) continue;
    afterSignature = false;
    if (startsBody(text)) inHead = false;
    // After a 落款 the next document's head may follow (a forward's forwarded notice).
    else if (isSignatureDateLine(text)) {
      inHead = true;
      afterSignature = true;
    }
    lines.push({ ...line, ...(pending ? { meta: pending } : {}), ...(pageStart ? { pageStart: true } : {}) });
    pending = null;
    pageStart = false;
  }
  return { lines };
}
