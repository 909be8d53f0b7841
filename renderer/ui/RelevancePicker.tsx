// 高 / 中 / 低: how much a notice matters to a client, as a row of three radio buttons.
import { useId } from 'react';
import { RELEVANCE_LEVELS, type Relevance } from '../../shared/model/briefing.ts';
import { zh } from '../platform/i18n/index.ts';


type RelevancePickerProps = {
  value: Relevance;
  onChange: (value: Relevance) => void;
  /** The group's name (相关度, or 相关度：<notice title> where several share a screen). */
  label: string;
  /** Compact rows show the label to screen readers only. */
  compact?: boolean;
  disabled?: boolean;
};

export function RelevancePicker({ value, onChange, label, compact = false, disabled = false }: RelevancePickerProps) {
  const name = useId();
  return (
    <fieldset className={compact ? 'relevance relevance-compact' : 'relevance'} disabled={disabled}>
      <legend className={compact ? 'visually-hidden' : 'field-label'}>{label}</legend>
      <div className="relevance-options">
        {RELEVANCE_LEVELS.map((level) => (
          <label key={level} className={`relevance-option relevance-${level}${value === level ? ' checked' : ''}`}>
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{zh.relevance[level]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
