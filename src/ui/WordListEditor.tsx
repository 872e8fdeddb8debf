/**
 * A list of words or phrases: type one and press Enter (or Add); each item is a chip with its
 * own remove button. An empty, repeated or over-long item is refused next to the field, with
 * the same check (and message) as an item of a stored or imported list (core/option-check.ts).
 */
import { useState } from 'preact/hooks';
import { checkNewItem } from '../core/option-check.ts';
import type { WordsOption } from '../core/options.ts';
import './tokens.css';
import './WordListEditor.css';

interface WordListEditorProps {
  id: string;
  /** The list it edits: label, limits and check. */
  descriptor: WordsOption;
  items: readonly string[];
  onChange: (items: string[]) => void;
  hint?: string;
  placeholder?: string;
}

export function WordListEditor({ id, descriptor, items, onChange, hint, placeholder = 'Add a word or phrase' }: WordListEditorProps) {
  const { label } = descriptor;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (): void => {
    const checked = checkNewItem(descriptor, items, text);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    setText('');
    onChange([...items, checked.value]);
  };

  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="word-list" role="group" aria-labelledby={`${id}-label`}>
      <label class="field-label" id={`${id}-label`} for={id}>
        {label}
      </label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="word-list-add">
        <input
          id={id}
          class="input"
          type="text"
          value={text}
          placeholder={placeholder}
          maxLength={200}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="button" onClick={add}>
          Add
        </button>
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {items.length > 0 ? (
        <ul class="chips" aria-label={`${label}: ${items.length} item${items.length === 1 ? '' : 's'}`}>
          {items.map((item) => (
            <li class="chip" key={item}>
              <span>{item}</span>
              <button type="button" class="chip-remove" aria-label={`Remove "${item}"`} onClick={() => onChange(items.filter((i) => i !== item))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="word-list-empty">Nothing here yet.</p>
      )}
    </div>
  );
}
