/**
 * Quoted passages: words inside quotation marks are someone else's voice (a customer's "I saved
 * three hours"), so rules that judge the sender's own words skip them.
 */
import type { Draft } from './draft.ts';

const quotes = new WeakMap<Draft, [number, number][]>();
const QUOTE_OR_LINE = /["“”\n]/g;

/** [start, end) ranges inside double quotes; a quote never runs past the end of its line. */
export function quotedRanges(draft: Draft): readonly [number, number][] {
  let ranges = quotes.get(draft);
  if (ranges) return ranges;
  ranges = [];
  const text = draft.text;
  let open = -1;
  // Jump between quote marks and line ends only: most drafts have none, so this is one scan.
  for (const m of text.matchAll(QUOTE_OR_LINE)) {
    const c = m[0];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = m.index + 1;
    else if (open >= 0) {
      ranges.push([open, m.index]);
      open = -1;
    }
  }
  quotes.set(draft, ranges);
  return ranges;
}

/** True when the offset lies inside a quoted passage. Ranges are sorted, so a binary search. */
export function isQuoted(draft: Draft, offset: number): boolean {
  const ranges = quotedRanges(draft);
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** True when some quoted passage overlaps [start, end): a sentence that touches none needs no word-by-word look. */
export function touchesQuote(draft: Draft, start: number, end: number): boolean {
  const ranges = quotedRanges(draft);
  let lo = 0;
  let hi = ranges.length;
  // The first range that ends after `start`; ranges are sorted and do not overlap.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] < end;
}
