// Changes come in bursts (an import saves file after file, a restore table after table):
// the workers that follow the library are asked again once, after a quiet moment.
import type { ChangeFeed } from '../data/library/index.ts';

/** How long the library must be quiet before a burst counts as over. */
export const CHANGE_SETTLE_MS = 150;

/** Calls `listener` once after each burst of changes; returns the function that stops it. */
export function onSettledChanges(feed: Pick<ChangeFeed, 'subscribe'>, listener: () => void, settleMs: number = CHANGE_SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = feed.subscribe(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      listener();
    }, settleMs);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    stop();
  };
}
