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

/**
 * Whether `text` forwards (转发) the document titled `title`, named in 《》 (its short form
 * 《关于…》 counts). What a notice 印发 is its own attachment, not another notice.
 */
function namesDocument(text: string, title: string): boolean {
  if (!text.includes('转发') || title.length < 8) return false;
  const key = title.replace(/\s+/g, '');
  const about = key.indexOf('关于');
  const forms = [`《${key}`, ...(about > 0 ? [`《${key.slice(about, about + 20)}`] : [])];
  // The sentence that forwards names it: an attachment named in another sentence is no forward.
  return text
    .replace(/\s+/g, '')
    .split(/[。；;]/)
    .some((sentence) => sentence.includes('转发') && forms.some((form) => sentence.includes(form)));
}

function sameTitle(a: string, b: string): boolean {
  const key = (t: string): string => t.replace(/[\s《》“”"]/g, '');
  return a !== '' && key(a) === key(b);
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
  // The current document's title: a page prints its headline and, under a lead (导读), the
  // document's own head with the same title; that is one document, not two.
  let title = '';
  // The current document's text, to see a title it forwards or issues printed after its 落款.
  let text = '';
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
        text = '';
        continue;
      }
      divider = i;
      continue;
    }
    const lineText = line.text;
    text += lineText;
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
        const numberedItem = signed && ITEM_NUMBER.test(lineText) && about > 2 && startsOwnTitle(at.clean.title);
        // The document a forward names (转发《X》) pasted after the forward's 落款, even when the
        // copy keeps nothing of it but its title.
        const named = signed && namesDocument(text, at.clean.title);
        const own = marks.ownDoc || marks.ownSalutation || numberedItem || named;
        const repeated = !signed && !salutation && sameTitle(at.clean.title, title);
        if (((own && (signed || marks.ownDoc || divider >= 0 || attachment)) || afterDivider) && !repeated) {
          starts.push(afterDivider ? divider + 1 : headAbove(lines, i, starts[starts.length - 1] ?? 0));
          signed = false;
          salutation = false;
          body = 0;
          divider = -1;
          attachment = false;
          titled = true;
          title = at.clean.title;
          text = '';
          i += at.count - 1;
          continue;
        }
      }
    }
    if (!titled) {
      const at = titleAt(lines, i);
      if (at !== null) {
        titled = true;
        title = at.clean.title;
      }
    }
    if (isSignatureDateLine(lineText)) signed = true;
    if (isSalutation(lineText) || /^各[^：:]{1,60}[：:∶]\S/.test(lineText)) salutation = true;
    if (isBodyLine(lineText)) body++;
    if (ATTACHMENT.test(lineText)) attachment = true;
  }
  return starts.map((start, k) => {
    const part = lines.slice(start, starts[k + 1] ?? lines.length);
    const meta = part.reduce((fields, line) => (line.meta ? merge(fields, line.meta) : fields), emptyFields());
    return { lines: part.filter((line) => !line.divider && (starts.length === 1 || !ATTACHMENT_LABEL.test(line.text))), meta };
  });
}
