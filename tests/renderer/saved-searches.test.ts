// Saved searches are read back from the library's settings entry by entry: a search saved
// by an older version (no client filter) still runs, and values of the wrong type are
// dropped rather than trusted.
import { describe, expect, it } from 'vitest';
import { NO_SEARCH_FILTERS } from '../../renderer/features/search/store.ts';
import { parseSavedSearches } from '../../renderer/features/search/saved-searches.ts';

describe('parseSavedSearches', () => {
  it('keeps the client filter of a saved search', () => {
    const [saved] = parseSavedSearches([
      { name: '绿源', query: '绿色', savedAt: '2018-12-10T10:00:00.000Z', filters: { category: '绿色制造', deadline: 'upcoming', clientId: 7 } },
    ]);
    expect(saved?.filters).toEqual({ ...NO_SEARCH_FILTERS, category: '绿色制造', deadline: 'upcoming', clientId: 7 });
  });

  it('reads a search saved before the client filter existed as one for every client', () => {
    const [saved] = parseSavedSearches([{ name: '旧', query: '304号', savedAt: '', filters: { province: '北京', yearFrom: 2018, yearTo: null, deadline: 'any' } }]);
    expect(saved?.filters).toEqual({ ...NO_SEARCH_FILTERS, province: '北京', yearFrom: 2018 });
  });

  it('drops values of the wrong type and entries without a name or query', () => {
    const parsed = parseSavedSearches([
      { name: '坏', query: 'x', savedAt: '', filters: { clientId: '7', yearFrom: '2018', deadline: 'soon' } },
      { name: 3, query: 'x' },
      { query: 'x' },
      '绿色',
    ]);
    expect(parsed).toEqual([{ name: '坏', query: 'x', savedAt: '', filters: NO_SEARCH_FILTERS }]);
  });

  it('reads anything that is not a list as no saved searches', () => {
    expect(parseSavedSearches(undefined)).toEqual([]);
    expect(parseSavedSearches({ name: 'x' })).toEqual([]);
  });
});
