// PDF link annotations are printed at the end of their page, not where the link is.
// Each annotated URL goes to a notice on that page: not at all when it is a notice's
// 相关链接 already, else to the notice whose 相关链接 is on the same website (an
// attachment's download link), else to the notice the annotation fell into.
import type { ParsedNotice } from '../model/notice.ts';
import type { Annotation } from './furniture.ts';
import { urlHost } from './patterns.ts';

/** A parsed notice and the input line numbers it spans. */
export type PlacedNotice = { notice: ParsedNotice; from: number; to: number };

// How many notices before the one containing an annotation may still share its page.
const PAGE_REACH = 2;

export function assignAnnotationLinks(placed: readonly PlacedNotice[], annotations: readonly Annotation[]): void {
  const ownUrls = new Set(placed.map((p) => p.notice.url).filter((u): u is string => u !== null));
  for (const annotation of annotations) {
    let inside = -1;
    for (let i = 0; i < placed.length; i++) if ((placed[i]?.from ?? Infinity) <= annotation.at) inside = i;
    if (inside < 0) continue;
    for (const url of annotation.urls) {
      if (ownUrls.has(url)) continue;
      let target = placed[inside];
      for (let i = inside; i >= Math.max(0, inside - PAGE_REACH); i--) {
        const candidate = placed[i];
        if (candidate?.notice.url && urlHost(candidate.notice.url) === urlHost(url)) {
          target = candidate;
          break;
        }
      }
      if (target && !target.notice.links.includes(url)) target.notice.links.push(url);
    }
  }
}
