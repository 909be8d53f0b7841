// A list of short labels (a client's qualifications or keywords) as removable chips, a box
// to type another (Enter, or a comma or 、 after it), and suggestions to add with a click.
// Nothing is added while a Chinese input method is still composing.
import { useId, useState, type KeyboardEvent } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { Icon } from './Icon.tsx';

type ChipInputProps = {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  suggestions: readonly string[];
  placeholder?: string;
};

const SEPARATORS = /[,，、;；]/;

export function ChipInput({ label, values, onChange, suggestions, placeholder }: ChipInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const fresh = raw
      .split(SEPARATORS)
      .map((value) => value.trim())
      .filter((value) => value !== '' && !values.includes(value));
    if (fresh.length > 0) onChange([...values, ...new Set(fresh)]);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  const offered = suggestions.filter((suggestion) => !values.includes(suggestion));
  return (
    <div className="field chip-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="chip-input">
        {values.map((value) => (
          <span key={value} className="chip chip-accent chip-removable">
            {value}
            <button type="button" className="chip-remove" aria-label={zh.clients.form.removeTag(value)} onClick={() => onChange(values.filter((other) => other !== value))}>
              <Icon name="close" size={11} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="chip-input-box"
          value={text}
          placeholder={values.length === 0 ? placeholder : undefined}
          onChange={(event) => {
            const next = event.target.value;
            const native = event.nativeEvent as Event & { isComposing?: boolean };
            if (native.isComposing !== true && SEPARATORS.test(next)) add(next);
            else setText(next);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => add(text)}
        />
      </div>
      {offered.length > 0 ? (
        <div className="chip-suggestions" aria-label={zh.clients.form.suggestions}>
          {offered.map((suggestion) => (
            <button key={suggestion} type="button" className="chip chip-suggestion" aria-label={zh.clients.form.addTag(suggestion)} onClick={() => add(suggestion)}>
              <Icon name="plus" size={11} />
              {suggestion}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
