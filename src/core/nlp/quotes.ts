/**
 * Quoted passages: words inside quotation marks are someone else's voice (a customer's "I saved
 * three hours"), so rules that judge the sender's own words skip them.
 */
import type { Draft } from './draft.ts';
import { spliceOf } from './draft-build.ts';
import { firstNotBefore } from './first-index.ts';

const quotes = new WeakMap<Draft, [number, number][]>();
const QUOTE_OR_LINE = /["“”\n]/g;

/**
 * [start, end) ranges inside double quotes; a quote never runs past the end of its line, so
 * after an edit the lines the draft took over from the last one (draft-build.ts) keep that
 * draft's ranges, moved with their text, and only the edited lines are read again.
 */
export function quotedRanges(draft: Draft): readonly [number, number][] {
  let ranges = quotes.get(draft);
  if (ranges) return ranges;
  const splice = spliceOf(draft);
  const before = splice && quotes.get(splice.prev);
  if (!splice || !before) ranges = quotedIn(draft.text, 0, draft.text.length);
  else {
    const { prev, firstLine, lastLine, lastNewLine } = splice;
    const cut = prev.lines[firstLine]!.start;
    ranges = before.filter(([, end]) => end <= cut);
    ranges.push(...quotedIn(draft.text, cut, draft.lines[lastNewLine]!.end));
    const rest = prev.lines[lastLine + 1];
    const shift = draft.text.length - prev.text.length;
    if (rest) for (const [start, end] of before) if (start >= rest.start) ranges.push([start + shift, end + shift]);
  }
  quotes.set(draft, ranges);
  return ranges;
}

/** The quoted ranges of text[from, to), which starts and ends at line boundaries. */
function quotedIn(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  // Jump between quote marks and line ends only: most drafts have none, so this is one scan.
  QUOTE_OR_LINE.lastIndex = from;
  for (let m = QUOTE_OR_LINE.exec(text); m && m.index < to; m = QUOTE_OR_LINE.exec(text)) {
    const c = m[0];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = m.index + 1;
    else if (open >= 0) {
      ranges.push([open, m.index]);
      open = -1;
    }
  }
  return ranges;
}

/** True when the offset lies inside a quoted passage. Ranges are sorted, so a binary search. */
export function isQuoted(draft: Draft, offset: number): boolean {
  return touchesQuote(draft, offset, offset + 1);
}

/** True when some quoted passage overlaps [start, end): a sentence that touches none needs no word-by-word look. */
export function touchesQuote(draft: Draft, start: number, end: number): boolean {
  const ranges = quotedRanges(draft);
  // The first range that ends after `start`; ranges are sorted and do not overlap.
  const i = firstNotBefore(ranges, ([, rangeEnd]) => rangeEnd <= start);
  return i < ranges.length && ranges[i]![0] < end;
}
