// Extraction against the hand-made labels of every citation in the three bulletins
// (tests/labels/citation-labels.json): found with the right 文号, with the right relation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../shared/parse/index.ts';
import { citationKeysOf, findCitations, type Citation, type CitationRelation } from '../../../shared/relations/index.ts';
import { docNumberKey } from '../../../shared/text/normalize.ts';
import { BULLETIN_DIR } from '../../support/shared-inputs.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';

// Labels name the relation as the text does (依据, 印发, …): the app's words for the codes.
type Label = { title: string | null; docNumber: string | null; relation: string | null };
type Labels = { bulletins: { file: string; notices: { index: number; title: string; citations: Label[] }[] }[] };

const labels = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../labels/citation-labels.json'), 'utf8')) as Labels;

const RELATION_OF = new Map(Object.entries(codeWords.relations).map(([code, word]) => [word, code as CitationRelation]));

/** The code of a label's relation; a word the app does not know fails the test. */
function relationOf(label: Label): CitationRelation | null {
  if (label.relation === null) return null;
  const code = RELATION_OF.get(label.relation);
  if (!code) throw new Error(`unknown relation in the labels: ${label.relation}`);
  return code;
}

function sameDocument(label: Label, found: Citation): boolean {
  const keys = citationKeysOf(label.title, label.docNumber);
  return keys.some((key) => found.keys.includes(key));
}

function sameNumber(label: Label, found: Citation): boolean {
  if (label.docNumber === null) return found.docNumber === null;
  return found.docNumber !== null && docNumberKey(found.docNumber) === docNumberKey(label.docNumber);
}

describe('citations of the three bulletins', () => {
  const results = labels.bulletins.flatMap((bulletin) => {
    const notices = parseBulletin(readFileSync(resolve(BULLETIN_DIR, bulletin.file), 'utf8')).notices;
    return bulletin.notices.map((labelled) => {
      const notice = notices[labelled.index];
      if (!notice || notice.title !== labelled.title) throw new Error(`${bulletin.file}: notice ${labelled.index} is not ${labelled.title}`);
      return { labelled, found: findCitations(notice) };
    });
  });
  const all = results.flatMap(({ labelled, found }) => labelled.citations.map((label) => ({ label, match: found.find((f) => sameDocument(label, f)), notice: labelled.title })));

  it('labels a realistic number of citations', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('finds at least 98% of the citations with the right 文号', () => {
    const right = all.filter(({ label, match }) => match !== undefined && sameNumber(label, match));
    const missed = all.filter((entry) => !right.includes(entry)).map(({ label, notice }) => `${notice}: ${label.title ?? ''} ${label.docNumber ?? ''}`);
    expect(missed.length, missed.join("\n")).toBeLessThanOrEqual(Math.floor(all.length * 0.02));
  });

  it('reads the relation the text names for at least 95% of them', () => {
    const right = all.filter(({ label, match }) => match !== undefined && match.relation === relationOf(label));
    expect(right.length / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it('cites nothing that is not labelled (no forms, short names or stray brackets)', () => {
    const extra = results.flatMap(({ labelled, found }) =>
      found.filter((f) => !labelled.citations.some((label) => sameDocument(label, f))).map((f) => `${labelled.title}: ${f.title ?? ''} ${f.docNumber ?? ''}`),
    );
    expect(extra).toEqual([]);
  });
});
