/** Reading grade (Flesch–Kincaid), the measure Boomerang and Lavender report (anchors.md §b). */
import type { Draft } from './draft.ts';

const VOWEL_GROUPS = /[aeiouy]+/g;
const LETTER = /\p{L}/u;
/**
 * Both the stats and the reading-grade rule ask for the grade on every keystroke, and after an
 * edit nearly every word is known already. A plain map, emptied when full, is cheaper than an
 * LRU here (a vocabulary rarely reaches the limit).
 */
const SYLLABLE_CACHE_MAX = 20_000;
const syllableCache = new Map<string, number>();
const gradeCache = new WeakMap<Draft, number>();

/** Syllables by vowel groups, less a silent final e: close enough for a grade estimate. */
export function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = countSyllables(word);
    if (syllableCache.size >= SYLLABLE_CACHE_MAX) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

/** For cold-start measurements (draft.ts clearCaches). */
export function clearSyllableCache(): void {
  syllableCache.clear();
}

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.match(VOWEL_GROUPS)?.length ?? 1;
  const silentE = /[^l]e$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

export function readingGrade(draft: Draft): number {
  let grade = gradeCache.get(draft);
  if (grade === undefined) {
    grade = computeGrade(draft);
    gradeCache.set(draft, grade);
  }
  return grade;
}

function computeGrade(draft: Draft): number {
  const words = draft.words.filter((w) => LETTER.test(w.text));
  const sentences = draft.sentences.filter((s) => s.tokens.some((t) => LETTER.test(t.text))).length;
  if (words.length === 0 || sentences === 0) return 0;
  const syl = words.reduce((sum, w) => sum + syllables(w.text), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
