/**
 * Option descriptors: one declaration gives an option's type, default, bounds and label; the
 * one validator (option-check.ts) checks values against it, and the options page builds its
 * form control from it (no hand-written forms).
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

/** Words in a list item, as runs of letters and digits: "award-winning, industry-leading" is four, not two. */
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

/** Defaults of a spec, as values. */
export function defaultsOf<S extends OptionSpec>(spec: S): OptionValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, d] of Object.entries(spec)) out[key] = d.default;
  return out as OptionValues<S>;
}

/**
 * The values a rule (or a channel) runs with: its defaults, with the overrides laid over them.
 * The overrides are already clean (option-check.ts checked them where they came in: stored
 * settings, a pack, analyze()'s settings), so nothing is checked again here.
 */
export function resolveOptions<S extends OptionSpec>(spec: S, overrides: Readonly<Record<string, unknown>> = {}): OptionValues<S> {
  return { ...defaultsOf(spec), ...overrides } as OptionValues<S>;
}
