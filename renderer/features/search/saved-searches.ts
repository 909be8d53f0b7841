// Saved searches live in the library's settings (key `savedSearches`), so a backup
// carries them and a restore brings them back. Values are checked when read: a setting
// written by another version is skipped entry by entry, never trusted blindly.
import type { SettingValue } from '../../../shared/model/library.ts';
import { getSetting, putSetting, type LibraryDb } from '../../data/library/index.ts';
import { NO_SEARCH_FILTERS, type DeadlineFilter, type SearchFilters } from './store.ts';

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

function toSetting(search: SavedSearch): SettingValue {
  return { name: search.name, query: search.query, filters: { ...search.filters }, savedAt: search.savedAt };
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

function parseFilters(value: SettingValue | undefined): SearchFilters {
  if (!isObject(value)) return NO_SEARCH_FILTERS;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : null);
  const number = (key: string) => (typeof value[key] === 'number' ? value[key] : null);
  const deadline: DeadlineFilter = value.deadline === 'upcoming' || value.deadline === 'passed' ? value.deadline : 'any';
  return {
    category: text('category'),
    province: text('province'),
    agency: text('agency'),
    yearFrom: number('yearFrom'),
    yearTo: number('yearTo'),
    deadline,
    clientId: number('clientId'),
  };
}
