/**
 * Quoted passages: words inside quotation marks are someone else's voice (a customer's "I saved
 * three hours"), so rules that judge the sender's own words skip them.
 */
import type { Draft } from './draft.ts';
import { foundInLineTexts } from './by-lines.ts';
import { firstNotBefore } from './first-index.ts';
import { DraftMemo } from './draft-memo.ts';

/** A quoted passage: [start, end) inside the quotation marks. */
export interface Quote {
  readonly start: number;
  readonly end: number;
}

const quotes = new DraftMemo<readonly Quote[]>();
const QUOTE_MARK = /["“”]/g;

/**
 * The draft's quoted passages, in order. A quote never runs past the end of its line, so after
 * an edit only the edited lines are read again (draft-build.ts foundInLineTexts).
 */
export function quotedRanges(draft: Draft): readonly Quote[] {
  return foundInLineTexts(draft, quotes, quotedIn);
}

/** The quoted passages of one line. */
function quotedIn(line: string): Quote[] {
  const found: Quote[] = [];
  let open = -1;
  // Jump between quote marks only: most lines have none, so this is one scan.
  for (const m of line.matchAll(QUOTE_MARK)) {
    const c = m[0];
    if (c === '“' || (c === '"' && open < 0)) open = m.index + 1;
    else if (open >= 0) {
      found.push({ start: open, end: m.index });
      open = -1;
    }
  }
  return found;
}

/** True when the offset lies inside a quoted passage. Ranges are sorted, so a binary search. */
export function isQuoted(draft: Draft, offset: number): boolean {
  return touchesQuote(draft, offset, offset + 1);
}

/** True when some quoted passage overlaps [start, end): a sentence that touches none needs no word-by-word look. */
export function touchesQuote(draft: Draft, start: number, end: number): boolean {
  const ranges = quotedRanges(draft);
  // The first range that ends after `start`; ranges are sorted and do not overlap.
  const i = firstNotBefore(ranges, (quote) => quote.end <= start);
  return i < ranges.length && ranges[i]!.start < end;
}
