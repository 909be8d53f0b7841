// The 搜索 box must not search while a Chinese input method is composing: pinyin letters
// typed on the way to 绿色 are not a query. It commits the composed text once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../../../renderer/features/search/SearchBox.tsx';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { useSearch } from '../../../../renderer/features/search/store.ts';
import { fire, getByLabel, getButton, render, settle, typeInto, type Rendered } from '../../../support/dom.tsx';

let view: Rendered;
let input: HTMLInputElement;
let committed: string[];
let stopWatching: () => void;

beforeEach(async () => {
  useSearch.setState({ query: '' });
  useNavigation.setState({ screen: 'library', readerStack: [] });
  committed = [];
  stopWatching = useSearch.subscribe((state, previous) => {
    if (state.query !== previous.query) committed.push(state.query);
  });
  view = await render(<SearchBox />);
  input = getByLabel<HTMLInputElement>(view.container, '搜索');
});

afterEach(async () => {
  stopWatching();
  await view.unmount();
});

describe('搜索 box', () => {
  it('is a search field named 搜索', () => {
    expect(input.type).toBe('search');
    expect(input.closest('[role="search"]')).not.toBeNull();
  });

  it('commits nothing while an input method composes, then the composed text once', async () => {
    await fire(input, new CompositionEvent('compositionstart', { bubbles: true }));
    await typeInto(input, 'l', { isComposing: true });
    await typeInto(input, 'lv', { isComposing: true });
    await typeInto(input, 'lvse', { isComposing: true });
    expect(committed).toEqual([]);
    expect(useSearch.getState().query).toBe('');
    expect(input.value).toBe('lvse');

    await typeInto(input, '绿色', { isComposing: true });
    expect(committed).toEqual([]);
    await fire(input, new CompositionEvent('compositionend', { bubbles: true, data: '绿色' }));

    expect(committed).toEqual(['绿色']);
    expect(useNavigation.getState().screen).toBe('search');
  });

  it('also holds back when only the event says it is composing (no compositionstart seen)', async () => {
    await typeInto(input, 'zhizao', { isComposing: true });
    expect(committed).toEqual([]);
  });

  it('searches on every keystroke when no input method is composing', async () => {
    await typeInto(input, '3');
    await typeInto(input, '30');
    await typeInto(input, '304');
    expect(committed).toEqual(['3', '30', '304']);
  });

  it('Esc and the clear button empty the query', async () => {
    await typeInto(input, '绿色制造');
    await fire(input, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(useSearch.getState().query).toBe('');
    expect(input.value).toBe('');

    await typeInto(input, '电子营业执照');
    await fire(getButton(view.container, '清除搜索'), new MouseEvent('click', { bubbles: true }));
    expect(useSearch.getState().query).toBe('');
  });

  it('shows a query set from elsewhere (a saved search)', async () => {
    await settle(() => useSearch.getState().apply('lszz', useSearch.getState().filters));
    expect(input.value).toBe('lszz');
  });
});
