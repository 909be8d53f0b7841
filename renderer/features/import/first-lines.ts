// The first lines of a text, as the import report shows a refused file's: enough for the
// consultant to know which text it was, each cut to fit one line of the report.

/** Characters of a line the report shows before it cuts it with an ellipsis. */
const LINE_WIDTH = 60;

/** The head of the text looked at: a refused file can be megabytes long. */
const HEAD_CHARS = 20_000;

/** The first `count` non-empty lines of `text`, spaces collapsed, each cut to `width` characters. */
export function firstLinesOf(text: string, count = 3, width = LINE_WIDTH): string[] {
  const lines: string[] = [];
  for (const raw of text.slice(0, HEAD_CHARS).split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    // Code points, not UTF-16 units: a rare character outside the BMP is not split in two.
    const chars = [...line];
    lines.push(chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : line);
    if (lines.length === count) break;
  }
  return lines;
}
