// URLs of a notice. Its 相关链接 (the source page) comes last, after the label, as a
// bare URL, `<url>` or a markdown link; PDF text wraps a long URL onto the next line
// (`…/t20190911_7334` + `74.html`). Other URLs in the text are the notice's links;
// the publisher's own website is not one of them.
import type { SourceLine } from './lines.ts';
import { URL_CHARS_ONLY, URL_IN_TEXT, URL_ONLY, trimUrl, urlHost } from './patterns.ts';

// 相关链接 in these bulletins; other publishers print 原文链接 or 原文地址.
const RELATED_LINK = /^(?:相关链接|原文链接|原文地址|链接地址)\s*[:：]?\s*(.*)$/;
const STARTS_URL = /^(?:https?:\/\/|www\.)/i;
// A URL that ends like a page or a file is complete; one that does not may go on.
const COMPLETE_URL = /(?:\.(?:s?html?|jhtml|shtml|asp|aspx|php|jsp|do|pdf|docx?|xlsx?|zip|rar|wps)|\/)$/i;

/** The label line of a 相关链接 block; `rest` is what follows the label on the same line. */
export function relatedLinkLabel(text: string): { rest: string } | null {
  const m = RELATED_LINK.exec(text);
  return m ? { rest: (m[1] ?? '').trim() } : null;
}

/** Whether `text` may be the next line of a 相关链接 block whose last line was `previous`. */
export function continuesLinkBlock(text: string, previous: string): boolean {
  if (URL_ONLY.test(text)) return true;
  return URL_CHARS_ONLY.test(text) && !STARTS_URL.test(text) && urlContinues(previous);
}

function urlContinues(previous: string): boolean {
  const urls = previous.match(URL_IN_TEXT);
  const last = urls?.[urls.length - 1];
  return last !== undefined && previous.trimEnd().endsWith(last) && !COMPLETE_URL.test(last);
}

/**
 * The 相关链接 URL from the block's lines (label line first), wrapped parts joined.
 * `known` holds URLs seen elsewhere (PDF link annotations): a joined URL that is only
 * the beginning of a known one is completed from it.
 */
export function relatedUrl(block: readonly SourceLine[], known: readonly string[]): string | null {
  let url = '';
  for (let i = 0; i < block.length; i++) {
    const text = i === 0 ? (relatedLinkLabel(block[0]?.text ?? '')?.rest ?? '') : (block[i]?.text ?? '');
    if (text === '') continue;
    if (url === '') {
      const first = text.match(URL_IN_TEXT)?.[0];
      if (first) url = first;
    } else if (!STARTS_URL.test(text) && URL_CHARS_ONLY.test(text) && !COMPLETE_URL.test(url)) {
      url += text;
    } else {
      break;
    }
  }
  if (url === '') return null;
  url = trimUrl(url);
  if (!known.includes(url)) {
    const longer = known.find((k) => k.startsWith(url) && k.length > url.length);
    if (longer) url = longer;
  }
  return url;
}

/** URLs in `texts`, each once, in order, leaving out `except` and the publisher's host. */
export function urlsIn(texts: readonly string[], except: ReadonlySet<string>, publisherHost: string | null): string[] {
  const found: string[] = [];
  for (const text of texts) {
    if (!text.includes('http') && !text.includes('www.')) continue;
    for (const raw of text.match(URL_IN_TEXT) ?? []) {
      const url = trimUrl(raw);
      if (except.has(url) || found.includes(url)) continue;
      if (publisherHost !== null && urlHost(url) === publisherHost) continue;
      found.push(url);
    }
  }
  return found;
}
