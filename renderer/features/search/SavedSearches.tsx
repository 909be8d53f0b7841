// Saved searches: run one with a click (its query and filters replace the current
// ones), or delete it.
import { useLiveQuery } from 'dexie-react-hooks';
import { zh } from '../../platform/i18n/index.ts';
import { getSetting } from '../../data/library/index.ts';
import { Button, Icon } from '../../ui/index.ts';
import { useLibrary, reportError } from '../../core/index.ts';
import { deleteSavedSearch, parseSavedSearches, SAVED_SEARCHES_KEY } from './saved-searches.ts';
import { useSearch } from './store.ts';

export function SavedSearches() {
  const db = useLibrary();
  const saved = useLiveQuery(async () => parseSavedSearches(await getSetting(db, SAVED_SEARCHES_KEY)), [db]);
  const apply = useSearch((state) => state.apply);
  return (
    <section className="rail-section" aria-label={zh.search.saved}>
      <h2 className="section-title rail-heading">{zh.search.saved}</h2>
      {saved && saved.length > 0 ? (
        <ul className="saved-list">
          {saved.map((search) => (
            <li key={search.name} className="saved-item">
              <button type="button" className="saved-run" onClick={() => apply(search.query, search.filters)} aria-label={zh.search.savedRun(search.name)}>
                <Icon name="bookmark" size={13} />
                <span className="saved-name">{search.name}</span>
                {search.name !== search.query ? <span className="saved-query">{search.query}</span> : null}
              </button>
              <Button
                variant="ghost"
                size="sm"
                icon="trash"
                aria-label={zh.search.savedDelete(search.name)}
                onClick={() => {
                  deleteSavedSearch(db, search.name).catch(reportError);
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted rail-hint">{zh.search.savedEmpty}</p>
      )}
    </section>
  );
}
