// One facet of the notice list (分类, 省份, 发文机关, 年份): its values with counts, the
// chosen one pressed. Long lists show their top entries until 显示全部.
import { useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import type { FacetEntry } from '../../data/search/index.ts';
import { FacetOption } from './FacetOption.tsx';

const COLLAPSED = 6;

type FacetGroupProps = {
  title: string;
  counts: readonly FacetEntry[];
  selected: string | null;
  onSelect: (value: string | null) => void;
};

export function FacetGroup({ title, counts, selected, onSelect }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  if (counts.length === 0 && selected === null) return null;
  const chosenMissing = selected !== null && !counts.some((entry) => entry.value === selected);
  const all: readonly FacetEntry[] = chosenMissing ? [{ value: selected, count: 0 }, ...counts] : counts;
  const top = all.slice(0, COLLAPSED);
  // The chosen value stays in view even when it is not among the top entries.
  const chosen = all.find((entry) => entry.value === selected);
  const shown = expanded || !chosen || top.includes(chosen) ? (expanded ? all : top) : [...top, chosen];
  return (
    <section className="facet" aria-label={title}>
      <h3 className="facet-title">{title}</h3>
      <ul className="facet-options">
        {shown.map((entry) => (
          <FacetOption
            key={entry.value}
            label={entry.label ?? entry.value}
            count={entry.count}
            pressed={entry.value === selected}
            onToggle={() => onSelect(entry.value === selected ? null : entry.value)}
          />
        ))}
      </ul>
      {all.length > COLLAPSED ? (
        <button type="button" className="facet-more link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? zh.common.showLess : zh.common.more(all.length - COLLAPSED)}
        </button>
      ) : null}
    </section>
  );
}
