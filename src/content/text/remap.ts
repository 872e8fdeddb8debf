/**
 * Keeps hints on their words while the user types, until the next analysis replaces them:
 * the edit is the differing middle of the old and new text; hints after it shift by the
 * length change, hints whose words it changed are dropped.
 */
export interface Edit {
  /** Where old and new first differ. */
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the inserted part in the new text. */
  newEnd: number;
}

export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return atWordStart(before, after, { start, oldEnd, newEnd });
}

/**
 * A pure insertion or deletion can often sit at several places ("the" -> "truly the": the
 * 't' matches either way). Prefer the place where it starts a word, so the words around it
 * keep their hints.
 */
function atWordStart(before: string, after: string, edit: Edit): Edit {
  const inserted = edit.newEnd - edit.start;
  const removed = edit.oldEnd - edit.start;
  if (inserted > 0 && removed > 0) return edit;
  const changed = inserted > 0 ? after : before;
  const length = inserted + removed;
  const isBoundary = (at: number): boolean => at === 0 || /\s/.test(changed[at - 1]!);
  if (isBoundary(edit.start)) return edit;
  for (let at = edit.start; at > 0 && changed.charCodeAt(at - 1) === changed.charCodeAt(at - 1 + length); ) {
    at--;
    if (isBoundary(at)) return { start: at, oldEnd: at + removed, newEnd: at + inserted };
  }
  return edit;
}

/** `after` is the new text: an edit that only touches a span's edge with a space keeps it. */
export function remapSpans<T extends { start: number; end: number }>(spans: readonly T[], edit: Edit, after: string): T[] {
  const delta = edit.newEnd - edit.oldEnd;
  const spaceBefore = edit.newEnd > 0 && !isWordChar(after[edit.newEnd - 1]);
  const spaceAfter = !isWordChar(after[edit.start]);
  const out: T[] = [];
  for (const span of spans) {
    if (span.end < edit.start || (span.end === edit.start && spaceAfter)) out.push(span);
    else if (span.start > edit.oldEnd || (span.start === edit.oldEnd && spaceBefore)) out.push({ ...span, start: span.start + delta, end: span.end + delta });
    // Otherwise the edit changed the span's words: drop it until the next analysis.
  }
  return out;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
