/** Hint / Warning / Error as a segmented radio group (arrow keys move between them). */
import { SEVERITIES, type Severity } from '../core/types.ts';
import { SEVERITY_LABELS } from '../core/labels.ts';
import './tokens.css';
import './SeverityPicker.css';

interface SeverityPickerProps {
  /** Unique per page: the radio group's name. */
  name: string;
  /** What the severity is of, for screen readers ("Severity of Self praise"). */
  legend: string;
  value: Severity;
  onChange: (severity: Severity) => void;
  disabled?: boolean;
}

export function SeverityPicker({ name, legend, value, onChange, disabled = false }: SeverityPickerProps) {
  return (
    <fieldset class="severity" disabled={disabled}>
      <legend class="sr-only">{legend}</legend>
      {SEVERITIES.map((severity) => (
        <label class={`severity-option severity-${severity}`} key={severity}>
          <input type="radio" name={name} value={severity} checked={value === severity} onChange={() => onChange(severity)} />
          <span>
            <span class="severity-dot" aria-hidden="true" />
            {SEVERITY_LABELS[severity]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
