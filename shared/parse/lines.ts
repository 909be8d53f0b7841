// One input line after markdown marks are taken off. Conversions to markdown wrap
// headings in `#`, bold in `**` or `<b>`, escape `_` as `\_`, turn lists into
// `- ` bullets and links into `[text](url)` or `<url>`; none of that is text.

export type SourceLine = {
  /** The text, trimmed, without markdown marks (tabs inside are kept for the table of contents). */
  text: string;
  /** Markdown heading level (1–6), 0 when the line was not a heading. */
  heading: number;
  /** Blank lines between this line and the previous kept line. */
  gap: number;
  /** Page furniture (footer, page number, link annotations) was removed just before this line. */
  pageBreak: boolean;
  /** 0-based line number in the input, for diagnostics and ordering. */
  index: number;
};

const HEADING = /^#{1,6}(?=\s|$)/;
const BULLET = /^(?:[-+]|\*(?!\*))\s+/;
// First characters of a bullet or a quote.
const MARK_START = new Set(['-', '+', '*', '>']);
const ESCAPE = /\\+([\\`*_{}[\]()#+\-.!<>|~])/g;
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^)\s]+)\)/g;
const AUTOLINK = /<((?:https?:\/\/|www\.)[^>\s]+)>/g;
const HTML_TAG = /<\/?(?:b|i|u|em|strong|span|font|br|p|sup|sub|div)\b[^>]*>/gi;
const EMPHASIS = /\*\*|__/g;
const LOOKS_LIKE_URL = /^(?:https?:\/\/|www\.)\S+$/;

// A line that stops inside a markdown link: in its target `[…](http://…` or in its
// label `[http://…` with the `](` still to come.
const OPEN_LINK_TARGET = /\[[^\]]*\]\([^)\s]*$/;
const OPEN_LINK_LABEL = /\[[^\]\s]*$/;
const MAX_LINK_LINES = 4;

/**
 * Converters that hard-wrap lines can cut a `[url](url)` link in two. Such a line is
 * joined with the lines that finish the link (no space: the break was inside a URL);
 * the lines taken are left empty so that line numbers stay as they were.
 */
export function joinWrappedLinks(raw: string[]): string[] {
  const out = raw.slice();
  for (let i = 0; i < out.length; i++) {
    let line = out[i] ?? '';
    if (!line.includes('[')) continue;
    for (let taken = 0; taken < MAX_LINK_LINES && i + taken + 1 < out.length; taken++) {
      const next = (out[i + taken + 1] ?? '').trim();
      const inTarget = OPEN_LINK_TARGET.test(line);
      const inLabel = !inTarget && OPEN_LINK_LABEL.test(line) && next.includes('](');
      if ((!inTarget && !inLabel) || next === '') break;
      line = line.trimEnd() + next;
      out[i + taken + 1] = '';
      out[i] = line;
    }
  }
  return out;
}

/** Removes markdown marks from one raw line; returns the text and its heading level. */
export function stripMarkdown(raw: string): { text: string; heading: number } {
  let text = (raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw).trim();
  let heading = 0;
  const first = text.charAt(0);
  if (first === '#') {
    const h = HEADING.exec(text);
    if (h) {
      heading = h[0].length;
      text = text.slice(heading).trim();
    }
  }
  if (MARK_START.has(text.charAt(0))) text = text.replace(BULLET, '').replace(/^>+\s?/, '');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  if (text.includes('](')) {
    text = text.replace(MARKDOWN_LINK, (_, label: string, target: string) => {
      const shown = label.trim();
      return shown === '' || LOOKS_LIKE_URL.test(shown) ? target : `${shown} ${target}`;
    });
  }
  if (text.includes('<')) text = text.replace(AUTOLINK, '$1').replace(HTML_TAG, '');
  if (text.includes('**') || text.includes('__')) text = text.replace(EMPHASIS, '');
  return { text: text.trim(), heading };
}
