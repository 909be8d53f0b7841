// The values the search filters offer (categories, provinces, agencies, years in the
// library), from an unfiltered browse; asked again when the library changes.
import { useBrowse } from './useBrowse.ts';
import { NO_FILTERS, type Facets, type SearchSort } from '../../../shared/search/index.ts';

const ANY_SORT: SearchSort = { key: 'date', direction: 'desc' };

export function useFacetValues(): Facets | null {
  return useBrowse(NO_FILTERS, ANY_SORT, 'facet-values')?.facets ?? null;
}
