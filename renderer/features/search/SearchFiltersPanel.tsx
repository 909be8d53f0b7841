// Filters that narrow the search results: category, province, agency, a year range,
// whether the deadline is still ahead or has passed, 时效性, and the client the notices are tagged to.
import type { ClientId } from '../../../shared/model/ids.ts';
import { useShallow } from 'zustand/react/shallow';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { listClients } from '../../data/library/index.ts';
import { Button } from '../../ui/index.ts';
import { choose, chosen, namedCounts, hasFilters, withValue, type DeadlineFilter, type FacetCount, type Facets, type ValidityFilter } from '../../../shared/search/index.ts';
import { useLibrary } from '../../core/index.ts';
import { useSearch } from './store.ts';



export function SearchFiltersPanel({ facets }: { facets: Facets | null }) {
  const { filters, setFilters, clearFilters } = useSearch(useShallow((state) => ({ filters: state.filters, setFilters: state.setFilters, clearFilters: state.clearFilters })));
  const years = namedCounts(facets?.years).map((entry) => Number(entry.value)).sort((a, b) => b - a);
  return (
    <section className="rail-section" aria-label={zh.search.filters}>
      <div className="rail-heading-row">
        <h2 className="section-title rail-heading">{zh.search.filters}</h2>
        {hasFilters(filters) ? (
          <Button size="sm" variant="ghost" onClick={clearFilters}>
            {zh.common.clearFilters}
          </Button>
        ) : null}
      </div>
      <div className="filter-fields">
        <FacetSelect label={zh.library.facets.category} any={zh.search.anyCategory} options={namedCounts(facets?.categories)} value={chosen(filters, 'categories')} onChange={(v) => setFilters(choose(filters, 'categories', v))} />
        <FacetSelect label={zh.library.facets.province} any={zh.search.anyProvince} options={namedCounts(facets?.provinces)} value={chosen(filters, 'provinces')} onChange={(v) => setFilters(choose(filters, 'provinces', v))} />
        <FacetSelect label={zh.library.facets.agency} any={zh.search.anyAgency} options={namedCounts(facets?.agencies)} value={chosen(filters, 'agencies')} onChange={(v) => setFilters(choose(filters, 'agencies', v))} />
        <div className="year-range">
          <YearSelect label={zh.search.yearFrom} years={years} value={filters.yearFrom ?? null} onChange={(v) => setFilters(withValue(filters, 'yearFrom', v))} />
          <YearSelect label={zh.search.yearTo} years={years} value={filters.yearTo ?? null} onChange={(v) => setFilters(withValue(filters, 'yearTo', v))} />
        </div>
        <SegmentedChoice legend={zh.library.facets.deadline} choices={DEADLINE_CHOICES} value={filters.deadline ?? null} onChange={(v) => setFilters(withValue(filters, 'deadline', v))} />
        <SegmentedChoice
          legend={zh.relations.filter}
          hint={zh.relations.filterHint}
          choices={VALIDITY_CHOICES}
          value={filters.validity ?? null}
          onChange={(v) => setFilters(withValue(filters, 'validity', v))}
        />
        <ClientSelect value={chosen(filters, 'clientIds')} onChange={(v) => setFilters(choose(filters, 'clientIds', v))} />
      </div>
    </section>
  );
}

function FacetSelect({ label, any, options, value, onChange }: { label: string; any: string; options: readonly FacetCount[]; value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  const missing = value !== null && !options.some((option) => option.value === value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{any}</option>
        {missing ? <option value={value}>{value}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {zh.library.facetOption(option.value, option.count)}
          </option>
        ))}
      </select>
    </div>
  );
}

function YearSelect({ label, years, value, onChange }: { label: string; years: readonly number[]; value: number | null; onChange: (value: number | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{zh.search.anyYear}</option>
        {value !== null && !years.includes(value) ? <option value={value}>{value}</option> : null}
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every client by name; a saved search may name a client since deleted, which stays shown as such. */
function ClientSelect({ value, onChange }: { value: ClientId | null; onChange: (value: ClientId | null) => void }) {
  const id = useId();
  const db = useLibrary();
  const loaded = useLiveQuery(() => listClients(db), [db]);
  const clients = loaded ?? [];
  if (clients.length === 0 && value === null) return null;
  const missing = loaded !== undefined && value !== null && !clients.some((client) => client.id === value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {zh.library.facets.client}
      </label>
      <select id={id} className="select" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{zh.search.anyClient}</option>
        {missing ? <option value={value}>{zh.search.clientGone}</option> : null}
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** null: no deadline filter (全部). */
const DEADLINE_CHOICES: { value: DeadlineFilter | null; label: string }[] = [
  { value: null, label: zh.search.deadlineAny },
  { value: 'upcoming', label: zh.search.deadlineUpcoming },
  { value: 'passed', label: zh.search.deadlinePassed },
];

/** null: no 时效性 filter (全部). */
const VALIDITY_CHOICES: { value: ValidityFilter | null; label: string }[] = [
  { value: null, label: zh.relations.filterAll },
  { value: 'in-force', label: zh.relations.filterInForce },
  { value: 'ended', label: zh.relations.filterEnded },
];

/** One choice of a few (全部 first), as segments: the deadline and 时效性 filters. */
function SegmentedChoice<T extends string>({
  legend,
  hint,
  choices,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  choices: readonly { value: T | null; label: string }[];
  value: T | null;
  onChange: (value: T | null) => void;
}) {
  const name = useId();
  return (
    <fieldset className="field" title={hint}>
      <legend className="field-label">{legend}</legend>
      <div className="segmented">
        {choices.map((choice) => (
          <label key={choice.value ?? 'all'} className={value === choice.value ? 'segment checked' : 'segment'}>
            <input type="radio" name={name} value={choice.value ?? 'all'} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
