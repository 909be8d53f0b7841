// Where one notice ends and the next begins in a document without a table of contents:
// a forwarded notice followed by the notice it forwards, a WeChat digest of several
// policies. A notice starts at a title with its 文号 or 主送机关 beside it; after the
// first, a start counts only once the notice before it is signed (its 落款 date) or,
// in a digest where nothing is signed, when the new title has a 文号 of its own.
import type { SourceLine } from '../lines.ts';
import { docNumberOnLine } from '../doc-number.ts';
import { isSalutation } from '../segment.ts';
import { agenciesOnLine, isSignatureDateLine } from '../signature.ts';
import { titleAt } from './head.ts';

// How far from a title its 文号 or salutation may stand.
const AFTER = 4;
const BEFORE = 3;

const BANNER_OR_MARK = /^(?:\S{2,40}?\s*(?:文件|公报|便函)|\d{6}|特急|加急|特提|平急|(?:绝密|机密|秘密)\S{0,8})$/;
// `附件`, `附件2`, `附件：` alone on a line: the label of what follows, not part of either notice.
const ATTACHMENT_LABEL = /^附\s*件\s*\d{0,2}\s*[:：]?$/;

function hasDocNumber(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(lines.length, to); j++) {
    const text = (lines[j]?.text ?? '').replace(/\s+签发人[:：].*$/, '');
    if (docNumberOnLine(text) !== null) return true;
  }
  return false;
}

function hasSalutation(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(lines.length, to); j++) if (isSalutation(lines[j]?.text ?? '')) return true;
  return false;
}

/** A 文号 right above the title (GB/T 9704 prints it under the banner, above the title). */
function hasDocAbove(lines: readonly SourceLine[], title: number): boolean {
  for (let j = title - 1; j >= Math.max(0, title - BEFORE); j--) {
    const text = lines[j]?.text ?? '';
    if (docNumberOnLine(text.replace(/\s+签发人[:：].*$/, '')) !== null) return true;
    if (!BANNER_OR_MARK.test(text)) return false;
  }
  return false;
}

/** Head lines above a title that belong to it: 文号, 发文机关标志, marks, an attachment label. */
function headAbove(lines: readonly SourceLine[], title: number, floor: number): number {
  let start = title;
  while (start - 1 > floor) {
    const text = lines[start - 1]?.text ?? '';
    const own = docNumberOnLine(text.replace(/\s+签发人[:：].*$/, '')) !== null || BANNER_OR_MARK.test(text) || (agenciesOnLine(text) !== null && start === title);
    if (!own && !ATTACHMENT_LABEL.test(text)) break;
    start--;
  }
  return start;
}

/** What marks a title at line `i` (of `n` lines) as a notice's own: its 文号 or its 主送机关 beside it. */
function ownMarks(lines: readonly SourceLine[], i: number, n: number): { ownDoc: boolean; ownSalutation: boolean } {
  return {
    ownDoc: hasDocNumber(lines, i + n, i + n + AFTER) || hasDocAbove(lines, i),
    ownSalutation: hasSalutation(lines, i + n, i + n + AFTER),
  };
}

/**
 * Where the first notice's head starts (its 文号 and banner above the title included),
 * or -1: for a text whose notice comes after an introduction of its own (a WeChat
 * article's lead: `近日，…印发《…》，全文如下：`).
 */
export function firstNoticeStart(lines: readonly SourceLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const n = titleAt(lines, i);
    if (n === 0) continue;
    const { ownDoc, ownSalutation } = ownMarks(lines, i, n);
    if (ownDoc || ownSalutation) return headAbove(lines, i, -1);
  }
  return -1;
}

/** The lines of each notice; one group when nothing splits the document. */
export function splitDocument(lines: readonly SourceLine[]): SourceLine[][] {
  const starts: number[] = [];
  let signedSince = false;
  let bodySince = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const n = titleAt(lines, i);
    if (n > 0) {
      const { ownDoc, ownSalutation } = ownMarks(lines, i, n);
      if (ownDoc || ownSalutation) {
        const first = starts.length === 0;
        if (first || signedSince || (ownDoc && bodySince >= 2)) {
          const previous = starts[starts.length - 1] ?? -1;
          starts.push(headAbove(lines, i, previous));
          signedSince = false;
          bodySince = 0;
          i += n - 1;
          continue;
        }
      }
    }
    if (isSignatureDateLine(text)) signedSince = true;
    if (text.length > 30) bodySince++;
  }
  if (starts.length <= 1) return [[...lines]];
  // Above the first notice's head: the digest's own heading and byline, no notice's.
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).filter((line) => !ATTACHMENT_LABEL.test(line.text)));
}
