// Titles printed in 《》 inside a sentence, with where they stand. Nested brackets are
// kept whole (《关于印发《X》的通知》 is one title), so are the <> or 〈〉 some agencies
// print inside (《科技部关于印发<国家…指引>的通知》).

export type BracketedTitle = {
  /** The text inside the outer 《》. */
  title: string;
  /** Index of 《 in the sentence. */
  start: number;
  /** Index just after 》. */
  end: number;
};

/** Longer than any real title: an unclosed 《 must not swallow the paragraph. */
const MAX_TITLE = 160;

export function bracketedTitles(sentence: string): BracketedTitle[] {
  const found: BracketedTitle[] = [];
  let at = sentence.indexOf('《');
  while (at >= 0) {
    let depth = 0;
    let close = -1;
    for (let i = at; i < sentence.length && i - at <= MAX_TITLE; i++) {
      const ch = sentence.charAt(i);
      if (ch === '《') depth++;
      else if (ch === '》') {
        depth--;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close < 0) {
      at = sentence.indexOf('《', at + 1);
      continue;
    }
    const title = sentence.slice(at + 1, close).trim();
    if (title.length >= 2) found.push({ title, start: at, end: close + 1 });
    at = sentence.indexOf('《', close + 1);
  }
  return found;
}
