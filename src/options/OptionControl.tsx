/**
 * The form control for one option descriptor (core/options.ts). Rules, channel targets and
 * the noise memory all declare their options this way, so no rule has a hand-written form:
 * the descriptor's type picks the control, and its label, bounds and limits configure it.
 */
import type { OptionDescriptor } from '../core/options.ts';
import { NumberField } from '../ui/NumberField.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { Switch } from '../ui/Switch.tsx';
import { WordListEditor } from '../ui/WordListEditor.tsx';
import { Managed } from './Managed.tsx';

interface OptionControlProps {
  /** Unique on the page, e.g. "rule-self-praise-extraWords". */
  id: string;
  descriptor: OptionDescriptor;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Set by the organisation's pack: shown as such, and locked. */
  locked?: boolean;
}

export function OptionControl({ locked = false, ...props }: OptionControlProps) {
  return (
    <Managed locked={locked}>
      <Control {...props} />
    </Managed>
  );
}

function Control({ id, descriptor: d, value, onChange }: Omit<OptionControlProps, 'locked'>) {
  switch (d.type) {
    case 'int':
      return <NumberField id={id} descriptor={d} value={typeof value === 'number' ? value : d.default} onCommit={onChange} />;
    case 'bool':
      return <Switch label={d.label} checked={typeof value === 'boolean' ? value : d.default} onChange={onChange} />;
    case 'choice':
      return (
        <SelectField
          id={id}
          label={d.label}
          value={typeof value === 'string' ? value : d.default}
          options={d.choices.map((c) => ({ value: c, label: c }))}
          onChange={onChange}
        />
      );
    case 'words':
      return (
        <WordListEditor
          id={id}
          descriptor={d}
          items={Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : d.default}
          onChange={onChange}
        />
      );
  }
}
