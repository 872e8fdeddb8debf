/**
 * Keeps hints on their words while the user types, until the next analysis replaces them:
 * the edit is the differing middle of the old and new text; hints after it shift by the
 * length change, hints it touches are dropped (their words changed).
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
  return { start, oldEnd, newEnd };
}

export function remapSpans<T extends { start: number; end: number }>(spans: readonly T[], edit: Edit): T[] {
  const delta = edit.newEnd - edit.oldEnd;
  const out: T[] = [];
  for (const span of spans) {
    if (span.end < edit.start) out.push(span);
    else if (span.start > edit.oldEnd) out.push({ ...span, start: span.start + delta, end: span.end + delta });
    // Otherwise the edit touches the span (or types right against it): drop it.
  }
  return out;
}
