// Splits a paragraph into plain text, web links and cited 文号, so the reader can make
// links clickable (through the bridge) and a cited 文号 open the cited notice.

export type Segment = { kind: 'text'; text: string } | { kind: 'url'; text: string } | { kind: 'doc'; text: string };

const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gu;

export function segmentParagraph(text: string, citedDocNumbers: readonly string[]): Segment[] {
  const marks: { start: number; end: number; kind: 'url' | 'doc' }[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(/[).,;，。；）]+$/u, '');
    marks.push({ start: match.index, end: match.index + raw.length, kind: 'url' });
  }
  for (const doc of citedDocNumbers) {
    if (doc === '') continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(doc, from);
      if (at < 0) break;
      marks.push({ start: at, end: at + doc.length, kind: 'doc' });
      from = at + doc.length;
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor) continue; // overlaps an earlier mark
    if (mark.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, mark.start) });
    segments.push({ kind: mark.kind, text: text.slice(mark.start, mark.end) });
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}
