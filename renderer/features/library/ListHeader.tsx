// Above the notice list: how many notices are shown, the active filters as chips that
// remove themselves when clicked, and 清除筛选.
import type { StoredBulletin } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon } from '../../ui/index.ts';
import { bulletinLabel } from './bulletin-label.ts';
import type { ListFilters } from '../../data/search/index.ts';
import { hasListFilters, useLibraryView } from './store.ts';

type Chip = { key: keyof ListFilters; label: string };

type ListHeaderProps = { shown: number; total: number; filters: ListFilters; bulletins: readonly StoredBulletin[]; clientName: string | null };

export function ListHeader({ shown, total, filters, bulletins, clientName }: ListHeaderProps) {
  const setFilter = useLibraryView((state) => state.setFilter);
  const clearFilters = useLibraryView((state) => state.clearFilters);
  const chips = activeChips(filters, bulletins, clientName);
  return (
    <div className="list-header">
      <span className="list-count" data-testid="list-count">
        {zh.library.shown(shown, total)}
      </span>
      <div className="filter-chips">
        {chips.map((chip) => (
          <button
            key={chip.key}
            type="button"
            className="filter-chip"
            onClick={() => setFilter(chip.key, chip.key === 'deadline' ? 'any' : null)}
            aria-label={zh.library.removeFilter(chip.label)}
          >
            <span>{chip.label}</span>
            <Icon name="close" size={12} />
          </button>
        ))}
      </div>
      {hasListFilters(filters) ? (
        <Button size="sm" variant="ghost" onClick={clearFilters}>
          {zh.common.clearFilters}
        </Button>
      ) : null}
    </div>
  );
}

function activeChips(filters: ListFilters, bulletins: readonly StoredBulletin[], clientName: string | null): Chip[] {
  const chips: Chip[] = [];
  if (filters.clientId !== null) chips.push({ key: 'clientId', label: zh.library.clientChip(clientName ?? zh.library.facets.client) });
  if (filters.bulletinId !== null) {
    const bulletin = bulletins.find((b) => b.id === filters.bulletinId);
    chips.push({ key: 'bulletinId', label: bulletin ? bulletinLabel(bulletin) : zh.library.bulletins });
  }
  if (filters.category !== null) chips.push({ key: 'category', label: filters.category });
  if (filters.province !== null) chips.push({ key: 'province', label: filters.province });
  if (filters.year !== null) chips.push({ key: 'year', label: zh.library.yearChip(filters.year) });
  if (filters.agency !== null) chips.push({ key: 'agency', label: filters.agency });
  if (filters.deadline !== 'any') chips.push({ key: 'deadline', label: zh.library.deadlineChip[filters.deadline] });
  return chips;
}
