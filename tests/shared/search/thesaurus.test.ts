// The thesaurus and the agency names, group by group: a consultant typing any word of a
// group finds the notices that print another word of it, after the notices that print
// the word typed; and the data itself stays well-formed (no empty or one-word groups,
// no duplicate keys, no word that would expand into something unrelated).
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '../../../shared/search/index.ts';
import { compactText } from '../../../shared/search/fold-query.ts';
import { MAX_TERM_UNITS } from '../../../shared/search/query.ts';
import { AGENCY_BODY_TYPES, CENTRAL_AGENCIES } from '../../../shared/search/thesaurus/agency-aliases.ts';
import { MAX_FORMS, otherForms } from '../../../shared/search/thesaurus/expand.ts';
import { SYNONYM_GROUPS } from '../../../shared/search/thesaurus/synonym-groups.ts';

/** The texts of the other forms of `typed`. */
const formTexts = (typed: string): string[] => otherForms(typed).map((form) => form.text);

function doc(id: string, title: string, body: string[] = []): SearchDoc {
  return { id, title, docNumber: null, agencies: [], category: '政策文件', date: null, deadline: null, body };
}

/** Notices about other things, so that the group's words are as rare as in a real library. */
const FILLER: readonly SearchDoc[] = Array.from({ length: 40 }, (_, i) =>
  doc(`filler-${i}`, `第${i + 1}号简报`, [`简报第${i + 1}号。`]),
);

/** One notice per word of the group, its word in the body, two that have none, and the filler. */
function groupIndex(words: readonly string[]): SearchIndex {
  const index = new SearchIndex();
  index.addAll([
    ...FILLER,
    ...words.map((word, i) => doc(`w${i}`, `关于做好第${i + 1}项工作的通知`, [`各有关单位：现将${word}有关事项通知如下。`])),
    doc('other-1', '关于开展安全检查的通知', ['各有关单位：请做好检查。']),
    doc('other-2', '关于调整办公时间的通知', ['各有关单位：请周知。']),
  ]);
  return index;
}

/** The pairs of adjacent characters of `text` (what the index looks up). */
function pairsOf(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((ch, i) => `${chars[i] ?? ''}${ch}`);
}

function expectGroupFound(words: readonly string[]): void {
  const index = groupIndex(words);
  words.forEach((word, i) => {
    // Typed as one term: a word with 、 in it is several terms, one too long is cut in pieces.
    if (/[、，,\s]/.test(word) || [...compactText(word)].length > MAX_TERM_UNITS) return;
    const { hits } = index.search({ query: word, limit: 50 });
    const found = hits.map((hit) => hit.id);
    // A notice with the word as typed first (its own, or one whose word contains it);
    // every other word of the group found too.
    // (The index reads text as pairs of characters: 退耕还林还草 holds every pair of 退耕还草.)
    const first = compactText(words[Number(found[0]?.slice(1))] ?? '');
    expect(pairsOf(compactText(word)).every((pair) => first.includes(pair)), `${word}: a notice that says it first, not ${first}`).toBe(true);
    expect(found, word).toContain(`w${i}`);
    words.forEach((other, j) => {
      expect(found, `${word} should find the notice that says ${other}`).toContain(`w${j}`);
    });
    expect(found).not.toContain('other-1');
  });
}

describe('synonym groups', () => {
  it('are well-formed: unique keys, two or more words, each of two characters or more, no word twice in a group', () => {
    const keys = SYNONYM_GROUPS.map((group) => group.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const group of SYNONYM_GROUPS) {
      expect(group.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(group.words.length, group.key).toBeGreaterThanOrEqual(2);
      expect(new Set(group.words).size, group.key).toBe(group.words.length);
      for (const word of group.words) expect([...word].length, `${group.key}: ${word}`).toBeGreaterThanOrEqual(2);
      // Spellings that differ only in punctuation or case are one word to search.
      const folded = group.words.map(compactText);
      expect(new Set(folded).size, `${group.key}: ${group.words.join(' / ')}`).toBe(folded.length);
    }
  });

  for (const group of SYNONYM_GROUPS) {
    it(`${group.key}: ${group.words.join(' / ')}`, () => {
      expectGroupFound(group.words);
    });
  }
});

describe('agency names', () => {
  it('give each alias one central body, except where a note says why', () => {
    const owners = new Map<string, string[]>();
    for (const agency of CENTRAL_AGENCIES) {
      for (const alias of agency.aliases) owners.set(alias, [...(owners.get(alias) ?? []), agency.name]);
    }
    for (const [alias, names] of owners) {
      if (names.length < 2) continue;
      const noted = CENTRAL_AGENCIES.filter((agency) => names.includes(agency.name)).every((agency) => agency.note !== undefined);
      expect(noted, `${alias} belongs to ${names.join(', ')}`).toBe(true);
    }
  });

  for (const agency of CENTRAL_AGENCIES.filter((a) => a.aliases.length > 0)) {
    it(`${agency.aliases.join(' / ')} find ${agency.name}`, () => {
      const index = new SearchIndex();
      index.addAll([
        { ...doc('full', '关于开展年度工作的通知', ['各有关单位：请做好工作。']), agencies: [agency.name] },
        doc('none', '关于举办培训班的通知', ['各有关单位：请按时参加。']),
      ]);
      for (const alias of agency.aliases) {
        const { hits } = index.search({ query: alias, limit: 5 });
        expect(hits.map((hit) => hit.id), alias).toEqual(['full']);
      }
    });
  }

  for (const body of AGENCY_BODY_TYPES) {
    it(`省${body.aliases.join(' / 省')} find 省${body.suffix}`, () => {
      const index = new SearchIndex();
      index.addAll([
        { ...doc('full', '关于开展年度工作的通知', ['各有关单位：请做好工作。']), agencies: [`广东省${body.suffix}`] },
        doc('none', '关于举办培训班的通知', ['各有关单位：请按时参加。']),
      ]);
      for (const alias of body.aliases) {
        expect(index.search({ query: `省${alias}`, limit: 5 }).hits.map((hit) => hit.id), alias).toEqual(['full']);
        expect(index.search({ query: `广东${alias}`, limit: 5 }).hits.map((hit) => hit.id), alias).toEqual(['full']);
      }
    });
  }
});

describe('other forms of a term', () => {
  it('replace one known word at a time and keep only the narrowest forms', () => {
    expect(formTexts('技改')).toContain('技术改造');
    // 国家发展和改革委员会 contains 发展和改革委员会: searching the longer finds nothing more.
    expect(formTexts('发改委')).not.toContain('国家发展和改革委员会');
    expect(formTexts('省工信厅')).toContain('省工业和信息化厅');
    expect(formTexts('没有同义词的词语')).toEqual([]);
  });

  it(`stay within ${MAX_FORMS} a term`, () => {
    for (const group of SYNONYM_GROUPS) for (const word of group.words) expect(otherForms(word).length).toBeLessThanOrEqual(MAX_FORMS);
  });
});
