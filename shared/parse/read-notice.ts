// Reads one notice from its lines: title and 文号 at the top, the 相关链接 block at
// the bottom, the signature block, and the fields found in the body paragraphs.
import type { ParsedNotice } from '../model/notice.ts';
import type { Layout } from './layout.ts';
import type { SourceLine } from './lines.ts';
import type { Segment } from './segment.ts';
import { findAttachments } from './attachments.ts';
import { findContacts } from './contacts.ts';
import { findDeadlines } from './deadline.ts';
import { citedDocNumbers, docNumberOnLine } from './doc-number.ts';
import { relatedLinkLabel, relatedUrl, urlsIn } from './links.ts';
import { reflow } from './reflow.ts';
import { completeAgencies } from './agency-context.ts';
import { agenciesOnLine, findSignature } from './signature.ts';
import { cleanTitle, readTitle } from './title.ts';

export type NoticeContext = {
  layout: Layout;
  contents: ReadonlySet<string>;
  publisherHost: string | null;
  /** URLs known from PDF link annotations, to complete a wrapped 相关链接. */
  knownUrls: readonly string[];
  /** Year of the bulletin, for deadlines when a notice has no date. */
  bulletinYear: number | null;
  /**
   * A document that is one notice (or a few) rather than a bulletin: its notice is kept
   * without 文号, signature or 相关链接 too, since the caller judges it (document.ts).
   */
  single?: boolean;
};

// The 文号 follows the title within this many lines.
const DOC_NUMBER_REACH = 2;
// A line repeating the title (`山西省人民政府办公厅 关于…的意见`) within this many lines.
const REPEATED_TITLE_REACH = 3;

/** Lines from the 相关链接 label to the end of the notice. */
function splitLinkBlock(lines: readonly SourceLine[]): { body: SourceLine[]; block: SourceLine[] } {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (relatedLinkLabel(lines[i]?.text ?? '')) return { body: lines.slice(0, i), block: lines.slice(i) };
  }
  return { body: [...lines], block: [] };
}

/**
 * A page-header line that repeats the title after the issuing agency
 * (`山西省人民政府办公厅 关于…的意见` under the title `山西省关于…的意见`: the
 * bulletin puts its own region prefix before 关于).
 */
function repeatsTitle(text: string, title: string): boolean {
  if (!text.endsWith(title.slice(-2))) return false;
  const compact = cleanTitle(text);
  const about = title.indexOf('关于');
  const core = about > 0 ? title.slice(about) : title;
  if (compact === title || !compact.endsWith(core)) return false;
  return agenciesOnLine(compact.slice(0, compact.length - core.length)) !== null;
}

/** A bulletin's notice names its earliest deadline, whoever it is for (as the bulletins' labels do). */
function earliest(deadlines: readonly { date: string }[]): string | null {
  let best: string | null = null;
  for (const d of deadlines) if (best === null || d.date < best) best = d.date;
  return best;
}

export function parseNotice(segment: Segment, context: NoticeContext): ParsedNotice | null {
  const { title, used } = readTitle(segment.lines, context.contents);
  if (title === '') return null;
  let rest = segment.lines.slice(used);
  let docNumber: string | null = null;
  for (let i = 0; i < Math.min(DOC_NUMBER_REACH, rest.length); i++) {
    docNumber = docNumberOnLine(rest[i]?.text ?? '');
    if (docNumber !== null) {
      rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
      break;
    }
  }
  rest = rest.filter((line, i) => i >= REPEATED_TITLE_REACH || !repeatsTitle(line.text, title));
  const { body, block } = splitLinkBlock(rest);
  const url = relatedUrl(block, context.knownUrls);
  const signature = findSignature(body);
  if (docNumber === null && signature === null && url === null && context.single !== true) return null;

  const date = signature?.date ?? null;
  const paragraphs = reflow(body, context.layout);
  const deadlines = findDeadlines(paragraphs, date, context.bulletinYear);
  return {
    category: segment.category,
    title,
    docNumber,
    // A single document completes them after its page fields and banner (document.ts).
    agencies: context.single === true ? (signature?.agencies ?? []) : completeAgencies(signature?.agencies ?? [], title, paragraphs),
    date,
    url,
    links: urlsIn(paragraphs, new Set(url ? [url] : []), context.publisherHost),
    deadline: earliest(deadlines),
    deadlines,
    attachments: findAttachments(paragraphs),
    contacts: findContacts(paragraphs),
    citedDocNumbers: citedDocNumbers(paragraphs, docNumber),
    body: paragraphs,
  };
}
