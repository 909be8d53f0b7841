// One share of an index build spread over several threads: a thread turns a page of
// documents into a segment of their features at the ordinals the page will have in the
// index, and the index adopts the pages in order (SearchIndex.adopt). Features are most
// of the work of a build (every character of every body), and pages are independent.
import { documentFeatures } from './doc-features.ts';
import { SegmentBuilder, type Segment } from './postings.ts';
import type { SearchDoc } from './types.ts';

export class PageBuilder {
  private readonly builder = new SegmentBuilder();

  /** `base`: the ordinal of the page's first place. */
  constructor(readonly base: number) {}

  /** The document at `position` in the page (positions ascending; a skipped one stays empty). */
  add(position: number, doc: SearchDoc): void {
    this.builder.begin(this.base + position);
    documentFeatures(doc, this.builder);
  }

  finish(): Segment {
    return this.builder.freeze();
  }
}
