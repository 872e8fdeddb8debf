/**
 * A whole-number field that validates as the user types, with the same check (and message) as
 * a stored or imported value (core/option-check.ts): an out-of-range or empty value shows its
 * error next to the field and is not passed on (so it is never saved).
 */
import { useEffect, useState } from 'preact/hooks';
import { checkTypedNumber } from '../core/option-check.ts';
import type { IntOption } from '../core/options.ts';
import './tokens.css';
import './NumberField.css';

interface NumberFieldProps {
  id: string;
  /** The option it edits: label, bounds and check. */
  descriptor: IntOption;
  value: number;
  onCommit: (value: number) => void;
  hint?: string;
}

export function NumberField({ id, descriptor, value, onCommit, hint }: NumberFieldProps) {
  const { label, min, max } = descriptor;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  // A change from outside (reset, import, another tab) replaces what is shown, unless the
  // field already shows that number.
  useEffect(() => {
    setText((current) => (Number(current) === value && current.trim() !== '' ? current : String(value)));
    setError(null);
  }, [value]);

  const onInput = (next: string): void => {
    setText(next);
    const checked = checkTypedNumber(descriptor, next);
    setError(checked.ok ? null : checked.error);
    if (checked.ok && checked.value !== value) onCommit(checked.value);
  };

  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="number-field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        class="input number-input"
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
