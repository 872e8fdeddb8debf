/**
 * The one settings validator: cleans a value against its option descriptor. Two modes,
 * because the sources deserve different treatment: stored settings are *repaired* (an
 * out-of-range number moves to the nearest allowed value), while a pack (imported, given to
 * the CLI or to analyze(), or pushed by an administrator) is *checked*: a bad value is
 * skipped and named, the good ones kept, so the user sees exactly what the pack got wrong.
 */
import { type OptionDescriptor, type WordsOption } from '../core/options.ts';
export type CleanMode = 'repair' | 'import';
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
export declare const isObject: (v: unknown) => v is Record<string, unknown>;
export declare function sameValue(a: unknown, b: unknown): boolean;
/** `where` names the field for the user, e.g. `Rule "Self praise": "Most per sentence"`. */
export declare function cleanValue(d: OptionDescriptor, raw: unknown, mode: CleanMode, where: string): CleanedValue;
/**
 * A word list keeps its good items: empty, non-text, over-long and repeated items are
 * dropped (and named), and a list past its size limit is cut.
 */
export declare function cleanWords(d: Pick<WordsOption, 'maxItems' | 'maxWords'>, raw: unknown, where: string): CleanedValue;
/** Option values (of a rule, a channel or the noise memory) that are valid and not default. */
export declare function cleanOptions(spec: Record<string, Parameters<typeof cleanValue>[0]>, raw: unknown, mode: CleanMode, where: string): Cleaned<Record<string, unknown>>;
