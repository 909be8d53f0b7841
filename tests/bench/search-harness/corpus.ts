// The search benchmark's corpus (search-corpus.ts) as a library holds it: the library
// merges a notice printed again (same 文号, or same title and date) into the first, so
// the notices it would merge are left out and the next ones of the same generator taken
// instead, until there are `size` distinct notices. Ids are renumbered by position, the
// wire names notices by their 1-based positions, and the page maps those to the ids the
// library gives.
import { matchKeys } from '../../../renderer/data/library/notice-record.ts';
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { SearchDoc } from '../../../shared/search/index.ts';
import { corpusNoticeId, generateCorpus, type Corpus } from '../search-corpus.ts';
import { generateQueries } from '../search-queries.ts';
import type { WireCorpus, WireQuery } from './wire.ts';

/** Over-generation: about 5% of the generated notices duplicate an earlier one at 50,000. */
const SPARE = 1.15;

function libraryKeys(doc: SearchDoc): string[] {
  const { docKey, titleDateKey } = matchKeys(doc);
  return docKey ? [`d:${docKey}`, `t:${titleDateKey}`] : [`t:${titleDateKey}`];
}

/** `size` notices none of which the library would merge into another, with the ids of positions 1..size. */
export function libraryCorpus(size: number): Corpus {
  const generated = generateCorpus(Math.ceil(size * SPARE));
  const seen = new Set<string>();
  const renumbered = new Map<NoticeId, NoticeId>();
  const docs: SearchDoc[] = [];
  for (const doc of generated.docs) {
    if (docs.length === size) break;
    const keys = libraryKeys(doc);
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    const id = corpusNoticeId(docs.length + 1);
    renumbered.set(doc.id, id);
    docs.push({ ...doc, id });
  }
  if (docs.length < size) throw new Error(`only ${docs.length} distinct notices generated for ${size}`);
  const tags = generated.tags.flatMap((a) => {
    const noticeId = renumbered.get(a.noticeId);
    return noticeId === undefined ? [] : [{ clientId: a.clientId, noticeId }];
  });
  return { docs, clients: generated.clients, tags };
}

/** Each notice's 1-based position in the corpus, as the wire names it. */
function positions(corpus: Corpus): (id: NoticeId) => number {
  const at = new Map(corpus.docs.map((d, i) => [d.id, i + 1]));
  return (id) => {
    const position = at.get(id);
    if (position === undefined) throw new Error(`notice ${id} is not in the corpus`);
    return position;
  };
}

export function toWire(corpus: Corpus): WireCorpus {
  const positionOf = positions(corpus);
  const paragraphs: string[] = [];
  const paragraphIndex = new Map<string, number>();
  const indexOf = (paragraph: string): number => {
    let i = paragraphIndex.get(paragraph);
    if (i === undefined) {
      i = paragraphs.push(paragraph) - 1;
      paragraphIndex.set(paragraph, i);
    }
    return i;
  };
  return {
    paragraphs,
    notices: corpus.docs.map((d) => ({
      title: d.title,
      docNumber: d.docNumber,
      agencies: [...d.agencies],
      category: d.category,
      date: d.date,
      deadline: d.deadline,
      body: d.body.map(indexOf),
    })),
    clients: corpus.clients.map((c) => ({
      name: c.name,
      qualifications: [...c.qualifications],
      notices: corpus.tags.filter((a) => a.clientId === c.id).map((a) => positionOf(a.noticeId)),
    })),
  };
}

/** `perKind` queries of every kind, with the notices that answer each. */
export function wireQueries(corpus: Corpus, perKind: number): WireQuery[] {
  const positionOf = positions(corpus);
  return generateQueries(corpus, perKind).map((q) => ({ kind: q.kind, query: q.query, relevant: [...q.relevant].map(positionOf) }));
}
