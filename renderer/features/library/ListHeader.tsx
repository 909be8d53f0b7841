// Above the notice list: how many notices are shown, the active filters as chips that
// remove themselves when clicked, and 清除筛选.
import type { StoredBulletin } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon, bulletinLabel } from '../../ui/index.ts';
import { groupBulletins, isSinglesFilter } from './bulletin-groups.ts';
import { choose, chosen, chosenYear, hasFilters, withValue, withYear, type SearchFilters } from '../../../shared/search/index.ts';
import { useLibraryView } from './store.ts';

/** An active filter, and the filters without it. */
type Chip = { key: string; label: string; remove: (filters: SearchFilters) => SearchFilters };

type ListHeaderProps = { shown: number; total: number; filters: SearchFilters; bulletins: readonly StoredBulletin[]; clientName: string | null };

export function ListHeader({ shown, total, filters, bulletins, clientName }: ListHeaderProps) {
  const setFilters = useLibraryView((state) => state.setFilters);
  const clearFilters = useLibraryView((state) => state.clearFilters);
  // 需核对 is the list's own filter (store.ts), shown as a chip like the others.
  const toCheck = useLibraryView((state) => state.toCheck);
  const setToCheck = useLibraryView((state) => state.setToCheck);
  const chips = activeChips(filters, bulletins, clientName);
  return (
    <div className="list-header">
      <span className="list-count" data-testid="list-count">
        {zh.library.shown(shown, total)}
      </span>
      <div className="filter-chips">
        {toCheck ? (
          <button type="button" className="filter-chip" onClick={() => setToCheck(false)} aria-label={zh.library.removeFilter(zh.library.reviewChip)}>
            <span>{zh.library.reviewChip}</span>
            <Icon name="close" size={12} />
          </button>
        ) : null}
        {chips.map((chip) => (
          <button
            key={chip.key}
            type="button"
            className="filter-chip"
            onClick={() => setFilters(chip.remove(filters))}
            aria-label={zh.library.removeFilter(chip.label)}
          >
            <span>{chip.label}</span>
            <Icon name="close" size={12} />
          </button>
        ))}
      </div>
      {hasFilters(filters) || toCheck ? (
        <Button size="sm" variant="ghost" onClick={clearFilters}>
          {zh.common.clearFilters}
        </Button>
      ) : null}
    </div>
  );
}

function activeChips(filters: SearchFilters, bulletins: readonly StoredBulletin[], clientName: string | null): Chip[] {
  const chips: Chip[] = [];
  const list = (key: 'clientIds' | 'bulletinIds' | 'categories' | 'provinces' | 'agencies', label: string): void => {
    chips.push({ key, label, remove: (current) => choose(current, key, null) });
  };
  if (chosen(filters, 'clientIds') !== null) list('clientIds', zh.library.clientChip(clientName ?? zh.library.facets.client));
  const bulletinId = chosen(filters, 'bulletinIds');
  if (bulletinId !== null) {
    const bulletin = bulletins.find((b) => b.id === bulletinId);
    // Several files, or a file of single notices: the rail's 单篇通知 entry.
    const singles = isSinglesFilter(filters.bulletinIds, groupBulletins(bulletins).singleIds);
    list('bulletinIds', singles ? zh.library.singles : bulletin ? bulletinLabel(bulletin) : zh.library.bulletins);
  }
  const category = chosen(filters, 'categories');
  if (category !== null) list('categories', category);
  const province = chosen(filters, 'provinces');
  if (province !== null) list('provinces', province);
  const year = chosenYear(filters);
  if (year !== null) chips.push({ key: 'year', label: zh.library.yearChip(year), remove: (current) => withYear(current, null) });
  const agency = chosen(filters, 'agencies');
  if (agency !== null) list('agencies', agency);
  if (filters.deadline !== undefined) chips.push({ key: 'deadline', label: zh.library.deadlineChip[filters.deadline], remove: (current) => withValue(current, 'deadline', null) });
  return chips;
}
