/** Binary searches over what the engine keeps in text order (lines, tokens, matches, ranges). */

/**
 * The index of the first of items[lo, hi) for which `before` is false, where `before` holds for
 * a run of items at the start and for none after it (hi when it holds for all).
 */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean, lo = 0, hi = items.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first item (in text order) starting at or after `offset`. The same search
 * without the callback: every list of every draft asks it on every keystroke.
 */
export function firstStartingFrom(items: readonly { readonly start: number }[], offset: number, lo = 0, hi = items.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
