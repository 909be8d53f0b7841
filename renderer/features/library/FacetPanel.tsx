// The notice list's filters: client, category, province, agency, year and deadline,
// each with the number of notices it would leave.
import { zh } from '../../platform/i18n/index.ts';
import type { DeadlineFacet, FacetEntry, Facets, ListFilters } from '../../data/search/index.ts';
import { useLibraryView } from './store.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { FacetOption } from './FacetOption.tsx';

export function FacetPanel({ facets, filters, clients }: { facets: Facets; filters: ListFilters; clients: readonly FacetEntry[] }) {
  const setFilter = useLibraryView((state) => state.setFilter);
  const deadlineOptions: { value: Exclude<DeadlineFacet, 'any'>; label: string; count: number }[] = [
    { value: 'has', label: zh.library.facets.hasDeadline, count: facets.deadline.has },
    { value: 'upcoming', label: zh.library.facets.upcoming, count: facets.deadline.upcoming },
    { value: 'passed', label: zh.library.facets.passed, count: facets.deadline.passed },
  ];
  return (
    <div className="facets">
      <FacetGroup
        title={zh.library.facets.client}
        counts={clients}
        selected={filters.clientId === null ? null : String(filters.clientId)}
        onSelect={(value) => setFilter('clientId', value === null ? null : Number(value))}
      />
      <FacetGroup title={zh.library.facets.category} counts={facets.category} selected={filters.category} onSelect={(value) => setFilter('category', value)} />
      <FacetGroup title={zh.library.facets.province} counts={facets.province} selected={filters.province} onSelect={(value) => setFilter('province', value)} />
      <FacetGroup title={zh.library.facets.year} counts={facets.year} selected={filters.year === null ? null : String(filters.year)} onSelect={(value) => setFilter('year', value === null ? null : Number(value))} />
      <FacetGroup title={zh.library.facets.agency} counts={facets.agency} selected={filters.agency} onSelect={(value) => setFilter('agency', value)} />
      <section className="facet" aria-label={zh.library.facets.deadline}>
        <h3 className="facet-title">{zh.library.facets.deadline}</h3>
        <ul className="facet-options">
          {deadlineOptions.map((option) => (
            <FacetOption
              key={option.value}
              label={option.label}
              count={option.count}
              pressed={filters.deadline === option.value}
              onToggle={() => setFilter('deadline', filters.deadline === option.value ? 'any' : option.value)}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
