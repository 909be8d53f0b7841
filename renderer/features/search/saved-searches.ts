// Saved searches live in the library's settings (key `savedSearches`), so a backup
// carries them and a restore brings them back. Values are checked when read: a setting
// written by another version is skipped entry by entry, never trusted blindly.
import type { SettingValue } from '../../../shared/model/library.ts';
import { getSetting, putSetting, type LibraryDb } from '../../data/library/index.ts';
import { NO_FILTERS, isDeadlineFilter, isValidityFilter, type SearchFilters } from '../../../shared/search/index.ts';

export const SAVED_SEARCHES_KEY = 'savedSearches';

export type SavedSearch = { name: string; query: string; filters: SearchFilters; savedAt: string };

export async function loadSavedSearches(db: LibraryDb): Promise<SavedSearch[]> {
  return parseSavedSearches(await getSetting(db, SAVED_SEARCHES_KEY));
}

/** Saves (or, under the same name, replaces) a search; newest first. */
export async function saveSearch(db: LibraryDb, search: SavedSearch): Promise<void> {
  const others = (await loadSavedSearches(db)).filter((saved) => saved.name !== search.name);
  await putSetting(db, SAVED_SEARCHES_KEY, [search, ...others].map(toSetting));
}

export async function deleteSavedSearch(db: LibraryDb, name: string): Promise<void> {
  const kept = (await loadSavedSearches(db)).filter((saved) => saved.name !== name);
  await putSetting(db, SAVED_SEARCHES_KEY, kept.map(toSetting));
}

export function toSetting(search: SavedSearch): SettingValue {
  const filters: SettingObject = {};
  for (const [key, value] of Object.entries(search.filters) as [string, SearchFilters[keyof SearchFilters]][]) {
    if (value !== undefined) filters[key] = typeof value === 'object' ? [...value] : value;
  }
  return { name: search.name, query: search.query, filters, savedAt: search.savedAt };
}

type SettingObject = { [key: string]: SettingValue };

function isObject(value: SettingValue | undefined): value is SettingObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseSavedSearches(value: SettingValue | undefined): SavedSearch[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.query !== 'string') return [];
    return [
      {
        name: entry.name,
        query: entry.query,
        filters: parseFilters(entry.filters),
        savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : '',
      },
    ];
  });
}

/**
 * The filters of a saved search. Today's are SearchFilters as they are; searches saved
 * before the app had one filter vocabulary carry one value per key (`category`,
 * `province`, `agency`, `clientId`: null for none) and `deadline: 'any'` for no deadline
 * filter. Both read the same; anything malformed is left out.
 */
function parseFilters(value: SettingValue | undefined): SearchFilters {
  if (!isObject(value)) return NO_FILTERS;
  /** A list filter, or the single value an older search saved under its legacy key. */
  const list = (key: string, legacy: string, kind: 'string' | 'number'): SettingObject => {
    const values = value[key];
    if (Array.isArray(values) && values.length > 0 && values.every((item) => typeof item === kind)) return { [key]: values };
    const single = value[legacy];
    return typeof single === kind && single !== undefined ? { [key]: [single] } : {};
  };
  const year = (key: 'yearFrom' | 'yearTo') => (typeof value[key] === 'number' ? { [key]: value[key] } : {});
  // The old format always had singular keys (null for none); today's never has them.
  const legacyFormat = ['category', 'province', 'agency', 'clientId'].some((key) => key in value);
  // In the old format 'any' meant "no filter"; today it means "has a deadline".
  const deadline = isDeadlineFilter(value.deadline) && !(legacyFormat && value.deadline === 'any') ? { deadline: value.deadline } : {};
  return {
    ...list('categories', 'category', 'string'),
    ...list('provinces', 'province', 'string'),
    ...list('cities', 'city', 'string'),
    ...list('agencies', 'agency', 'string'),
    ...list('clientIds', 'clientId', 'string'),
    ...list('bulletinIds', 'bulletinId', 'string'),
    ...year('yearFrom'),
    ...year('yearTo'),
    ...deadline,
    ...(isValidityFilter(value.validity) ? { validity: value.validity } : {}),
  };
}
