/**
 * Option descriptors: one declaration gives an option's type, default, bounds, label and
 * validation, and the options page builds its form control from it (no hand-written forms).
 */

export interface IntOption {
  type: 'int';
  default: number;
  min: number;
  max: number;
  label: string;
}
export interface BoolOption {
  type: 'bool';
  default: boolean;
  label: string;
}
export interface ChoiceOption {
  type: 'choice';
  default: string;
  choices: readonly string[];
  label: string;
}
export interface WordsOption {
  type: 'words';
  default: readonly string[];
  label: string;
  /** Most items a list may hold; keeps storage.sync within quota. */
  maxItems: number;
  /** Most words an item may have (the allow list names things: "Best Buy", not a sentence). */
  maxWords?: number;
}

/** Longest item of any word list. */
export const MAX_ITEM_CHARS = 100;

/** Words in a list item, as a person counts them. */
/** Words as runs of letters and digits: "award-winning, industry-leading" is four, not two. */
export const wordCount = (item: string): number => item.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
export type OptionDescriptor = IntOption | BoolOption | ChoiceOption | WordsOption;
export type OptionSpec = Record<string, OptionDescriptor>;

type ValueOf<D> = D extends IntOption
  ? number
  : D extends BoolOption
    ? boolean
    : D extends ChoiceOption
      ? string
      : D extends WordsOption
        ? readonly string[]
        : never;
export type OptionValues<S extends OptionSpec> = { [K in keyof S]: ValueOf<S[K]> };

export const int = (o: Omit<IntOption, 'type'>): IntOption => ({ type: 'int', ...o });
export const bool = (o: Omit<BoolOption, 'type'>): BoolOption => ({ type: 'bool', ...o });
export const choice = (o: Omit<ChoiceOption, 'type'>): ChoiceOption => ({ type: 'choice', ...o });
export const words = (o: Omit<WordsOption, 'type' | 'maxItems'> & { maxItems?: number }): WordsOption => ({
  type: 'words',
  maxItems: 200,
  ...o,
});

/** Why a value was refused, in words a user can act on; null when it is valid. */
export function validateOption(d: OptionDescriptor, value: unknown): string | null {
  switch (d.type) {
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${d.label}: enter a whole number.`;
      if (value < d.min || value > d.max) return `${d.label}: must be between ${d.min} and ${d.max}.`;
      return null;
    case 'bool':
      return typeof value === 'boolean' ? null : `${d.label}: must be on or off.`;
    case 'choice':
      return typeof value === 'string' && d.choices.includes(value)
        ? null
        : `${d.label}: choose one of ${d.choices.join(', ')}.`;
    case 'words':
      if (!Array.isArray(value)) return `${d.label}: must be a list of words or phrases.`;
      if (value.length > d.maxItems) return `${d.label}: at most ${d.maxItems} items.`;
      for (const item of value) {
        if (typeof item !== 'string' || item.trim() === '') return `${d.label}: list items cannot be empty.`;
        if (item.length > MAX_ITEM_CHARS) return `${d.label}: items must be at most ${MAX_ITEM_CHARS} characters.`;
        if (d.maxWords !== undefined && wordCount(item) > d.maxWords) return `${d.label}: items must be at most ${d.maxWords} words.`;
      }
      return null;
  }
}

/** Defaults of a spec, as values. */
export function defaultsOf<S extends OptionSpec>(spec: S): OptionValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, d] of Object.entries(spec)) out[key] = d.default;
  return out as OptionValues<S>;
}

/**
 * Merge user overrides into defaults. Unknown keys and invalid values are dropped and named
 * in `errors`, so a bad value never reaches a rule and never throws.
 */
export function resolveOptions<S extends OptionSpec>(
  spec: S,
  overrides: unknown,
): { values: OptionValues<S>; errors: string[] } {
  const values = defaultsOf(spec) as Record<string, unknown>;
  const errors: string[] = [];
  if (overrides === undefined) return { values: values as OptionValues<S>, errors };
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return { values: values as OptionValues<S>, errors: ['options must be an object'] };
  }
  for (const [key, value] of Object.entries(overrides)) {
    const d = spec[key];
    if (!d) {
      errors.push(`unknown option "${key}"`);
      continue;
    }
    const problem = validateOption(d, value);
    if (problem) errors.push(problem);
    else values[key] = d.type === 'words' ? (value as string[]).map((w) => w.trim()) : value;
  }
  return { values: values as OptionValues<S>, errors };
}
