/**
 * The user's allow list ("Best Buy", "Premier League"): a finding that lies inside one of
 * these names is dropped. A finding that merely contains one (a long-sentence hint over the
 * whole sentence) is kept: the name is allowed, not the sentence around it.
 */
const WORD = /[\p{L}\p{N}]/u;

/** Spans [start, end) of every whole-word occurrence of an allowed phrase, case-insensitive. */
export function allowedSpans(text: string, allow: readonly string[]): [number, number][] {
  if (allow.length === 0) return [];
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const phrase of allow) {
    if (!phrase) continue;
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + phrase.length)) {
      const end = i + phrase.length;
      if (WORD.test(lower[i - 1] ?? '') || WORD.test(lower[end] ?? '')) continue;
      spans.push([i, end]);
    }
  }
  return spans;
}

export function isInsideAllowed(spans: readonly [number, number][], start: number, end: number): boolean {
  // Most users allow nothing: no callback for every finding on every keystroke.
  return spans.length > 0 && spans.some(([s, e]) => start >= s && end <= e);
}
