// Page furniture: what the publisher prints on every page rather than in a notice.
// The footer (`北京关键要素科技有限公司 电话：62227852 欢迎咨询` and
// `网址：www.chinamomentum.com`), page counters (`第 12 页 共 18 页`, `—3—`), the
// publisher's own URL, and in PDF text the page's link annotations, which the
// extractor dumps as bare URL lines right after the publisher's URL. These lines are
// dropped and the following line is marked as coming after a page break, so that a
// paragraph cut by the page can be joined again.
import { joinWrappedLinks, stripMarkdown, type SourceLine } from './lines.ts';
import { URL_ONLY, urlHost } from './patterns.ts';

/** URLs of one page's link annotations, and the input line number where they stood. */
export type Annotation = { urls: string[]; at: number };

export type CleanedText = {
  lines: SourceLine[];
  annotations: Annotation[];
  /** The publisher named by the repeated footer, if there is one. */
  footerPublisher: string | null;
  /** Host of the publisher's website (from `网址：`), without `www.`. */
  publisherHost: string | null;
};

const BLANK = /^\s*$/;
const EMPTY = { text: '', heading: 0 };
const PAGE_COUNTER = /^(?:第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}\s*\/\s*\d{1,4})$/;
// `第 12 页 共 18 页` with generous spacing is still shorter than this.
const MAX_PAGE_COUNTER = 24;
const TRAILING_PAGE_NUMBER = /\s+[—－–-]\s*\d{1,3}\s*[—－–-]$/;
const WEBSITE_LINE = /^网\s*址\s*[:：]\s*(\S+)$/;
const FOOTER_LINE = /^(\S{4,40}?(?:公司|中心|研究院|研究所|事务所|协会|集团))\s*.*(?:电话|网址|欢迎|咨询)/;

/** The publisher's name from a footer line that repeats (a footer is on many pages). */
function mayBeFooter(text: string): boolean {
  return text.includes('电话') || text.includes('网址') || text.includes('欢迎') || text.includes('咨询');
}

function findFooterPublisher(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const m = mayBeFooter(text) ? FOOTER_LINE.exec(text) : null;
    if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function findPublisherHost(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = WEBSITE_LINE.exec(text);
    if (m?.[1]) return urlHost(m[1]);
  }
  return null;
}

/** Splits the input into cleaned lines with page furniture removed. */
export function cleanLines(input: string): CleanedText {
  const raw = joinWrappedLinks(input.replace(/^\ufeff/, '').split(/\r\n|\r|\n/));
  const stripped = raw.map((line) => (BLANK.test(line) ? EMPTY : stripMarkdown(line)));
  const texts = stripped.map((s) => s.text);
  const footerPublisher = findFooterPublisher(texts);
  const publisherHost = findPublisherHost(texts);

  const isPublisherUrl = (text: string): boolean => publisherHost !== null && URL_ONLY.test(text) && urlHost(text) === publisherHost;
  const isFurniture = (text: string): boolean =>
    (text.length <= MAX_PAGE_COUNTER && PAGE_COUNTER.test(text)) ||
    (footerPublisher !== null && text.startsWith(footerPublisher) && mayBeFooter(text)) ||
    (publisherHost !== null && WEBSITE_LINE.test(text) && urlHost(WEBSITE_LINE.exec(text)?.[1] ?? '') === publisherHost) ||
    isPublisherUrl(text);

  const lines: SourceLine[] = [];
  const annotations: Annotation[] = [];
  let gap = 0;
  let pageBreak = false;
  for (let i = 0; i < stripped.length; i++) {
    const line = stripped[i];
    if (!line) continue;
    let { text } = line;
    if (text === '') {
      gap++;
      continue;
    }
    if (isFurniture(text)) {
      pageBreak = true;
      if (isPublisherUrl(text)) {
        // PDF link annotations follow the publisher's URL directly, one per line.
        const urls: string[] = [];
        while (i + 1 < stripped.length && URL_ONLY.test(stripped[i + 1]?.text ?? '') && !isPublisherUrl(stripped[i + 1]?.text ?? '')) {
          i++;
          urls.push(stripped[i]?.text ?? '');
        }
        if (urls.length > 0) annotations.push({ urls, at: i });
      }
      continue;
    }
    let breakAfter = false;
    if (/[—－–-]$/.test(text) && TRAILING_PAGE_NUMBER.test(text)) {
      text = text.replace(TRAILING_PAGE_NUMBER, '');
      breakAfter = true;
    }
    lines.push({ text, heading: line.heading, gap, pageBreak, index: i });
    gap = 0;
    pageBreak = breakAfter;
  }
  return { lines, annotations, footerPublisher, publisherHost };
}
