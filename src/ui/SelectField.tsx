/** A labelled drop-down of fixed choices. */
import './tokens.css';

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hideLabel?: boolean;
}

export function SelectField({ id, label, value, options, onChange, hideLabel = false }: SelectFieldProps) {
  return (
    <div class="select-field">
      <label class={hideLabel ? 'sr-only' : 'field-label'} for={id}>
        {label}
      </label>
      <select id={id} class="input" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
