// Saved searches are read back from the library's settings entry by entry: a search saved
// by an older version (one value per filter, no client filter) still runs as it did, and
// values of the wrong type are dropped rather than trusted.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../shared/search/index.ts';
import { parseSavedSearches, toSetting } from '../../../../renderer/features/search/saved-searches.ts';

describe('parseSavedSearches', () => {
  it('reads a search saved before the one filter vocabulary: single values, deadline any meaning no filter', () => {
    const [saved] = parseSavedSearches([
      { name: '绿源', query: '绿色', savedAt: '2018-12-10T10:00:00.000Z', filters: { category: '绿色制造', province: null, deadline: 'upcoming', clientId: 'c7' } },
    ]);
    expect(saved?.filters).toEqual({ categories: ['绿色制造'], deadline: 'upcoming', clientIds: ['c7'] });
  });

  it('reads a search saved before the client filter existed as one for every client', () => {
    const [saved] = parseSavedSearches([{ name: '旧', query: '304号', savedAt: '', filters: { province: '北京', yearFrom: 2018, yearTo: null, deadline: 'any' } }]);
    expect(saved?.filters).toEqual({ provinces: ['北京'], yearFrom: 2018 });
  });

  it('saves SearchFilters as they are and reads them back the same, deadline any meaning has a deadline', () => {
    const search = { name: '新', query: '绿色工厂', savedAt: '2026-12-03T09:00:00.000Z', filters: { categories: ['绿色制造'], provinces: ['北京'], clientIds: ['c3'], yearFrom: 2016, yearTo: 2018, deadline: 'any' as const } };
    expect(parseSavedSearches([toSetting(search)])).toEqual([search]);
  });

  it('drops values of the wrong type and entries without a name or query', () => {
    const parsed = parseSavedSearches([
      { name: '坏', query: 'x', savedAt: '', filters: { clientId: 7, yearFrom: '2018', deadline: 'soon' } },
      { name: 3, query: 'x' },
      { query: 'x' },
      '绿色',
    ]);
    expect(parsed).toEqual([{ name: '坏', query: 'x', savedAt: '', filters: NO_FILTERS }]);
  });

  it('reads anything that is not a list as no saved searches', () => {
    expect(parseSavedSearches(undefined)).toEqual([]);
    expect(parseSavedSearches({ name: 'x' })).toEqual([]);
  });
});
