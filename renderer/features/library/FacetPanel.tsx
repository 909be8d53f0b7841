// The notice list's filters: 需核对 (while any listed notice carries the mark), client,
// category, province, agency, year, deadline and 时效性, each with the number of notices it
// would leave.
import { zh } from '../../platform/i18n/index.ts';
import { choose, chosen, namedCounts, chosenYear, withValue, withYear, type DeadlineFilter, type Facets, type SearchFilters, type ValidityFilter } from '../../../shared/search/index.ts';
import type { FacetEntry } from '../../data/search/index.ts';
import { useLibraryView } from './store.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { FacetOption } from './FacetOption.tsx';


type FacetPanelProps = {
  facets: Facets;
  filters: SearchFilters;
  clients: readonly FacetEntry[];
  /** How many of the listed notices are marked 需核对 (the list's own filter, see store.ts). */
  toCheck?: number;
};

export function FacetPanel({ facets, filters, clients, toCheck = 0 }: FacetPanelProps) {
  const setFilters = useLibraryView((state) => state.setFilters);
  const checking = useLibraryView((state) => state.toCheck);
  const setToCheck = useLibraryView((state) => state.setToCheck);
  const deadlineOptions: { value: DeadlineFilter; label: string; count: number }[] = [
    { value: 'any', label: zh.library.facets.hasDeadline, count: facets.deadline.with },
    { value: 'upcoming', label: zh.library.facets.upcoming, count: facets.deadline.upcoming },
    { value: 'passed', label: zh.library.facets.passed, count: facets.deadline.passed },
  ];
  const validityOptions: { value: ValidityFilter; label: string; count: number }[] = [
    { value: 'in-force', label: zh.relations.filterInForce, count: facets.validity.inForce },
    { value: 'ended', label: zh.relations.filterEnded, count: facets.validity.ended },
  ];
  const clientId = chosen(filters, 'clientIds');
  const year = chosenYear(filters);
  return (
    <div className="facets">
      {toCheck > 0 || checking ? (
        <section className="facet facet-review" aria-label={zh.library.facets.review}>
          <h3 className="facet-title">{zh.library.facets.review}</h3>
          <ul className="facet-options">
            <FacetOption label={zh.library.facets.toCheck} count={toCheck} pressed={checking} onToggle={() => setToCheck(!checking)} />
          </ul>
        </section>
      ) : null}
      <FacetGroup
        title={zh.library.facets.client}
        counts={clients}
        selected={clientId}
        onSelect={(value) => setFilters(choose(filters, 'clientIds', value))}
      />
      <FacetGroup title={zh.library.facets.category} counts={namedCounts(facets.categories)} selected={chosen(filters, 'categories')} onSelect={(value) => setFilters(choose(filters, 'categories', value))} />
      <FacetGroup title={zh.library.facets.province} counts={namedCounts(facets.provinces)} selected={chosen(filters, 'provinces')} onSelect={(value) => setFilters(choose(filters, 'provinces', value))} />
      <FacetGroup
        title={zh.library.facets.year}
        counts={namedCounts(facets.years)}
        selected={year === null ? null : String(year)}
        onSelect={(value) => setFilters(withYear(filters, value === null ? null : Number(value)))}
      />
      <FacetGroup title={zh.library.facets.agency} counts={namedCounts(facets.agencies)} selected={chosen(filters, 'agencies')} onSelect={(value) => setFilters(choose(filters, 'agencies', value))} />
      <section className="facet" aria-label={zh.library.facets.deadline}>
        <h3 className="facet-title">{zh.library.facets.deadline}</h3>
        <ul className="facet-options">
          {deadlineOptions.map((option) => (
            <FacetOption
              key={option.value}
              label={option.label}
              count={option.count}
              pressed={filters.deadline === option.value}
              onToggle={() => setFilters(withValue(filters, 'deadline', filters.deadline === option.value ? null : option.value))}
            />
          ))}
        </ul>
      </section>
      <section className="facet" aria-label={zh.relations.filter} title={zh.relations.filterHint}>
        <h3 className="facet-title">{zh.relations.filter}</h3>
        <ul className="facet-options">
          {validityOptions.map((option) => (
            <FacetOption
              key={option.value}
              label={option.label}
              count={option.count}
              pressed={filters.validity === option.value}
              onToggle={() => setFilters(withValue(filters, 'validity', filters.validity === option.value ? null : option.value))}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
