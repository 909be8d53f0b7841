// A text input that reports its value only when it is final: while a Chinese input
// method is composing (拼音 letters that are not yet characters), nothing is reported;
// the composed text is reported once, at compositionend. Without this every pinyin
// letter would fire a search for "l", "lv", "lvs"…
import { useCallback, useState, type ChangeEvent, type CompositionEvent } from 'react';

type Handlers = {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onCompositionStart: () => void;
  onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
};

/**
 * `commit` is called with every final value. `external` is the committed value held
 * elsewhere (a store): when it changes from outside (a saved search is run, the box is
 * cleared), the input shows it.
 */
export function useImeSafeInput(external: string, commit: (value: string) => void): Handlers & { setValue: (value: string) => void } {
  const [value, setValue] = useState(external);
  const [seenExternal, setSeenExternal] = useState(external);
  const [composing, setComposing] = useState(false);

  if (external !== seenExternal) {
    // The store changed under us: show its value (the render-time state update React
    // recommends over an effect for derived state).
    setSeenExternal(external);
    if (external !== value && !composing) setValue(external);
  }

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.target.value;
      setValue(next);
      const native = event.nativeEvent as Event & { isComposing?: boolean };
      if (composing || native.isComposing === true) return;
      setSeenExternal(next);
      commit(next);
    },
    [commit, composing],
  );

  const onCompositionStart = useCallback(() => setComposing(true), []);

  const onCompositionEnd = useCallback(
    (event: CompositionEvent<HTMLInputElement>) => {
      setComposing(false);
      const next = event.currentTarget.value;
      setValue(next);
      setSeenExternal(next);
      commit(next);
    },
    [commit],
  );

  return { value, setValue, onChange, onCompositionStart, onCompositionEnd };
}
