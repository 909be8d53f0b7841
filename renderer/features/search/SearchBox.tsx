// The 搜索 box in the toolbar. IME-safe: the query is committed only when the input
// method is not composing. Typing a query shows the 搜索 screen; Esc clears.
import { useShallow } from 'zustand/react/shallow';
import { useCallback, useEffect, useRef } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon, useImeSafeInput } from '../../ui/index.ts';
import { useNavigation } from '../../core/index.ts';
import { useSearch } from './store.ts';

export function SearchBox() {
  const { query, setQuery, focusRequest } = useSearch(useShallow((state) => ({ query: state.query, setQuery: state.setQuery, focusRequest: state.focusRequest })));
  const inputRef = useRef<HTMLInputElement>(null);

  const commit = useCallback(
    (value: string) => {
      setQuery(value);
      const nav = useNavigation.getState();
      if (value.trim() !== '' && (nav.screen !== 'search' || nav.readerStack.length > 0)) nav.navigate('search');
    },
    [setQuery],
  );
  const input = useImeSafeInput(query, commit);

  useEffect(() => {
    if (focusRequest === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  return (
    <div className="search-box" role="search">
      <Icon name="search" />
      <input
        ref={inputRef}
        type="search"
        aria-label={zh.toolbar.search}
        placeholder={zh.toolbar.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        value={input.value}
        onChange={input.onChange}
        onCompositionStart={input.onCompositionStart}
        onCompositionEnd={input.onCompositionEnd}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Escape' && input.value !== '') {
            event.preventDefault();
            input.setValue('');
            commit('');
          } else if (event.key === 'Enter') {
            commit(input.value);
            useNavigation.getState().navigate('search');
          }
        }}
      />
      {input.value !== '' ? (
        <Button
          className="search-clear"
          variant="ghost"
          size="sm"
          icon="close"
          aria-label={zh.toolbar.clearSearch}
          onClick={() => {
            input.setValue('');
            commit('');
            inputRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
