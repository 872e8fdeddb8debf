/** An on/off switch: a real checkbox (Space toggles it, forms and screen readers know it). */
import type { ComponentChildren } from 'preact';
import './tokens.css';
import './Switch.css';

interface SwitchProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Keep the label for screen readers only, when the context already shows it. */
  hideLabel?: boolean;
  describedBy?: string;
}

export function Switch({ label, checked, onChange, hideLabel = false, describedBy }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class={hideLabel ? 'sr-only' : 'switch-label'}>{label}</span>
    </label>
  );
}
