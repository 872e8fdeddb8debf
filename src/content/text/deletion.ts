/**
 * Removing a word must not leave a double space or a space before punctuation behind:
 * "the award-winning platform" loses "award-winning " and "we are the best." loses " the best".
 */
export function widenDeletion(text: string, start: number, end: number): { start: number; end: number } {
  const before = text[start - 1];
  const after = text[end];
  if (after === ' ' && (before === undefined || before === ' ' || before === '\n')) return { start, end: end + 1 };
  if (before === ' ' && (after === undefined || after === '\n' || /[.,;:!?)]/.test(after))) return { start: start - 1, end };
  if (before === ' ' && after === ' ') return { start, end: end + 1 };
  return { start, end };
}
