/**
 * The one settings validator: checks a value against its option descriptor (options.ts), with
 * one set of messages for every place a value comes in. The mode says what happens to a bad
 * value, because the sources deserve different treatment: stored settings are *repaired* (an
 * out-of-range number moves to the nearest allowed value), a pack (imported, given to the CLI
 * or to analyze(), or pushed by an administrator) is *checked* (a bad value is skipped and
 * named, the good ones kept), and a value typed into the options page is *refused* next to its
 * field, never saved.
 */
import { type IntOption, MAX_ITEM_CHARS, type OptionDescriptor, wordCount, type WordsOption } from './options.ts';

/**
 * repair: stored settings (nearest valid value); import: a pack (bad items skipped and named);
 * strict: a pack that must be right as it is (checked like an import, refused if anything is
 * wrong: `parley check --strict-settings`, for a team that checks its pack in CI); field: what
 * the user types into one field of the options page (refused with its reason, not saved).
 */
export type CleanMode = 'repair' | 'import' | 'strict' | 'field';

/** A cleaned section: what survives, and what was dropped or changed, in words. */
export interface Cleaned<T> {
  value: T;
  problems: string[];
}

/** `value` undefined means "no override: use the default". */
export interface CleanedValue {
  value?: unknown;
  problem?: string;
}

/** What one field of the options page takes: the value, or why not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** What becomes of a refused value, by where it came from. */
const UNDO: Record<CleanMode, string> = { repair: 'reset to the default', import: 'not imported', strict: 'not imported', field: 'not saved' };

/** `where` names the field for the user, e.g. `Rule "Self praise": "Most per sentence"`. */
export function cleanValue(d: OptionDescriptor, raw: unknown, mode: CleanMode, where: string): CleanedValue {
  switch (d.type) {
    case 'int':
      return cleanInt(d, raw, mode, where);
    case 'bool':
      return typeof raw === 'boolean' ? { value: raw } : { problem: `${where} must be on or off (true or false), not ${show(raw)}; ${UNDO[mode]}.` };
    case 'choice':
      return typeof raw === 'string' && d.choices.includes(raw)
        ? { value: raw }
        : { problem: `${where} must be one of ${d.choices.join(', ')}, not ${show(raw)}; ${UNDO[mode]}.` };
    case 'words':
      return cleanWords(d, raw, where);
  }
}

function cleanInt(d: IntOption, raw: unknown, mode: CleanMode, where: string): CleanedValue {
  const range = `${d.min}–${d.max}`;
  // Repair rounds a fraction to the nearest allowed number; a pack or a field names it.
  if (typeof raw !== 'number' || !Number.isFinite(raw) || (!Number.isInteger(raw) && mode !== 'repair')) {
    // A field left empty has nothing to quote.
    const found = raw === undefined ? '' : `, not ${show(raw)}`;
    return { problem: `${where} must be a whole number from ${range}${found}; ${UNDO[mode]}.` };
  }
  if (Number.isInteger(raw) && raw >= d.min && raw <= d.max) return { value: raw };
  if (mode !== 'repair') return { problem: `${where} is ${raw}, outside the allowed ${range}; ${UNDO[mode]}.` };
  const nearest = Math.min(d.max, Math.max(d.min, Math.round(raw)));
  return { value: nearest, problem: `${where} was ${raw}, outside the allowed ${range}; set to ${nearest}.` };
}

/** Why one item of a word list is refused, as a phrase ("an empty item"); null when it may stay. */
function itemProblem(d: Pick<WordsOption, 'maxWords'>, item: unknown): string | null {
  if (typeof item !== 'string') return `${show(item)} (not text)`;
  const text = item.trim();
  if (text === '') return 'an empty item';
  if (text.length > MAX_ITEM_CHARS) return `an item longer than ${MAX_ITEM_CHARS} characters`;
  // Not quoted: an entry this long is likely a sentence of a draft, which Parley never echoes or keeps.
  if (d.maxWords !== undefined && wordCount(text) > d.maxWords) return `an entry of ${wordCount(text)} words (each may be at most ${d.maxWords}: names and short phrases, not sentences)`;
  return null;
}

const pastLimit = (count: number, maxItems: number): string => `${count} item${count === 1 ? '' : 's'} past the limit of ${maxItems}`;

/**
 * A word list keeps its good items: empty, non-text, over-long and repeated items are
 * dropped (and named), and a list past its size limit is cut.
 */
export function cleanWords(d: Pick<WordsOption, 'maxItems' | 'maxWords'>, raw: unknown, where: string): CleanedValue {
  if (!Array.isArray(raw)) return { problem: `${where} must be a list of words or phrases, not ${show(raw)}; ignored.` };
  const kept: string[] = [];
  const seen = new Set<string>();
  const dropped: string[] = [];
  for (const item of raw) {
    const problem = itemProblem(d, item);
    if (problem) dropped.push(problem);
    else if (!seen.has((item as string).trim().toLowerCase())) {
      seen.add((item as string).trim().toLowerCase());
      kept.push((item as string).trim());
    }
  }
  if (kept.length > d.maxItems) dropped.push(pastLimit(kept.length - d.maxItems, d.maxItems));
  const value = kept.slice(0, d.maxItems);
  const unique = [...new Set(dropped)];
  return unique.length ? { value, problem: `${where}: dropped ${unique.join(', ')}.` } : { value };
}

/** Option values (of a rule, a channel or the noise memory) that are valid and not default. */
export function cleanOptions(
  spec: Record<string, OptionDescriptor>,
  raw: unknown,
  mode: CleanMode,
  where: string,
): Cleaned<Record<string, unknown>> {
  const value: Record<string, unknown> = {};
  const problems: string[] = [];
  if (raw === undefined) return { value, problems };
  if (!isObject(raw)) return { value, problems: [`${where}: its options were not readable; back to the defaults.`] };
  for (const [key, v] of Object.entries(raw)) {
    const d = spec[key];
    if (!d) {
      problems.push(`${where}: unknown option "${key}"; skipped.`);
      continue;
    }
    const cleaned = cleanValue(d, v, mode, `${where}: "${d.label}"`);
    if (cleaned.problem) problems.push(cleaned.problem);
    if (cleaned.value !== undefined && !sameValue(cleaned.value, d.default)) value[key] = cleaned.value;
  }
  return { value, problems };
}

/** A whole number as typed into the options page, checked as a stored one would be. */
export function checkTypedNumber(d: IntOption, text: string): Checked<number> {
  const trimmed = text.trim();
  const raw = trimmed === '' ? undefined : Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed);
  const { value, problem } = cleanInt(d, raw, 'field', `"${d.label}"`);
  return problem === undefined ? { ok: true, value: value as number } : { ok: false, error: problem };
}

/** A word or phrase typed to add to a list, checked as each item of a stored list is. */
export function checkNewItem(d: Pick<WordsOption, 'label' | 'maxItems' | 'maxWords'>, items: readonly string[], text: string): Checked<string> {
  const value = text.trim();
  const problem =
    itemProblem(d, value) ??
    (items.some((i) => i.toLowerCase() === value.toLowerCase()) ? `"${value}" is already in the list` : null) ??
    (items.length >= d.maxItems ? pastLimit(1, d.maxItems) : null);
  return problem ? { ok: false, error: `"${d.label}": not added: ${problem}.` } : { ok: true, value };
}
