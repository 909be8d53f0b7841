// The newest answer wins. Screens ask for things that arrive later (the search worker,
// the library, the bridge); when what they ask changes before an answer comes, the
// older answer must never replace the newer one, nor land in an unmounted component.
// This is that rule written once: `task` runs whenever `deps` change (after `delayMs`,
// for work worth doing only once edits settle; again whenever `refreshKey` changes, for
// data that changed under the same question), and its outcome is delivered only while it
// is still the latest run.
import { useEffect, useEffectEvent, type DependencyList } from 'react';

export type AsyncHandlers<T> = {
  onResult: (value: T) => void;
  onError: (error: unknown) => void;
};

export type AsyncOptions = {
  /** Wait this long after the last change before running (default: run at once). */
  delayMs?: number;
  /** Run again when this changes, though the task does not read it (the library changed). */
  refreshKey?: unknown;
};

/**
 * Runs `task` when `deps` change; `task` returning null means there is nothing to ask.
 * `deps` are what the task reads, as for useEffect (lint checks them: see
 * eslint.config.mjs, additionalHooks).
 */
export function useAsyncResult<T>(task: () => Promise<T> | null, deps: DependencyList, handlers: AsyncHandlers<T>, options: AsyncOptions = {}): void {
  const { delayMs = 0, refreshKey } = options;
  const run = useEffectEvent(task);
  const deliver = useEffectEvent(handlers.onResult);
  const fail = useEffectEvent(handlers.onError);
  useEffect(
    () => {
      let latest = true;
      const start = (): void => {
        run()?.then(
          (value) => {
            if (latest) deliver(value);
          },
          (error: unknown) => {
            if (latest) fail(error);
          },
        );
      };
      const timer = delayMs > 0 ? setTimeout(start, delayMs) : null;
      if (timer === null) start();
      return () => {
        latest = false;
        if (timer !== null) clearTimeout(timer);
      };
    },
    // The caller's deps decide when the task runs (checked at the call site).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [...deps, delayMs, refreshKey],
  );
}
