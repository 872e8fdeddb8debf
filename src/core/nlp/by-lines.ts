/**
 * What is found line by line, once per draft: phrase matches, asks, quotations, emoji runs,
 * marks, topic tags. A draft built from the last one (draft-build.ts) takes over that draft's
 * items for the lines it took over, so an edit looks at the edited lines only; the result is
 * what a look at every line gives (tests/unit/draft-build.test.ts).
 */
import type { Draft, Token } from './draft.ts';
import { spliceOf } from './draft-build.ts';
import { firstStartingFrom } from './first-index.ts';
import { DraftMemo } from './draft-memo.ts';

/**
 * A per-draft list of what is found line by line (each item with its start offset, in text
 * order), made once per draft and kept in `lists`. After an edit, the lines taken over keep the
 * last draft's items (the same objects: their offsets, token and sentence numbers still hold),
 * and `find(draft, from, to)` looks at draft.lines[from, to) only.
 */
export function foundByLines<T extends { readonly start: number }>(draft: Draft, lists: DraftMemo<readonly T[]>, find: (draft: Draft, from: number, to: number) => readonly T[]): readonly T[] {
  let list = lists.get(draft);
  if (list) return list;
  const splice = spliceOf(draft);
  const before = splice && lists.get(splice.prev);
  if (!splice || !before) list = find(draft, 0, draft.lines.length);
  else {
    const kept = firstStartingFrom(before, splice.prev.lines[splice.firstLine]!.start);
    const found = find(draft, splice.firstLine, splice.endInPlace ? splice.lastNewLine + 1 : draft.lines.length);
    // Lines after the edit moved, so they were looked at again; typing at the end of a draft
    // moves none, and a list the edit left as it was is the last draft's, the same array.
    if (!splice.endInPlace) list = kept === 0 ? found : found.length === 0 && kept === before.length ? before : before.slice(0, kept).concat(found);
    else {
      const rest = splice.prev.lines[splice.lastLine + 1];
      const resumed = rest ? firstStartingFrom(before, rest.start) : before.length;
      // The edited lines held nothing and still hold nothing (most lists, most keystrokes): the
      // last draft's list is this one's, the same array: nothing to copy.
      list = found.length === 0 && resumed === kept ? before : before.slice(0, kept).concat(found, before.slice(resumed));
    }
  }
  lists.set(draft, list);
  return list;
}

/**
 * foundByLines for what a line's text alone settles (emoji runs, quotations, marks):
 * `find(line)` gives items with offsets in the line, placed here at the line's offset.
 */
export function foundInLineTexts<T extends { readonly start: number; readonly end: number }>(draft: Draft, lists: DraftMemo<readonly T[]>, find: (line: string) => T[]): readonly T[] {
  return foundByLines(draft, lists, (d, from, to) => {
    const found: T[] = [];
    for (let i = from; i < to; i++) {
      const { start, end } = d.lines[i]!;
      if (end > start) for (const item of find(d.text.slice(start, end))) found.push({ ...item, start: item.start + start, end: item.end + start });
    }
    return found;
  });
}

/** The draft's tokens that `pick` picks, in order, once per draft (see foundByLines). */
export function pickedTokens(draft: Draft, pick: (token: Token) => boolean, lists: DraftMemo<readonly Token[]>): readonly Token[] {
  return foundByLines(draft, lists, (d, from, to) => {
    const picked: Token[] = [];
    const [first, end] = itemsOfLines(d.tokens, d, from, to);
    for (let i = first; i < end; i++) if (pick(d.tokens[i]!)) picked.push(d.tokens[i]!);
    return picked;
  });
}

/** The index range [first, end) of the items (tokens, sentences: in text order) that start in draft.lines[from, to). */
export function itemsOfLines(items: readonly { readonly start: number }[], draft: Draft, from: number, to: number): [number, number] {
  const start = from === 0 ? 0 : from < draft.lines.length ? draft.lines[from]!.start : draft.text.length + 1;
  const end = to < draft.lines.length ? draft.lines[to]!.start : draft.text.length + 1;
  return [firstStartingFrom(items, start), firstStartingFrom(items, end)];
}
