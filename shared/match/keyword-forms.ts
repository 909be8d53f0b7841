// A client's business keyword as notices may print it: the consultant's word and its
// synonyms in the search thesaurus (技术改造 / 技改, 首台（套）重大装备 / 首台套), the
// reviewed groups search already expands queries with. Only whole keywords that are a
// thesaurus word expand, and only into words of three characters or more: a keyword is
// a fit, and a two-character form (品牌, 检测) would find it in every other notice.
import { SYNONYM_GROUPS } from '../search/thesaurus/synonym-groups.ts';

const MIN_FORM = 3;

let forms: Map<string, readonly string[]> | null = null;
/** Each keyword's forms, itself first, as asked (a library's clients have a few dozen). */
const asked = new Map<string, readonly string[]>();

function build(): Map<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const word of group.words) {
      const others = group.words.filter((other) => other !== word && other.length >= MIN_FORM);
      map.set(word, [...new Set([...(map.get(word) ?? []), ...others])]);
    }
  }
  return map;
}

/** The keyword and the forms it may be printed in. */
export function keywordForms(keyword: string): readonly string[] {
  let known = asked.get(keyword);
  if (!known) {
    forms ??= build();
    known = [keyword, ...(forms.get(keyword) ?? [])];
    asked.set(keyword, known);
  }
  return known;
}

/** Whether the text holds the keyword in one of its forms. */
export function holdsKeyword(text: string, keyword: string): boolean {
  return keywordForms(keyword).some((form) => text.includes(form));
}

/** Where a keyword stands in a notice's keyword text (title first, then headings and conditions). */
export const KEYWORD_AT = { none: 0, text: 1, title: 2 } as const;
export type KeywordAt = (typeof KEYWORD_AT)[keyof typeof KEYWORD_AT];

/** Whether the keyword is in the title (the notice is about it), elsewhere in the text, or absent. */
export function keywordAt(keyText: string, keyword: string): KeywordAt {
  const forms = keywordForms(keyword);
  const end = keyText.indexOf('\n');
  const title = end < 0 ? keyText : keyText.slice(0, end);
  if (forms.some((form) => title.includes(form))) return KEYWORD_AT.title;
  if (forms.some((form) => keyText.includes(form))) return KEYWORD_AT.text;
  return keyword.length >= MIN_SPREAD && spreadIn(title, keyword) ? KEYWORD_AT.title : KEYWORD_AT.none;
}

/** Keywords this long may stand in a title with a few words between their characters. */
const MIN_SPREAD = 4;
/** At most this many characters between, in all: 增值税发票 in 增值税电子普通发票. */
const MAX_SPREAD = 4;

/**
 * Whether the keyword's characters stand in the title in order, with at most MAX_SPREAD
 * others between them (增值税发票 in 增值税电子普通发票, 电池包壳体 in 电池包铝合金壳体).
 */
function spreadIn(title: string, keyword: string): boolean {
  const first = keyword[0] ?? '';
  for (let start = title.indexOf(first); start >= 0; start = title.indexOf(first, start + 1)) {
    let at = start;
    let gaps = 0;
    let i = 1;
    for (; i < keyword.length && gaps <= MAX_SPREAD; i += 1) {
      const next = title.indexOf(keyword[i] ?? '', at + 1);
      if (next < 0) return false;
      gaps += next - at - 1;
      at = next;
    }
    if (i === keyword.length && gaps <= MAX_SPREAD) return true;
  }
  return false;
}
