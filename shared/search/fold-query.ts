// Query-side normalisation. Documents are indexed as written (mainland notices are in
// simplified characters); a query is folded (widths, case, ü) and, when it holds
// traditional characters, also read in simplified characters. Both readings are kept:
// OpenCC also rewrites some characters that simplified text uses too (显著 → 显着), so
// only trying both is safe.
import { Converter } from 'opencc-js/t2cn';
import { foldWidth } from '../text/normalize.ts';

// Taiwan and Hong Kong traditional forms differ in a few characters (裡/裏, 綫/線):
// converting with both covers either. Made on first use, not at import: building their
// dictionaries takes tens of ms, and the page indexers of a build never convert a query.
let converters: { fromTaiwan: (text: string) => string; fromHongKong: (text: string) => string } | null = null;

// Converting costs tens of µs a call and a query's terms are converted several times
// while it is planned (and again at each keystroke): answers are kept for a while.
const SIMPLIFIED_KEPT = 2000;
const simplified = new Map<string, string>();

/** `text` in simplified characters (綠色製造 → 绿色制造). */
export function toSimplified(text: string): string {
  // Letters, digits and punctuation of ASCII have no other form.
  if (!/[^\x20-\x7e]/.test(text)) return text;
  const known = simplified.get(text);
  if (known !== undefined) return known;
  converters ??= { fromTaiwan: Converter({ from: 'tw', to: 'cn' }), fromHongKong: Converter({ from: 'hk', to: 'cn' }) };
  const converted = converters.fromHongKong(converters.fromTaiwan(text));
  if (simplified.size >= SIMPLIFIED_KEPT) simplified.clear();
  simplified.set(text, converted);
  return converted;
}

/** Widths folded (２０１９ → 2019), lower case, ü as v (pinyin input), white space trimmed. */
export function foldQuery(text: string): string {
  return foldWidth(text).toLowerCase().replace(/ü/g, 'v').trim();
}

/** The terms of a query: split on white space (ASCII, ideographic) and commas. */
export function splitTerms(query: string): string[] {
  return foldQuery(query)
    .split(/[\s,，、;；]+/u)
    .filter((term) => term.length > 0);
}

/** Lower-case, width-folded text without punctuation or spaces: what Fuse compares. */
export function compactText(text: string): string {
  return foldWidth(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
