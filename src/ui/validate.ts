/** Checks for what a user types, with messages shown next to the field. */
import { MAX_ITEM_CHARS, wordCount } from '../core/options.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A whole number from `min` to `max`, as typed into a number box. */
export function checkWholeNumber(text: string, min: number, max: number): Checked<number> {
  const trimmed = text.trim();
  const range = `from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  if (trimmed === '') return { ok: false, error: `Enter a number ${range}.` };
  const value = Number(trimmed);
  if (!Number.isInteger(value)) return { ok: false, error: `Enter a whole number ${range}.` };
  if (value < min || value > max) return { ok: false, error: `${value.toLocaleString('en')} is out of range: enter a number ${range}.` };
  return { ok: true, value };
}

/** A new item for a word list: not empty, not too long, not already there, room left. */
export function checkListItem(text: string, items: readonly string[], maxItems: number, maxWords?: number): Checked<string> {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'Type a word or phrase first: an empty item is not saved.' };
  if (value.length > MAX_ITEM_CHARS) return { ok: false, error: `Too long: at most ${MAX_ITEM_CHARS} characters (this is ${value.length}).` };
  if (maxWords !== undefined && wordCount(value) > maxWords) return { ok: false, error: `Too long: at most ${maxWords} words (this is ${wordCount(value)}). Add the name or short phrase only.` };
  if (items.some((i) => i.toLowerCase() === value.toLowerCase())) return { ok: false, error: `"${value}" is already in the list.` };
  if (items.length >= maxItems) return { ok: false, error: `The list is full: at most ${maxItems} items. Remove one first.` };
  return { ok: true, value };
}
