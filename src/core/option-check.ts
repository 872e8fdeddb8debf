/**
 * The one settings validator: cleans a value against its option descriptor. Two modes,
 * because the sources deserve different treatment: stored settings are *repaired* (an
 * out-of-range number moves to the nearest allowed value), while a pack (imported, given to
 * the CLI or to analyze(), or pushed by an administrator) is *checked*: a bad value is
 * skipped and named, the good ones kept, so the user sees exactly what the pack got wrong.
 */
import { type IntOption, MAX_ITEM_CHARS, type OptionDescriptor, wordCount, type WordsOption } from './options.ts';

/**
 * repair: stored settings (nearest valid value); import: a pack (bad items skipped and named);
 * strict: a pack that must be right as it is (checked like an import, refused if anything is
 * wrong: `parley check --strict-settings`, for a team that checks its pack in CI).
 */
export type CleanMode = 'repair' | 'import' | 'strict';

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


const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `where` names the field for the user, e.g. `Rule "Self praise": "Most per sentence"`. */
export function cleanValue(d: OptionDescriptor, raw: unknown, mode: CleanMode, where: string): CleanedValue {
  switch (d.type) {
    case 'int':
      return cleanInt(d, raw, mode, where);
    case 'bool':
      return typeof raw === 'boolean' ? { value: raw } : { problem: `${where} must be on or off (true or false), not ${show(raw)}; ${undo(mode)}.` };
    case 'choice':
      return typeof raw === 'string' && d.choices.includes(raw)
        ? { value: raw }
        : { problem: `${where} must be one of ${d.choices.join(', ')}, not ${show(raw)}; ${undo(mode)}.` };
    case 'words':
      return cleanWords(d, raw, where);
  }
}

const undo = (mode: CleanMode): string => (mode === 'repair' ? 'reset to the default' : 'not imported');

function cleanInt(d: IntOption, raw: unknown, mode: CleanMode, where: string): CleanedValue {
  const range = `${d.min}–${d.max}`;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { problem: `${where} must be a whole number from ${range}, not ${show(raw)}; ${undo(mode)}.` };
  }
  if (Number.isInteger(raw) && raw >= d.min && raw <= d.max) return { value: raw };
  if (mode !== 'repair') {
    return { problem: `${where} is ${raw}, outside the allowed ${range}; not imported.` };
  }
  const nearest = Math.min(d.max, Math.max(d.min, Math.round(raw)));
  return { value: nearest, problem: `${where} was ${raw}, outside the allowed ${range}; set to ${nearest}.` };
}

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
    const text = typeof item === 'string' ? item.trim() : '';
    if (typeof item !== 'string') dropped.push(`${show(item)} (not text)`);
    else if (text === '') dropped.push('an empty item');
    else if (text.length > MAX_ITEM_CHARS) dropped.push(`an item longer than ${MAX_ITEM_CHARS} characters`);
    // Not quoted: an entry this long is likely a sentence of a draft, which Parley never echoes or keeps.
    else if (d.maxWords !== undefined && wordCount(text) > d.maxWords) dropped.push(`an entry of ${wordCount(text)} words (each may be at most ${d.maxWords}: names and short phrases, not sentences)`);
    else if (!seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      kept.push(text);
    }
  }
  if (kept.length > d.maxItems) dropped.push(`${kept.length - d.maxItems} item(s) past the limit of ${d.maxItems}`);
  const value = kept.slice(0, d.maxItems);
  const unique = [...new Set(dropped)];
  return unique.length ? { value, problem: `${where}: dropped ${unique.join(', ')}.` } : { value };
}

/** Option values (of a rule, a channel or the noise memory) that are valid and not default. */
export function cleanOptions(
  spec: Record<string, Parameters<typeof cleanValue>[0]>,
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
