// Queries for the search benchmark, made from random notices of the generated corpus,
// and for each the set of notices that truly answer it (brute force over the corpus,
// by what the query means, not by how the index works): a title fragment is answered
// by every notice whose title contains it, a typo or traditional or pinyin rendering of
// a fragment by the notices containing the original fragment, a 文号 by the notices
// with that 文号, a client's name by the notices tagged to that client.
import { Converter } from 'opencc-js/cn2t';
import { pinyin } from 'pinyin-pro';
import type { NoticeId } from '../../shared/model/ids.ts';
import { docNumberKey } from '../../shared/text/normalize.ts';
import { docNumberParts, type SearchDoc } from '../../shared/search/index.ts';
import { type Corpus, Random } from './search-corpus.ts';

export const QUERY_KINDS = [
  'title',
  'body',
  'multi-term',
  '文号 exact',
  '文号 sloppy',
  'agency',
  'client',
  'typo',
  'traditional',
  'full-width',
  'punctuation',
  'pinyin',
  'initials',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export type BenchQuery = { kind: QueryKind; query: string; relevant: Set<NoticeId> };

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Letters and digits only, lower case, widths folded: how "contains" is judged. */
function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const DIGIT = /[0-9]/;

/**
 * `hay` contains `needle`, numbers counting whole: 贯标100 is not in 贯标1000, unless the
 * query ends in the number while it is being typed (`open`: 计划2 is in 计划2018).
 */
function holds(hay: string, needle: string, open: boolean): boolean {
  const startsWithDigit = DIGIT.test(needle[0] ?? '');
  const endsWithDigit = DIGIT.test(needle[needle.length - 1] ?? '');
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (startsWithDigit && DIGIT.test(hay[at - 1] ?? '')) continue;
    if (endsWithDigit && !open && DIGIT.test(hay[at + needle.length] ?? '')) continue;
    return true;
  }
  return false;
}

/** A query still being typed ends in a letter or digit (nothing after it). */
function isOpen(query: string): boolean {
  return /[0-9a-z]$/i.test(query.normalize('NFKC'));
}

function hanRuns(text: string): string[] {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

/** A random run of `min`…`max` Chinese characters from `text`, or null. */
function fragment(text: string, min: number, max: number, random: Random): string | null {
  const runs = hanRuns(text).filter((run) => run.length >= min);
  if (runs.length === 0) return null;
  const run = random.pick(runs);
  const length = random.int(min, Math.min(max, run.length));
  const start = random.int(0, run.length - length);
  return run.slice(start, start + length);
}

function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

class Truth {
  private readonly titles: string[];
  /** Title, 文号, agencies and category of each notice, compacted and joined. */
  private readonly shortText: string[];
  private readonly texts = new Map<string, string>();

  constructor(private readonly corpus: Corpus) {
    this.titles = corpus.docs.map((doc) => compact(doc.title));
    this.shortText = corpus.docs.map((doc) => [doc.title, doc.docNumber ?? '', ...doc.agencies, doc.category].map(compact).join('\u0000'));
  }

  private paragraph(p: string): string {
    let c = this.texts.get(p);
    if (c === undefined) this.texts.set(p, (c = compact(p)));
    return c;
  }

  inTitle(fragmentText: string, open = false): Set<NoticeId> {
    const f = compact(fragmentText);
    const out = new Set<NoticeId>();
    this.corpus.docs.forEach((doc, i) => {
      if (holds(this.titles[i] ?? '', f, open)) out.add(doc.id);
    });
    return out;
  }

  /** Notices holding every term in some field (title, 文号, agencies, category, body, tagged clients). */
  everywhere(terms: string[], clientText: Map<NoticeId, string>, open = false): Set<NoticeId> {
    const compacted = terms.map(compact);
    const out = new Set<NoticeId>();
    this.corpus.docs.forEach((doc, i) => {
      const short = this.shortText[i] ?? '';
      const client = clientText.get(doc.id) ?? '';
      const found = (c: string, last: boolean): boolean => {
        const o = open && last;
        return holds(short, c, o) || holds(client, c, o) || doc.body.some((p) => holds(this.paragraph(p), c, o));
      };
      if (compacted.every((c, k) => found(c, k === compacted.length - 1))) out.add(doc.id);
    });
    return out;
  }
}

export function generateQueries(corpus: Corpus, perKind: number, seed = 7): BenchQuery[] {
  const random = new Random(seed);
  const truth = new Truth(corpus);
  const docs = corpus.docs;
  const clientText = new Map<NoticeId, string>();
  const clientById = new Map(corpus.clients.map((c) => [c.id, c]));
  for (const a of corpus.tags) {
    const client = clientById.get(a.clientId);
    if (client) clientText.set(a.noticeId, (clientText.get(a.noticeId) ?? '') + compact(client.name + client.qualifications.join('')));
  }
  const everywhere = (terms: string[]): Set<NoticeId> => truth.everywhere(terms, clientText);

  const makers: Record<QueryKind, (doc: SearchDoc) => BenchQuery | null> = {
    title: (doc) => {
      const f = fragment(doc.title, 4, 8, random);
      return f ? { kind: 'title', query: f, relevant: truth.inTitle(f) } : null;
    },
    body: (doc) => {
      const f = fragment(random.pick(doc.body), 6, 10, random);
      return f ? { kind: 'body', query: f, relevant: everywhere([f]) } : null;
    },
    'multi-term': (doc) => {
      const a = fragment(doc.title, 2, 4, random);
      const b = fragment(random.pick(doc.agencies.length > 0 ? doc.agencies : [doc.category]), 2, 4, random);
      const c = fragment(random.pick(doc.body), 2, 3, random);
      if (!a || !b || !c) return null;
      const terms = random.chance(0.5) ? [a, b, c] : [a, c];
      return { kind: 'multi-term', query: terms.join(' '), relevant: everywhere(terms) };
    },
    '文号 exact': (doc) => {
      if (!doc.docNumber) return null;
      const query = doc.docNumber.replace(/[〔［（([]/, '[').replace(/[〕］）)\]]/, ']');
      const key = docNumberKey(doc.docNumber);
      return { kind: '文号 exact', query, relevant: new Set(docs.filter((d) => d.docNumber && docNumberKey(d.docNumber) === key).map((d) => d.id)) };
    },
    '文号 sloppy': (doc) => {
      const parts = doc.docNumber ? docNumberParts(doc.docNumber) : null;
      if (!parts) return null;
      const same = (d: SearchDoc): boolean => {
        const p = d.docNumber ? docNumberParts(d.docNumber) : null;
        return !!p && p.code === parts.code && p.year === parts.year && p.number === parts.number;
      };
      return { kind: '文号 sloppy', query: `${parts.code}${parts.year ?? ''} ${parts.number}`, relevant: new Set(docs.filter(same).map((d) => d.id)) };
    },
    agency: (doc) => {
      const agency = doc.agencies.length > 0 ? random.pick(doc.agencies) : null;
      return agency ? { kind: 'agency', query: agency, relevant: everywhere([agency]) } : null;
    },
    client: () => {
      const client = random.pick(corpus.clients);
      const byName = random.chance(0.5);
      const query = byName ? client.name : (client.qualifications[0] ?? client.name);
      const ids = corpus.clients.filter((c) => (byName ? c.name === query : c.qualifications.includes(query))).map((c) => c.id);
      const tagged = new Set(corpus.tags.filter((a) => ids.includes(a.clientId)).map((a) => a.noticeId));
      // Text that names the client (or tag) answers the query too.
      for (const d of everywhere([query])) tagged.add(d);
      return tagged.size > 0 ? { kind: 'client', query, relevant: tagged } : null;
    },
    typo: (doc) => {
      const f = fragment(doc.title, 5, 8, random);
      if (!f) return null;
      const at = random.int(1, f.length - 2);
      const other = fragment(random.pick(docs).title, 1, 1, random) ?? '的';
      const query = random.chance(0.5) ? f.slice(0, at) + f.slice(at + 1) : f.slice(0, at) + other + f.slice(at + 1);
      return query === f ? null : { kind: 'typo', query, relevant: truth.inTitle(f) };
    },
    traditional: (doc) => {
      const f = fragment(doc.title, 4, 8, random);
      if (!f) return null;
      const query = toTraditional(f);
      return query === f ? null : { kind: 'traditional', query, relevant: truth.inTitle(f) };
    },
    'full-width': (doc) => {
      if (!doc.docNumber) return null;
      const key = docNumberKey(doc.docNumber);
      return {
        kind: 'full-width',
        query: fullWidth(doc.docNumber),
        relevant: new Set(docs.filter((d) => d.docNumber && docNumberKey(d.docNumber) === key).map((d) => d.id)),
      };
    },
    punctuation: (doc) => {
      const m = /[\p{Script=Han}\d]{2,6}[《“（][^》”）]{2,12}[》”）]?/u.exec(doc.title);
      if (!m) return null;
      const query = m[0].replace(/[《》]/g, (ch) => (ch === '《' ? '<' : '>')).replace(/[“”]/g, '"').replace(/（/g, '(').replace(/）/g, ')');
      return { kind: 'punctuation', query, relevant: truth.inTitle(m[0], isOpen(query)) };
    },
    pinyin: (doc) => {
      const f = fragment(doc.title, 3, 5, random);
      if (!f) return null;
      const syllables = pinyin(f, { toneType: 'none', type: 'array', v: true });
      const query = syllables.reduce((q, s, i) => q + (i > 0 && i % 2 === 0 ? ' ' : '') + s, '');
      return { kind: 'pinyin', query, relevant: truth.inTitle(f) };
    },
    initials: (doc) => {
      const f = fragment(doc.title, 4, 6, random);
      if (!f) return null;
      return { kind: 'initials', query: pinyin(f, { pattern: 'first', toneType: 'none', type: 'array' }).join(''), relevant: truth.inTitle(f) };
    },
  };

  const queries: BenchQuery[] = [];
  for (const kind of QUERY_KINDS) {
    let made = 0;
    for (let attempt = 0; made < perKind && attempt < perKind * 50; attempt++) {
      const q = makers[kind](random.pick(docs));
      if (!q || q.relevant.size === 0) continue;
      queries.push(q);
      made += 1;
    }
  }
  return queries;
}
