// What kind of paragraph of a notice body a line is, for the reader to typeset it. The
// parser keeps headings and list items as their own paragraphs; this decides, from the way
// Chinese official documents number them, which are headings (一、 （一） 第一条), and which
// closing lines (the issuing agency, the date) are a signature set to the right.

export type ParagraphKind = 'heading' | 'subheading' | 'article' | 'salutation' | 'closing' | 'text';

/** A heading is a short numbered line without a full stop; longer ones are list items. */
const MAX_HEADING_CHARS = 40;

const LEVEL_ONE = /^[一二三四五六七八九十百]+、/u;
const LEVEL_TWO = /^[（(][一二三四五六七八九十百]+[）)]/u;
const ARTICLE = /^第[一二三四五六七八九十百零〇]+[条章节]/u;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
const CHINESE_DATE_LINE = /^[二〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/u;

export function paragraphKind(text: string, index: number, all: readonly string[], agencies: readonly string[]): ParagraphKind {
  const line = text.trim();
  const short = line.length <= MAX_HEADING_CHARS && !/[。；;]$/u.test(line);
  if (short && LEVEL_ONE.test(line)) return 'heading';
  if (short && LEVEL_TWO.test(line)) return 'subheading';
  if (ARTICLE.test(line)) return 'article';
  if (index === 0 && /[：:]$/u.test(line) && line.length <= 120) return 'salutation';
  if (isClosing(line, index, all, agencies)) return 'closing';
  return 'text';
}

/** The signature block: the last lines that are an issuing agency or the date. */
function isClosing(line: string, index: number, all: readonly string[], agencies: readonly string[]): boolean {
  if (index < all.length - Math.max(3, agencies.length + 1)) return false;
  const tail = all.slice(index).map((text) => text.trim());
  return tail.every((text) => isSignatureLine(text, agencies));
}

function isSignatureLine(text: string, agencies: readonly string[]): boolean {
  return DATE_LINE.test(text) || CHINESE_DATE_LINE.test(text) || agencies.some((agency) => text === agency || text.split(/\s+/u).every((part) => agencies.includes(part)));
}
