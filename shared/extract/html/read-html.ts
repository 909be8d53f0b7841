// A saved web page (.html/.htm, or the page inside an .mhtml) → the notice's text and
// what the page says about itself. The main text is found by Mozilla's Readability
// (Firefox's reader view) over linkedom, not by patterns over markup: navigation,
// breadcrumbs, related-links boxes, share buttons and footers are what it leaves out.
// The metadata block gov.cn and provincial sites print above a notice (索引号, 发文机关,
// 成文日期, 发文字号, …) usually sits outside the article; its lines are taken from the
// whole page first and put above the text, where the parser reads them.
import { Readability } from '@mozilla/readability';
import { parseUrl } from '../../platform.ts';
import { decodePage } from './charset.ts';
import { parseHtmlDocument, type DomDocument, type DomNode } from './dom.ts';
import { domLines } from './dom-text.ts';
import { isSiteHomePage } from '../../text/home-page.ts';

export type PageText = {
  text: string;
  /** The page's HTML, decoded. */
  html: string;
  /** The page's own address, when it names one. */
  url: string | null;
  /** The page's heading (or its <title> without the site's name). */
  title: string | null;
  encoding: string;
};

const META_LABEL = /^(?:索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*机\s*关|成\s*文\s*日\s*期|标\s*题|发\s*文\s*字\s*号|发\s*布\s*日\s*期|发\s*布\s*机\s*构|文\s*号)[\s\u3000]*[:：]/;
// The metadata block is near the top; a label deep in a page is a sentence of the text.
const META_SCAN = 300;
// Site names after the title in <title>: `标题_中国政府网`, `标题 - 工信部`, `标题|…`.
const TITLE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—]\s)\s*/;

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = parseUrl(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// Browsers mark a page saved as HTML with where it came from (the "mark of the web").
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/** The page's own address: canonical, og:url, where it was saved from; a site's home page is none of them. */
function ownUrl(document: DomDocument, location: string | null, html: string): string | null {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    location,
    SAVED_FROM.exec(html.slice(0, 4096))?.[1],
  ];
  for (const candidate of candidates) {
    const url = httpUrl(candidate);
    if (url !== null && !isSiteHomePage(url)) return url;
  }
  return null;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

// What a document's title ends with: a heading that ends so is the page's title even when the
// <title> holds only the site's name.
const DOCUMENT_TITLE_END = /(?:通知|意见|公示|公告|通告|办法|方案|规划|指南|决定|批复|函|细则|规定|通报|措施|名单|条例|解读|令)[》」』”"）)]*$/;

function pageTitle(document: DomDocument): string | null {
  const meta = clean(document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content'));
  if (meta !== '') return meta;
  const titleText = clean(document.title);
  const headings = Array.from(document.querySelectorAll('h1, h2')).map((h) => clean(h.textContent));
  const heading =
    headings.find((h) => h.length >= 6 && (titleText === '' || titleText.includes(h) || h.includes(titleText))) ??
    (DOCUMENT_TITLE_END.test(titleText) ? undefined : headings.find((h) => h.length >= 8 && DOCUMENT_TITLE_END.test(h)));
  if (heading) return heading;
  const parts = titleText.split(TITLE_SEPARATOR).filter((p) => p !== '');
  return parts[0] ?? null;
}

function metadataLines(document: DomDocument): string[] {
  if (!document.body) return [];
  return domLines(document.body)
    .slice(0, META_SCAN)
    .filter((line) => META_LABEL.test(line));
}

/** Readability's DOM Document: linkedom's document is one, though shared/ types it structurally. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

function articleLines(document: DomDocument): string[] {
  let article: { content: DomNode | null | undefined } | null = null;
  try {
    // Unresolved (any) under shared/'s ES-only lib, a real Document where the DOM lib is loaded (renderer, tests).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 100, serializer: (node: unknown) => node as DomNode }).parse();
  } catch {
    // Readability gives up on some malformed pages: the whole body is read instead, and
    // the parser's furniture rules drop the navigation.
  }
  if (article?.content) return domLines(article.content);
  return document.body ? domLines(document.body) : [];
}

// How far above the article its heading may stand, with the 文号 and date lines between.
const HEAD_REACH = 12;

/**
 * The lines between the page's heading and the article Readability found: a 文号, an issuer
 * line or a date a page prints under its heading, outside the article's own box. Nothing above
 * the heading (the navigation) is taken.
 */
function linesAboveArticle(all: readonly string[], article: readonly string[], title: string | null): string[] {
  const first = article[0];
  if (first === undefined || title === null) return [];
  const start = all.indexOf(first);
  if (start <= 0) return [];
  const compact = (s: string): string => s.replace(/\s+/g, '');
  const key = compact(title).slice(0, 12);
  for (let i = start - 1; i >= Math.max(0, start - HEAD_REACH); i--) {
    if (key !== '' && compact(all[i] ?? '').includes(key)) return all.slice(i, start);
  }
  return [];
}

export function readHtmlText(html: string, location: string | null = null): Omit<PageText, 'encoding' | 'html'> {
  const document = parseHtmlDocument(html);
  const url = ownUrl(document, location, html);
  const title = pageTitle(document);
  const meta = metadataLines(document);
  // Readability takes the page apart: the whole page's lines are read before it runs.
  const all = document.body ? domLines(document.body) : [];
  const article = articleLines(document);
  const body = [...linesAboveArticle(all, article, title), ...article].filter((line) => !META_LABEL.test(line));
  const compact = (s: string): string => s.replace(/\s+/g, '');
  const titled = title !== null && !body.slice(0, 3).some((line) => compact(line) === compact(title)) ? [title, ...body] : body;
  return { text: [...meta, ...titled].join('\n\n'), url, title };
}

export function readHtml(bytes: Uint8Array, location: string | null = null): PageText {
  const { text: html, encoding } = decodePage(bytes);
  return { ...readHtmlText(html, location), html, encoding };
}
