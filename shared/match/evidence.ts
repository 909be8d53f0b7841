// Evidence: the sentence that proves an extracted item, and where it stands, so the
// reader can scroll to it and highlight it. Notices are split into sentences once.

/** Where a sentence stands: a body paragraph (0-based), or the title or the agencies line. */
export type EvidencePlace = number | 'title' | 'agencies';

export type Evidence = {
  /** The sentence, whole, or cut around the words that matter when it is very long. */
  text: string;
  place: EvidencePlace;
};

export type Sentence = Evidence & {
  /** The sentence untrimmed, for searching. */
  full: string;
};

/** The most a piece of evidence shows: a reason chip's tooltip, not a paragraph. */
const MAX_EVIDENCE = 90;

// A sentence ends at 。！？； and at a line's end; a list item's ； ends it too.
const SENTENCE_END = /[^。！？；;!?]+[。！？；;!?]*/g;

/** The title as one sentence, then every body sentence in reading order. */
export function sentencesOf(notice: { title: string; agencies: readonly string[]; body: readonly string[] }): Sentence[] {
  const sentences: Sentence[] = [{ text: notice.title, full: notice.title, place: 'title' }];
  if (notice.agencies.length > 0) {
    const line = notice.agencies.join('、');
    sentences.push({ text: line, full: line, place: 'agencies' });
  }
  notice.body.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(SENTENCE_END)) {
      const full = match[0].trim();
      if (full !== '') sentences.push({ text: full, full, place: index });
    }
  });
  return sentences;
}

/** The evidence of `sentence` for the words at `at`: the sentence, cut to MAX_EVIDENCE around them. */
export function evidenceAt(sentence: Sentence, at: number, length: number): Evidence {
  const { full } = sentence;
  if (full.length <= MAX_EVIDENCE) return { text: full, place: sentence.place };
  const start = Math.max(0, Math.min(at - Math.floor((MAX_EVIDENCE - length) / 2), full.length - MAX_EVIDENCE));
  const end = Math.min(full.length, start + MAX_EVIDENCE);
  return { text: `${start > 0 ? '…' : ''}${full.slice(start, end)}${end < full.length ? '…' : ''}`, place: sentence.place };
}

/** The first sentence holding `word`, with its evidence. */
export function findWord(sentences: readonly Sentence[], word: string): Evidence | null {
  for (const sentence of sentences) {
    const at = sentence.full.indexOf(word);
    if (at >= 0) return evidenceAt(sentence, at, word.length);
  }
  return null;
}
