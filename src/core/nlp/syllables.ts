/** Syllable counts for the reading grade (readability.ts) and the per-sentence tallies (tallies.ts). */

const VOWEL_GROUPS = /[aeiouy]+/g;
/**
 * The reading grade asks on every keystroke, and after an edit nearly every word is known
 * already. A plain map, emptied when full, is cheaper than an LRU here (a vocabulary rarely
 * reaches the limit).
 */
const SYLLABLE_CACHE_MAX = 20_000;
const syllableCache = new Map<string, number>();

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
