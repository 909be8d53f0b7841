// The bulletin's own header: publisher, `快讯`, the issue (`(2018) 1202 期`) and the
// table of contents. PDF text may have no header at all. The contents list titles
// only for cross-checking: a notice's title always comes from its body.
import type { BulletinInfo } from '../model/notice.ts';
import type { SourceLine } from './lines.ts';
import { SECTION_MARKER } from './patterns.ts';
import { collapseSpaces, removeCjkSpaces } from '../text/spacing.ts';

export type Header = {
  bulletin: BulletinInfo;
  /** Titles listed in the table of contents (spaces removed). */
  contents: string[];
  /** Index of the first line after the header. */
  bodyStart: number;
};

const ISSUE = /^(?:[(（]\s*\d{4}\s*[)）]\s*(?:第\s*)?\d{1,5}\s*期|(?:\d{4}\s*年\s*)?第\s*\d{1,5}\s*期)$/;
// A contents entry ends in its page number after dot leaders, a tab or wide spacing.
const CONTENTS_ENTRY = /^(.*?)(?:\s*(?:\.{2,}|…+|·{2,})\s*|\t+\s*|\s{2,})(\d{1,3})$/;
const HEADER_WORDS = /^(?:快\s*讯|目\s*录|简\s*报|周\s*报|月\s*报|政策快讯)$/;
// Only the first lines of a bulletin can be its header.
const HEADER_SCAN = 80;

export function isContentsEntry(text: string): boolean {
  return CONTENTS_ENTRY.test(text);
}

// `(2018) 1202 期` as the publisher prints it. A PDF's text layer may lose or add the
// narrow spaces (`(2018)0903期`), so the year-and-number form is written one way.
const YEAR_NUMBER_ISSUE = /^[(（]\s*(\d{4})\s*[)）]\s*(\d{1,5})\s*期$/;

function issueLabel(text: string): string {
  const collapsed = collapseSpaces(text);
  const m = YEAR_NUMBER_ISSUE.exec(collapsed);
  return m ? `(${m[1]}) ${m[2]} 期` : collapsed;
}

export function parseHeader(lines: readonly SourceLine[]): Header {
  let publisher: string | null = null;
  let issue: string | null = null;
  const contents: string[] = [];
  let sawHeaderMark = false;
  let bodyStart = 0;
  const limit = Math.min(lines.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]?.text ?? '';
    if (SECTION_MARKER.test(text) && !isContentsEntry(text)) break;
    const entry = CONTENTS_ENTRY.exec(text);
    if (ISSUE.test(text)) {
      issue = issueLabel(text);
      sawHeaderMark = true;
    } else if (HEADER_WORDS.test(text)) {
      sawHeaderMark = true;
    } else if (entry) {
      sawHeaderMark = true;
      const title = (entry[1] ?? '').trim();
      if (!SECTION_MARKER.test(title)) contents.push(removeCjkSpaces(title));
    } else if (i === 0 && text.length <= 40) {
      publisher = collapseSpaces(text);
    } else if (sawHeaderMark) {
      // The first ordinary line after the contents begins the body.
      bodyStart = i;
      break;
    } else {
      break;
    }
    bodyStart = i + 1;
  }
  if (!sawHeaderMark) return { bulletin: { publisher: null, issue: null }, contents: [], bodyStart: 0 };
  return { bulletin: { publisher, issue }, contents, bodyStart };
}
