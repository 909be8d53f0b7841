// Where one document ends and the next begins in a file without a table of contents: a
// forward followed by the notice it forwards, a notice with its attachment notice pasted
// below, a WeChat digest of several policies. A new document starts at a title with its
// own 文号 or 主送机关 beside it, once the document before it has a body of its own (a
// 主送机关, a 落款 or some sentences: a page's headline and lead are not a document), and
// when the one before is signed, or the title has its own 文号, or a divider line or an
// attachment label stands between them. The first document always starts at the top, so
// a forward copied from its 主送机关 down (no title) is still a document of its own.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { isSalutation } from '../segment.ts';
import { agenciesOnLine, isSignatureDateLine } from '../signature.ts';
import type { DocLine } from './annotate.ts';
import { marksOf, startsOwnTitle, titleAt } from './candidates.ts';
import { isBodyLine } from './head.ts';
import { lawBanner, lawNumberAt } from './law-number.ts';
import { emptyFields, merge, type PageFields } from './page-fields.ts';

export type DocumentLines = { lines: SourceLine[]; meta: PageFields };

const BANNER_OR_MARK = /^(?:\S{2,40}?\s*(?:文件|公报|便函)|\d{6}|特急|加急|特提|平急|(?:绝密|机密|秘密)\S{0,8})$/;
// `附件`, `附件2`, `附件：` alone on a line: the label of what follows, not part of either notice.
const ATTACHMENT_LABEL = /^附\s*件\s*\d{0,2}\s*[:：]?$/;
const ATTACHMENT = /^附\s*件/;
const ITEM_NUMBER = /^(?:\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}\s*、)\s*\S/;
// A title this close after a divider starts a document even without marks of its own.
const AFTER_DIVIDER = 3;

/** Head lines above a title that belong to it: 文号, 发文机关标志, issuer lines, marks, a 令 heading. */
function headAbove(lines: readonly DocLine[], title: number, floor: number): number {
  let start = title;
  while (start - 1 > floor) {
    const text = lines[start - 1]?.text ?? '';
    const own =
      docNumberOnLine(text.replace(/\s+签发人[:：].*$/, '')) !== null ||
      BANNER_OR_MARK.test(text) ||
      agenciesOnLine(text) !== null ||
      lawBanner(text) !== null ||
      lawNumberAt(text) !== null ||
      ATTACHMENT_LABEL.test(text);
    if (!own || lines[start - 1]?.divider) break;
    start--;
  }
  return start;
}

/** Whether some sentences of body text follow line `i` (a divider) before the next divider. */
function bodyFollows(lines: readonly DocLine[], i: number): boolean {
  let body = 0;
  for (let j = i + 1; j < lines.length && !lines[j]?.divider; j++) if (isBodyLine(lines[j]?.text ?? '') && ++body >= 2) return true;
  return false;
}

export function splitDocuments(lines: readonly DocLine[]): DocumentLines[] {
  const starts = [0];
  let signed = false;
  let salutation = false;
  let body = 0;
  let divider = -1;
  let attachment = false;
  // Whether the current document has a title of its own yet: before it, body lines are a lead.
  let titled = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.divider) {
      // A divider between two bodies of text separates two documents, titled or not.
      if ((salutation || signed || body >= 2) && bodyFollows(lines, i)) {
        starts.push(i + 1);
        signed = false;
        salutation = false;
        body = 0;
        attachment = false;
        divider = -1;
        continue;
      }
      divider = i;
      continue;
    }
    const text = line.text;
    if (line.pageStart && divider < 0) divider = i - 1;
    const substance = salutation || signed || body >= 1;
    if (substance) {
      const at = titleAt(lines, i);
      if (at) {
        const marks = marksOf(lines, i, at.count);
        // A document of one sentence is enough before a title with its own 文号 (a digest's
        // item), but only after a title of its own: an untitled sentence is a lead.
        if (body < 2 && !salutation && !signed && !(marks.ownDoc && titled)) {
          if (marks.ownDoc || marks.ownSalutation) titled = true;
          continue;
        }
        const afterDivider = divider >= 0 && i - divider <= AFTER_DIVIDER;
        // `8.浙江省…关于…的公告` after a signed item: the next item of a numbered digest.
        const about = at.clean.title.indexOf('关于');
        const numberedItem = signed && ITEM_NUMBER.test(text) && about > 2 && startsOwnTitle(at.clean.title);
        const own = marks.ownDoc || marks.ownSalutation || numberedItem;
        if ((own && (signed || marks.ownDoc || divider >= 0 || attachment)) || afterDivider) {
          starts.push(afterDivider ? divider + 1 : headAbove(lines, i, starts[starts.length - 1] ?? 0));
          signed = false;
          salutation = false;
          body = 0;
          divider = -1;
          attachment = false;
          titled = true;
          i += at.count - 1;
          continue;
        }
      }
    }
    if (!titled && titleAt(lines, i) !== null) titled = true;
    if (isSignatureDateLine(text)) signed = true;
    if (isSalutation(text) || /^各[^：:]{1,60}[：:∶]\S/.test(text)) salutation = true;
    if (isBodyLine(text)) body++;
    if (ATTACHMENT.test(text)) attachment = true;
  }
  return starts.map((start, k) => {
    const part = lines.slice(start, starts[k + 1] ?? lines.length);
    const meta = part.reduce((fields, line) => (line.meta ? merge(fields, line.meta) : fields), emptyFields());
    return { lines: part.filter((line) => !line.divider && (starts.length === 1 || !ATTACHMENT_LABEL.test(line.text))), meta };
  });
}
