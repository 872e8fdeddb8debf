/** Reading grade (Flesch–Kincaid), the measure Boomerang and Lavender report (anchors.md §b). */
import type { Draft } from './draft.ts';
import { draftTally } from './tallies.ts';
import { DraftMemo } from './draft-memo.ts';

export { clearSyllableCache, syllables } from './syllables.ts';

const gradeCache = new DraftMemo<number>();

export function readingGrade(draft: Draft): number {
  let grade = gradeCache.get(draft);
  if (grade === undefined) {
    grade = computeGrade(draft);
    gradeCache.set(draft, grade);
  }
  return grade;
}

function computeGrade(draft: Draft): number {
  // Words with a letter, their syllables and sentences with a letter: summed per sentence (tallies.ts).
  const { letterWords: words, syllables: syl, letterSentences: sentences } = draftTally(draft);
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
