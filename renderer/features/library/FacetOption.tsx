// One value of a facet with its count; pressed when it is the chosen filter.
import { zh } from '../../platform/i18n/index.ts';

export function FacetOption({ label, count, pressed, onToggle }: { label: string; count: number; pressed: boolean; onToggle: () => void }) {
  return (
    <li>
      <button
        type="button"
        className={pressed ? 'facet-option pressed' : 'facet-option'}
        aria-pressed={pressed}
        aria-label={zh.library.facetOption(label, count)}
        onClick={onToggle}
      >
        <span className="facet-value">{label}</span>
        <span className="facet-count">{count.toLocaleString('zh-CN')}</span>
      </button>
    </li>
  );
}
