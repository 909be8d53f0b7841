// A notice's title: its first line, joined with the next line(s) when the title was
// wrapped (PDF text wraps a long title, even with a blank line between the halves).
// Stray spaces between Chinese characters, left by conversion, are removed.
import type { SourceLine } from './lines.ts';
import { docNumberOnLine } from './doc-number.ts';
import { endsLikeTitle, endsSentence, startsParagraph } from './patterns.ts';
import { isDateOnly } from '../text/chinese-date.ts';
import { titleKey } from '../text/normalize.ts';
import { displayWidth, removeCjkSpaces } from '../text/spacing.ts';

const MAX_TITLE_LINES = 3;
const MAX_PART_WIDTH = 40;

function canContinue(line: SourceLine | undefined, first: SourceLine): boolean {
  if (!line || line.heading !== first.heading) return false;
  const text = line.text;
  return (
    displayWidth(text) <= MAX_PART_WIDTH &&
    !/[:：]$/.test(text) &&
    !endsSentence(text) &&
    !startsParagraph(text) &&
    docNumberOnLine(text) === null &&
    !isDateOnly(text) &&
    !/^(?:https?:\/\/|www\.)/.test(text)
  );
}

/** Half-width parentheses around Chinese text become full-width ones, as printed titles have. */
function widenParentheses(title: string): string {
  return title.replace(/\(([^()]*)\)/g, '（$1）');
}

export function cleanTitle(text: string): string {
  return widenParentheses(removeCjkSpaces(text));
}

/** The title and how many of `lines` it used. */
export function readTitle(lines: readonly SourceLine[], contents: ReadonlySet<string>): { title: string; used: number } {
  const first = lines[0];
  if (!first) return { title: '', used: 0 };
  let title = first.text;
  let used = 1;
  while (used < MAX_TITLE_LINES && !endsLikeTitle(title.trimEnd()) && !contents.has(titleKey(title)) && canContinue(lines[used], first)) {
    title += lines[used]?.text ?? '';
    used++;
  }
  return { title: cleanTitle(title), used };
}
