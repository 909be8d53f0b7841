// parseBulletin: the text of a policy bulletin (快讯) → its issue and its notices.
// Works on the three layouts the publisher's bulletins come in: a markdown-like
// conversion, plain text with a tabbed table of contents, and text extracted from a
// PDF (hard-wrapped lines, page footers and link annotations, no header). Every step
// works line by line; no pattern can backtrack across the document.
import type { ParsedBulletin } from '../model/notice.ts';
import { assignAnnotationLinks, type PlacedNotice } from './annotations.ts';
import { cleanLines } from './furniture.ts';
import { parseHeader } from './header.ts';
import { detectLayout } from './layout.ts';
import { parseNotice, type NoticeContext } from './read-notice.ts';
import { splitNotices } from './segment.ts';
import { titleKey } from '../text/normalize.ts';

export function parseBulletin(text: string): ParsedBulletin {
  const cleaned = cleanLines(text);
  const header = parseHeader(cleaned.lines);
  const issueYear = /\d{4}/.exec(header.bulletin.issue ?? '')?.[0];
  const context: NoticeContext = {
    layout: detectLayout(cleaned.lines),
    contents: new Set(header.contents.map(titleKey)),
    publisherHost: cleaned.publisherHost,
    knownUrls: cleaned.annotations.flatMap((a) => a.urls),
    bulletinYear: issueYear ? Number(issueYear) : null,
  };
  const placed: PlacedNotice[] = [];
  for (const segment of splitNotices(cleaned.lines, header.bodyStart, header.contents)) {
    const notice = parseNotice(segment, context);
    const first = segment.lines[0];
    const last = segment.lines[segment.lines.length - 1];
    if (notice && first && last) placed.push({ notice, from: first.index, to: last.index });
  }
  assignAnnotationLinks(placed, cleaned.annotations);
  return {
    bulletin: {
      publisher: header.bulletin.publisher ?? cleaned.footerPublisher,
      issue: header.bulletin.issue,
    },
    notices: placed.map((p) => p.notice),
  };
}

export { bulletinRefusal, parseDocument, type BulletinRefusal, type DocumentHints, type DocumentKind, type DocumentReading, type ParsedDocument } from './document.ts';
export type { Refusal } from './single/verdict.ts';
