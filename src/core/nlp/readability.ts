/** Reading grade (Flesch–Kincaid), the measure Boomerang and Lavender report (anchors.md §b). */
import type { Draft } from './draft.ts';

const VOWEL_GROUPS = /[aeiouy]+/g;

/** Syllables by vowel groups, less a silent final e: close enough for a grade estimate. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.match(VOWEL_GROUPS)?.length ?? 1;
  const silentE = /[^l]e$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

export function readingGrade(draft: Draft): number {
  const words = draft.words.filter((w) => /\p{L}/u.test(w.text));
  const sentences = draft.sentences.filter((s) => s.tokens.some((t) => /\p{L}/u.test(t.text))).length;
  if (words.length === 0 || sentences === 0) return 0;
  const syl = words.reduce((sum, w) => sum + syllables(w.text), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
