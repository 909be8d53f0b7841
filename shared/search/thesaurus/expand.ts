// What else a query term is searched as. A consultant types 补贴, 技改, 发改委 or 高企; the
// notice prints 补助, 技术改造, 国家发展和改革委员会 or 高新技术企业. The thesaurus
// (synonym-groups.ts) and the agency names (agency-aliases.ts) join such words into
// groups; a term holding a group's word is also searched with that word replaced by each
// of the others (省工信厅 → 省工业和信息化厅), weighted below what was typed. Pure data
// in, strings out: the query planner turns the forms into index lookups.
import { compactText } from '../fold-query.ts';
import { pinyinLetters } from '../pinyin.ts';
import { AGENCY_BODY_TYPES, CENTRAL_AGENCIES } from './agency-aliases.ts';
import { SYNONYM_GROUPS } from './synonym-groups.ts';

/** Most other forms one term is searched as (each costs an index lookup per keystroke). */
export const MAX_FORMS = 8;

type Lexicon = {
  /** Every word of a group, compacted → the other words of its groups as written, in group order. */
  others: ReadonlyMap<string, readonly string[]>;
  /** Longest compacted word, in UTF-16 code units. */
  longest: number;
  /** The words naming local departments (AGENCY_BODY_TYPES), compacted. */
  localBodies: ReadonlySet<string>;
  /** The agencies' short names (not their full names), compacted. */
  shortAgencyNames: ReadonlySet<string>;
};

let lexicon: Lexicon | null = null;

/** Every group of words that mean the same in a search: synonyms, then agency names. */
export function wordGroups(): readonly (readonly string[])[] {
  return [
    ...SYNONYM_GROUPS.map((group) => group.words),
    ...CENTRAL_AGENCIES.map((agency) => [agency.name, ...agency.aliases]),
    ...AGENCY_BODY_TYPES.map((body) => [body.suffix, ...body.aliases]),
  ];
}

// Words are compared as search compares text: without punctuation, widths folded, lower
// case (“十四五” is 十四五, IPO is ipo); spellings that fold to the same are one word.
function buildLexicon(): Lexicon {
  const others = new Map<string, string[]>();
  let longest = 0;
  for (const group of wordGroups()) {
    for (const word of group) {
      const key = compactText(word);
      if (key.length < 2) continue;
      longest = Math.max(longest, key.length);
      const list = others.get(key) ?? [];
      for (const other of group) if (compactText(other) !== key && !list.includes(other)) list.push(other);
      others.set(key, list);
    }
  }
  const localBodies = new Set(AGENCY_BODY_TYPES.flatMap((body) => [body.suffix, ...body.aliases]).map(compactText));
  const fullNames = new Set([...CENTRAL_AGENCIES.map((agency) => agency.name), ...AGENCY_BODY_TYPES.map((body) => body.suffix)].map(compactText));
  const shortAgencyNames = new Set(
    [...CENTRAL_AGENCIES.flatMap((agency) => agency.aliases), ...AGENCY_BODY_TYPES.flatMap((body) => body.aliases)].map(compactText).filter((name) => !fullNames.has(name)),
  );
  return { others, longest, localBodies, shortAgencyNames };
}

function theLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/** Every word the thesaurus and the agency names know (the segmenter's user dictionary). */
export function lexiconWords(): string[] {
  return [...theLexicon().others.keys()];
}

/** Whether `text` is a word of a group (中国制造2025, 15分钟便民生活圈). */
export function isKnownWord(text: string): boolean {
  return theLexicon().others.has(compactText(text));
}

/** Whether `typed` holds an agency's short name (经信局, 发改委), which notices print in full. */
export function holdsAgencyShortName(typed: string): boolean {
  const { shortAgencyNames } = theLexicon();
  return wordsIn(compactText(typed)).some(({ word }) => shortAgencyNames.has(word));
}

/** The group words found in `term` (compacted like the lexicon), longest first at each position, not overlapping. */
export function wordsIn(term: string): { at: number; word: string }[] {
  const { others, longest } = theLexicon();
  const found: { at: number; word: string }[] = [];
  for (let at = 0; at < term.length; ) {
    let length = Math.min(longest, term.length - at);
    for (; length >= 2; length--) if (others.has(term.slice(at, at + length))) break;
    if (length >= 2) {
      found.push({ at, word: term.slice(at, at + length) });
      at += length;
    } else at += 1;
  }
  return found;
}

/**
 * Another form of a term: its text; where the word put in starts (a UTF-16 offset); and
 * whether that word names a local department (经济和信息化局), which the notice prints
 * after its place with 省, 市 or 区 between (北京经信局: 北京市经济和信息化局).
 */
export type OtherForm = { text: string; start: number; localBody: boolean };

/**
 * The other forms `term` is searched as: the term with one group word in it replaced by
 * each other word of its groups. A form that contains another form (or the term itself)
 * finds nothing more than that one and is left out, so 发改委 is searched as 发展改革委
 * and 发展和改革委员会, not also as 国家发展和改革委员会.
 */
export function otherForms(typed: string): OtherForm[] {
  const { others, localBodies } = theLexicon();
  const term = compactText(typed);
  const forms: OtherForm[] = [];
  for (const { at, word } of wordsIn(term)) {
    for (const other of others.get(word) ?? []) {
      const text = term.slice(0, at) + other + term.slice(at + word.length);
      if (compactText(text) !== term && !forms.some((f) => compactText(f.text) === compactText(text))) {
        forms.push({ text, start: at, localBody: localBodies.has(compactText(other)) });
      }
    }
  }
  const narrowest = forms.filter((form) => {
    const compact = compactText(form.text);
    return !compact.includes(term) && !forms.some((other) => other !== form && compact.includes(compactText(other.text)));
  });
  return narrowest.slice(0, MAX_FORMS);
}

let byPinyin: Map<string, string[]> | null = null;

/**
 * The words of the groups whose pinyin is `letters` (kuajingdianshang → 跨境电商): a term
 * typed in pinyin is also searched as those words and their other forms, so pinyin
 * reaches bodies and synonyms too, not only the pinyin of titles.
 */
export function wordsSpelled(letters: string): string[] {
  if (!byPinyin) {
    byPinyin = new Map();
    for (const group of wordGroups()) {
      for (const word of group) {
        if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
        const { full } = pinyinLetters(word);
        const list = byPinyin.get(full) ?? [];
        if (!list.includes(word)) list.push(word);
        byPinyin.set(full, list);
      }
    }
  }
  return byPinyin.get(letters) ?? [];
}
