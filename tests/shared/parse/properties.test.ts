// Property tests (fast-check) over the parser: whatever text arrives (arbitrary strings,
// arbitrary edits of the real bulletins: lines cut, doubled, swapped, characters
// inserted), parseDocument never throws, never returns a notice without a title, and
// its time stays proportional to the text. Failures print the shrunk input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parse/index.ts';
import { BULLETIN_000, BULLETIN_002, BULLETIN_003, readBulletin } from '../../support/bulletins.ts';

const BULLETINS = [BULLETIN_000, BULLETIN_002, BULLETIN_003].map(readBulletin);
// Generous: the parser reads about 10 MB/s here; this only catches a run-away (a hang or a
// quadratic blow-up), not a slow machine. Time goals live in `npm run bench -- parse`.
const MS_PER_MB = 3000;
const BASE_MS = 250;

/** Parses, checks the result's shape, and returns how long it took. */
function parseChecked(text: string): void {
  const started = performance.now();
  const parsed = parseDocument(text);
  const elapsed = performance.now() - started;
  for (const notice of parsed.notices) expect(notice.title.trim(), JSON.stringify(notice).slice(0, 200)).not.toBe('');
  if (parsed.kind === 'not-notice') expect(parsed.reading).toEqual({ kind: 'refused', refusal: parsed.refusal });
  const megabytes = (text.length * 3) / 1024 / 1024;
  expect(elapsed).toBeLessThan(BASE_MS + MS_PER_MB * megabytes);
}

// Characters the parser cares about, so that random text hits its rules: brackets of 文号,
// section markers, 关于/通知, dates, colons, line breaks, white space of every width.
const PARSER_ALPHABET = [...'关于的通知意见办法〔〕（）()[]【】《》号年月日第一二三四五六七八九十0123456789：:，。、；\n\r\t 　各省市局厅部委附件联系人电话申报截止相关链接http://www.gov.cn/快讯期目录'];
const parserText = fc.array(fc.constantFrom(...PARSER_ALPHABET), { maxLength: 3000 }).map((chars) => chars.join(''));

type Edit =
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'double-lines'; at: number; count: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cut-chars'; at: number; count: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('double-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(parserText, fc.string({ maxLength: 200 })) }),
  fc.record({ kind: fc.constant('cut-chars' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 500 }) }),
);

function applyEdit(text: string, change: Edit): string {
  const lines = text.split('\n');
  switch (change.kind) {
    case 'delete-lines': {
      const at = change.at % lines.length;
      lines.splice(at, change.count);
      return lines.join('\n');
    }
    case 'double-lines': {
      const at = change.at % lines.length;
      lines.splice(at, 0, ...lines.slice(at, at + change.count));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = change.a % lines.length;
      const b = change.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'cut-chars': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.count);
    }
  }
}

describe('parseDocument, property-tested', () => {
  it('takes arbitrary strings (any code points) without throwing or titleless notices', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), parseChecked), { numRuns: 300 });
  });

  it('takes text made of what its rules look for', () => {
    fc.assert(fc.property(parserText, parseChecked), { numRuns: 300 });
  });

  it('takes arbitrary edits of the three real bulletins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BULLETINS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
        parseChecked(edits.reduce(applyEdit, BULLETINS[which] ?? ''));
      }),
      { numRuns: 150 },
    );
  });
});
